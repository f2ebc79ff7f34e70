import { readFile, writeFile } from 'node:fs/promises';
import { packJsonSchema } from '../../src/core/pack/index.ts';

export const SCHEMA_FILE = 'content/schema/pack.schema.json';

export function schemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

export async function schemaCommand(argv: string[]): Promise<number> {
  const expected = schemaText();
  if (argv.includes('--check')) {
    const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (current === expected) return 0;
    console.error(`${SCHEMA_FILE} is out of date: run npm run content -- schema`);
    return 1;
  }
  await writeFile(SCHEMA_FILE, expected);
  console.log(`wrote ${SCHEMA_FILE}`);
  return 0;
}

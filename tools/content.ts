/**
 * The content command line: `npm run content -- <command> …`.
 * Every command runs the same `src/core` code as the game.
 */

const USAGE = `Usage: npm run content -- <command>

  validate FILE... [--json]        check packs: exit 0 valid, 1 invalid, 2 usage, file or JSON error
  build [--packs DIR] [--out FILE] validate every content/packs/*.pack.json and write what the game loads
  draft SOURCES... --out FILE      draft a pack from source documents (.txt files or folders of them)
  schema [--check]                 write content/schema/pack.schema.json (--check: fail if out of date)`;

type Command = (argv: string[]) => Promise<number>;

// Loaded on demand, so each command only loads the code it runs.
const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.ts')).validateCommand,
  build: async () => (await import('./commands/build.ts')).buildCommand,
  draft: async () => (await import('./commands/draft.ts')).draftCommand,
  schema: async () => (await import('./commands/schema.ts')).schemaCommand,
};

async function main(args: string[]): Promise<number> {
  const [command, ...argv] = args;
  const load = command === undefined ? undefined : commands[command];
  if (!load) {
    const help = command === '--help' || command === 'help';
    console.error(command === undefined || help ? USAGE : `Unknown command "${command}".\n\n${USAGE}`);
    return help ? 0 : 2;
  }
  return (await load())(argv);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);

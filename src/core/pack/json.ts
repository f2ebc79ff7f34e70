/**
 * A strict JSON parser (RFC 8259) that remembers where every value starts, so an
 * error at `items[3].evidence[0].text` can also name its line in the file, and
 * that refuses duplicate keys, which `JSON.parse` silently resolves to the last.
 */

export interface Position {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(`${message} (line ${position.line}, column ${position.column})`);
    this.name = 'JsonSyntaxError';
  }
}

export interface ParsedJson {
  value: unknown;
  /** Start of each value, keyed by its JSON path (`""` for the root). */
  positions: Map<string, number>;
  /** Turns an offset into a 1-based line and column. */
  locate(offset: number): Position;
}

/** Formats a path the way errors show it: `items[3].evidence[0].text`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(joinPath, '');
}

function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJson(text: string): ParsedJson {
  const positions = new Map<string, number>();
  let lineStarts: number[] | undefined;
  const locate = (offset: number): Position => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a UTF-8 byte-order mark is tolerated

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, locate(Math.min(at, text.length)));
  };
  const describe = (at: number): string =>
    at >= text.length ? 'the end of the file' : `${JSON.stringify(text[at])}`;

  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };

  const parseString = (): string => {
    const open = i;
    i++; // opening quote
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail('this text is never closed: a " is missing', open);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('a backslash in text must start an escape such as \\" or \\n');
        chunk = i;
        continue;
      }
      if (c < 0x20) fail(c === 0x0a ? 'a line break inside text must be written as \\n' : 'a control character inside text must be escaped');
      i++;
    }
  };

  const parseValue = (path: string): unknown => {
    skipSpace();
    positions.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      const seen = new Set<string>();
      skipSpace();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a field name in double quotes, found ${describe(i)}`);
        const keyAt = i;
        const key = parseString();
        if (seen.has(key)) fail(`the field "${key}" appears twice in the same object`, keyAt);
        seen.add(key);
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after the field name "${key}", found ${describe(i)}`);
        i++;
        const value = parseValue(joinPath(path, key));
        // Define rather than assign so a key such as "__proto__" stays a plain field.
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[i] === ',') {
          i++;
          skipSpace();
          if (text[i] === '}') fail('a comma before "}" is not allowed in JSON');
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected "," or "}" after the value of "${key}", found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(joinPath(path, arr.length)));
        skipSpace();
        if (text[i] === ',') {
          i++;
          skipSpace();
          if (text[i] === ']') fail('a comma before "]" is not allowed in JSON');
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected "," or "]" in the list, found ${describe(i)}`);
      }
    }
    if (c === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal) {
      i += literal[0].length;
      const word = literal[0];
      return word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word);
    }
    if (c === "'") fail('text must be in double quotes ("), not single quotes');
    return fail(`expected a value (text in "quotes", a number, true, false, null, {…} or […]), found ${describe(i)}`);
  };

  const value = parseValue('');
  skipSpace();
  if (i < text.length) fail(`unexpected ${describe(i)} after the end of the pack`);
  return { value, positions, locate };
}

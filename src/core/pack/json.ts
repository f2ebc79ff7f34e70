/**
 * A strict JSON parser (RFC 8259) that remembers where every value starts, so an
 * error at `items[3].evidence[0].text` can also name its line in the file, and
 * that refuses duplicate keys, which `JSON.parse` silently resolves to the last.
 */

/** How deep objects and lists may nest (JSON.parse itself has no limit but the stack). */
const MAX_DEPTH = 256;

export interface Position {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    /** What is wrong, without where (the position is given apart). */
    readonly reason: string,
    readonly position: Position,
  ) {
    super(`${reason} (line ${position.line}, column ${position.column})`);
    this.name = 'JsonSyntaxError';
  }
}

export interface ParsedJson {
  value: unknown;
  /**
   * Where the value at a JSON path (`items[3].evidence[0].text`, `""` for the root) starts, or
   * when there is no value there, where its closest ancestor that exists starts.
   */
  positionOf(path: string): number;
  /** Turns an offset into a 1-based line and column. */
  locate(offset: number): Position;
}

/** Formats a path the way errors show it: `items[3].evidence[0].text`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(joinPath, '');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (IDENTIFIER.test(key)) return base === '' ? key : `${base}.${key}`;
  return `${base}[${JSON.stringify(key)}]`;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The steps of a path as `formatPath` writes it: `items[3]["a b"].text` → items, 3, "a b", text. */
function pathSteps(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$]*)/y;
  for (let m = re.exec(path); m !== null && re.lastIndex <= path.length; m = re.exec(path)) {
    steps.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? (JSON.parse(m[2]) as string) : m[3]!);
    if (re.lastIndex === path.length) break;
  }
  return steps;
}

export function parseJson(text: string): ParsedJson {
  // Where each value starts, kept beside its container (in the order of its keys or
  // elements) rather than as path strings: building a path for every value cost more than
  // the rest of the parse, and only a few are ever looked up (for the lines of issues).
  const childStarts = new Map<object, number[]>();
  let rootStart = 0;
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

  // Where the next backslash is (text.length when there is none), so plain strings are sliced whole.
  let nextBackslash = -1;
  const CONTROL = /[\u0000-\u001f]/;

  const parseString = (): string => {
    const open = i;
    i++; // opening quote
    // Fast path: no escape before the closing quote and no control character: one slice.
    const close = text.indexOf('"', i);
    if (nextBackslash < i) {
      nextBackslash = text.indexOf('\\', i);
      if (nextBackslash < 0) nextBackslash = text.length;
    }
    if (close >= 0 && close < nextBackslash) {
      const plain = text.slice(i, close);
      if (!CONTROL.test(plain)) {
        i = close + 1;
        return plain;
      }
    }
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

  const parseValue = (starts: number[] | null, depth: number): unknown => {
    skipSpace();
    if (starts) starts.push(i);
    else rootStart = i;
    const c = text[i];
    // A pack is a few levels deep; a cap keeps absurd nesting an error, not a stack overflow.
    if ((c === '{' || c === '[') && depth >= MAX_DEPTH) fail(`the values are nested more than ${MAX_DEPTH} levels deep`);
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      const inner: number[] = [];
      childStarts.set(obj, inner);
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
        if (Object.hasOwn(obj, key)) fail(`the field "${key}" appears twice in the same object`, keyAt);
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after the field name "${key}", found ${describe(i)}`);
        i++;
        const value = parseValue(inner, depth + 1);
        // "__proto__" is defined, not assigned, so it stays a plain field; plain assignment
        // elsewhere keeps the objects in V8's fast mode for everything that reads them later.
        if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        else obj[key] = value;
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
      const inner: number[] = [];
      childStarts.set(arr, inner);
      skipSpace();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(inner, depth + 1));
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

  const value = parseValue(null, 0);
  skipSpace();
  if (i < text.length) fail(`unexpected ${describe(i)} after the end of the pack`);
  const positionOf = (path: string): number => {
    let v: unknown = value;
    let at = rootStart;
    for (const step of pathSteps(path)) {
      if (v === null || typeof v !== 'object') break;
      const starts = childStarts.get(v)!;
      const index = Array.isArray(v) ? (typeof step === 'number' ? step : -1) : Object.keys(v).indexOf(String(step));
      if (index < 0 || index >= starts.length) break;
      at = starts[index]!;
      v = (v as Record<string | number, unknown>)[step];
    }
    return at;
  };
  return { value, positionOf, locate };
}

/**
 * Tiny structural checks for data read back from storage (saved settings, progress, opened
 * packs, a game in progress). A few hundred bytes instead of a schema library in the first
 * download: the pack validator, which needs a full schema library, is loaded only when a
 * player opens a pack file. The API mirrors the subset of zod the stores used:
 * `guard.safeParse(value)` → `{ success, data }` or `{ success: false, error: { issues } }`.
 *
 * Objects are parsed like zod's: `object` keeps only the declared keys, `looseObject` keeps
 * the others too; an optional key that is absent (or undefined) is left out of the result.
 * Numbers must be finite; `int` means a safe integer.
 */

export interface Issue {
  path: (string | number)[];
  message: string;
}

export type ParseResult<T> = { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: { issues: Issue[] } };

const BAD: unique symbol = Symbol('bad');
type Bad = typeof BAD;
type Path = (string | number)[];
type Check<T> = (value: unknown, path: Path, issues: Issue[]) => T | Bad;

export interface Guard<T> {
  readonly check: Check<T>;
  safeParse(value: unknown): ParseResult<T>;
}

export type Infer<G> = G extends Guard<infer T> ? T : never;

function guard<T>(check: Check<T>): Guard<T> {
  return {
    check,
    safeParse(value) {
      const issues: Issue[] = [];
      const data = check(value, [], issues);
      return data === BAD || issues.length ? { success: false, error: { issues } } : { success: true, data };
    },
  };
}

const fail = (issues: Issue[], path: Path, message: string): Bad => {
  issues.push({ path, message });
  return BAD;
};

export const string = (o: { min?: number; max?: number; regex?: RegExp } = {}): Guard<string> =>
  guard((v, path, issues) => {
    if (typeof v !== 'string') return fail(issues, path, 'expected a string');
    if (o.min !== undefined && v.length < o.min) return fail(issues, path, `expected at least ${o.min} characters`);
    if (o.max !== undefined && v.length > o.max) return fail(issues, path, `expected at most ${o.max} characters`);
    if (o.regex && !o.regex.test(v)) return fail(issues, path, 'does not match the expected pattern');
    return v;
  });

export const number = (o: { int?: boolean; min?: number; max?: number } = {}): Guard<number> =>
  guard((v, path, issues) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(issues, path, 'expected a number');
    if (o.int && !Number.isSafeInteger(v)) return fail(issues, path, 'expected a whole number');
    if ((o.min !== undefined && v < o.min) || (o.max !== undefined && v > o.max)) return fail(issues, path, 'number out of range');
    return v;
  });

export const boolean = (): Guard<boolean> =>
  guard((v, path, issues) => (typeof v === 'boolean' ? v : fail(issues, path, 'expected true or false')));

/** One of the given values (strings, numbers, a literal). */
export const oneOf = <const T extends readonly (string | number | boolean)[]>(values: T): Guard<T[number]> =>
  guard((v, path, issues) => ((values as readonly unknown[]).includes(v) ? (v as T[number]) : fail(issues, path, `expected one of ${values.join(', ')}`)));

export const optional = <T>(g: Guard<T>): Guard<T | undefined> => guard<T | undefined>((v, path, issues) => (v === undefined ? undefined : g.check(v, path, issues)));

export const nullable = <T>(g: Guard<T>): Guard<T | null> => guard<T | null>((v, path, issues) => (v === null ? null : g.check(v, path, issues)));

export const array = <T>(g: Guard<T>, o: { min?: number; max?: number } = {}): Guard<T[]> =>
  guard((v, path, issues) => {
    if (!Array.isArray(v)) return fail(issues, path, 'expected a list');
    if (o.min !== undefined && v.length < o.min) return fail(issues, path, `expected at least ${o.min} entries`);
    if (o.max !== undefined && v.length > o.max) return fail(issues, path, `expected at most ${o.max} entries`);
    const out: T[] = new Array(v.length);
    let ok = true;
    for (let i = 0; i < v.length; i++) {
      const r = g.check(v[i], [...path, i], issues);
      if (r === BAD) ok = false;
      else out[i] = r;
    }
    return ok ? out : BAD;
  });

type Shape = Record<string, Guard<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
export type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function objectGuard<S extends Shape>(shape: S, loose: boolean): Guard<ObjectOf<S>> {
  const keys = Object.keys(shape);
  return guard((v, path, issues) => {
    if (!isRecord(v)) return fail(issues, path, 'expected an object');
    const out: Record<string, unknown> = loose ? { ...v } : {};
    let ok = true;
    for (const k of keys) {
      const r = shape[k]!.check(v[k], [...path, k], issues);
      if (r === BAD) ok = false;
      else if (r === undefined) delete out[k];
      else out[k] = r;
    }
    return ok ? (out as ObjectOf<S>) : BAD;
  });
}

/** An object with these keys; other keys are dropped. */
export const object = <S extends Shape>(shape: S): Guard<ObjectOf<S>> => objectGuard(shape, false);
/** An object with these keys; other keys are kept as they are. */
export const looseObject = <S extends Shape>(shape: S): Guard<ObjectOf<S>> => objectGuard(shape, true);

/** A plain object whose keys match `key` and whose values pass `value`. */
export const record = <T>(key: RegExp, value: Guard<T>): Guard<Record<string, T>> =>
  guard((v, path, issues) => {
    if (!isRecord(v)) return fail(issues, path, 'expected an object');
    const out: Record<string, T> = {};
    let ok = true;
    for (const [k, x] of Object.entries(v)) {
      if (!key.test(k)) {
        ok = false;
        fail(issues, [...path, k], 'unexpected key');
        continue;
      }
      const r = value.check(x, [...path, k], issues);
      if (r === BAD) ok = false;
      else out[k] = r;
    }
    return ok ? out : BAD;
  });

/** Further checks on a value that passed `g`: call `issue(path, message)` for each problem. */
export const refine = <T>(g: Guard<T>, fn: (value: T, issue: (path: Path, message: string) => void) => void): Guard<T> =>
  guard((v, path, issues) => {
    const r = g.check(v, path, issues);
    if (r === BAD) return BAD;
    const before = issues.length;
    fn(r, (p, message) => issues.push({ path: [...path, ...p], message }));
    return issues.length > before ? BAD : r;
  });

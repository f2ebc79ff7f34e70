/**
 * Join codes: five letters a class reads off the projector and types on a phone. Only
 * consonants that no common typeface confuses with a digit or another letter (no vowels, so
 * no code spells a word; no B/8, S/5, Z/2, O/0, I/1), which still leaves 18⁵ ≈ 1.9 million codes.
 */

export const CODE_ALPHABET = 'CDFGHJKLMNPQRTVWXY';
export const CODE_LENGTH = 5;

const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** True for a well-formed code (as the server stores it: upper case, no spaces). */
export function isCode(value: unknown): value is string {
  return typeof value === 'string' && CODE_RE.test(value);
}

/** What a person typed ("kxr tm", "KXR-TM") as a code, or null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  return isCode(code) ? code : null;
}

/**
 * A fresh code. `randomIndex(n)` returns a uniform integer in [0, n): the server passes
 * `crypto.randomInt`, so codes cannot be predicted from earlier ones.
 */
export function generateCode(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)];
  return code;
}

/** The code split for reading aloud and for large type: "KXR TM". */
export function spacedCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/**
 * Links that open a web page scrolled to a passage and highlight it: text fragments
 * (`#:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/). Pure functions, no DOM.
 *
 * A short passage is given whole (`text=the%20words`); a long one, or one that runs over a
 * paragraph break (an exact match cannot cross one), by its first and last words
 * (`text=first%20words,last%20words`), which the browser matches as a range.
 */

/** Up to this many words, the passage is given whole. */
const WHOLE_UP_TO_WORDS = 10;
/** Words kept at each end of a long passage. */
const END_WORDS = 5;

/**
 * Percent-encodes one term of a text directive. Besides what `encodeURIComponent` encodes,
 * `-` and `,` are the directive's own syntax and must be escaped, and `&` separates directives.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Punctuation at either end of a term is left out: pages differ in quote marks and dashes. */
function trimEdges(words: string[]): string[] {
  const out = words.slice();
  const edge = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  if (out.length) out[0] = out[0]!.replace(edge, '');
  if (out.length) out[out.length - 1] = out[out.length - 1]!.replace(edge, '');
  return out.filter((w) => w.length > 0);
}

/** The text directive for a passage (without `#:~:`), or null when it has no words. */
export function textDirective(passage: string): string | null {
  const words = passage.split(/\s+/).filter(Boolean);
  const crossesParagraph = /\n\s*\n/.test(passage.trim());
  if (words.length <= WHOLE_UP_TO_WORDS && !crossesParagraph) {
    const whole = trimEdges(words);
    return whole.length ? `text=${encodeTextTerm(whole.join(' '))}` : null;
  }
  const n = Math.min(END_WORDS, Math.floor(words.length / 2));
  const start = trimEdges(words.slice(0, n));
  const end = trimEdges(words.slice(words.length - n));
  if (!start.length || !end.length) return null;
  return `text=${encodeTextTerm(start.join(' '))},${encodeTextTerm(end.join(' '))}`;
}

/**
 * The page at `url` opened at `passage`. An existing fragment is kept (`#section:~:text=…`);
 * a fragment directive already in the URL is replaced. Null when the passage has no words.
 */
export function textFragmentUrl(url: string, passage: string): string | null {
  const directive = textDirective(passage);
  if (!directive) return null;
  const at = url.indexOf('#');
  const base = at < 0 ? url : url.slice(0, at);
  const fragment = at < 0 ? '' : url.slice(at + 1).split(':~:')[0]!;
  return `${base}#${fragment}:~:${directive}`;
}

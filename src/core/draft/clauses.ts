/**
 * Clauses of a long sentence. A sentence of several hundred characters often
 * holds several statements ("Their activism faces virtually no opposition –
 * whilst some limited media effort has … (who appears to be the only member of
 * the organisation to receive a salary …), he has still been quite successful in
 * sowing doubt …"), and a reviewer quotes, and compares, the clause that carries
 * the figure or the denial. Each clause is a verbatim span of the sentence.
 *
 * Breaks, in the spirit of compromise's `clauses()` (which lives in its larger
 * `three` build): a semicolon, a dash, a colon before a clause, a parenthesis
 * holding a clause, and a comma before a conjunction (but, while, whilst,
 * whereas, although, though, yet, because, since) that opens a clause with a verb
 * of its own; before "and"/"or" only when the piece before the comma is itself a
 * clause, so a list ("housing, food, water, and education"; "news reports,
 * defectors, and human rights organizations are …") is not split. The tagger
 * (compromise/two) is asked only about the short pieces around a break.
 */

import nlp from 'compromise/two';

export interface ClauseSpan {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Starts a statement a student can read alone (a subject before its verb; not after "and", "which", "whilst", …). */
  standalone: boolean;
}

/** Sentences shorter than this are one clause. */
export const CLAUSE_MIN_SENTENCE = 140;
/** A clause shorter than this joins its neighbour. */
const MIN_CLAUSE = 28;

const CONJUNCTION = /^(?:but|while|whilst|whereas|although|though|yet|because|since)\b/i;
const AND_OR = /^(?:and|or)\b/i;
/** Words a clause cannot start with and still be read alone. */
const DEPENDENT_START =
  /^(?:and|but|or|nor|so|yet|while|whilst|whereas|although|though|because|since|as|which|who|whom|whose|where|when|that|if|unless|until|than|to|of|for|with|without|by|from|in|on|at|into|including|such|especially|particularly|mostly|mainly|like|despite|after|before|between|among|amongst|not|also|even|then|more|less)\b/i;

interface Tagged {
  verb: boolean;
  noun: boolean;
}

const tagCache = new Map<string, Tagged[]>();

/** The tagger's reading of a short piece: for each word, verb (finite) or noun/pronoun. */
function tag(piece: string): Tagged[] {
  let t = tagCache.get(piece);
  if (!t) {
    const doc = nlp(piece).json() as Array<{ terms: Array<{ tags: string[] }> }>;
    t = doc.flatMap((s) =>
      s.terms.map((x) => ({
        verb: x.tags.includes('Verb') && !x.tags.includes('Gerund') && !x.tags.includes('Infinitive') && !x.tags.includes('Participle'),
        noun: x.tags.includes('Noun') || x.tags.includes('Pronoun'),
      })),
    );
    if (tagCache.size > 4000) tagCache.clear();
    tagCache.set(piece, t);
  }
  return t;
}

const hasVerb = (piece: string) => tag(piece).some((t) => t.verb);
const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
/** From `at` to the next clause punctuation. */
const pieceFrom = (text: string, at: number) => {
  const next = text.slice(at).search(/[,;:()\u2013\u2014]/);
  return text.slice(at, next < 0 ? text.length : at + next);
};
/** From the previous clause punctuation to `at`. */
const pieceBefore = (text: string, at: number) => {
  const head = text.slice(0, at);
  const prev = Math.max(...[',', ';', ':', '(', ')', '\u2013', '\u2014'].map((c) => head.lastIndexOf(c)));
  return head.slice(prev + 1);
};

/** Candidate break offsets: each is where a new clause starts. */
function breaks(text: string): number[] {
  const out: number[] = [];
  // Semicolons, dashes (spaced, or an em dash between words), a colon before a clause.
  for (const m of text.matchAll(/;\s+|\s[\u2013\u2014-]\s+|(?<=\p{L})\u2014(?=\p{L})|:\s+(?=\S)/gu)) {
    const at = m.index + m[0].length;
    if (m[0].startsWith(':') && !hasVerb(pieceFrom(text, at))) continue;
    out.push(at);
  }
  // A parenthesis holding a clause: it starts one, and the text after it starts another.
  for (const m of text.matchAll(/\(([^()]{12,})\)/g)) {
    const inside = m[1]!;
    if (words(inside) < 4 || !hasVerb(pieceFrom(inside, 0))) continue;
    out.push(m.index);
    const after = m.index + m[0].length;
    const rest = /^[\s,;.]*/.exec(text.slice(after))![0].length;
    if (after + rest < text.length) out.push(after + rest);
  }
  // ", but …", ", whilst …", ", and countless others are …": a conjunction opening a clause with its own verb.
  for (const m of text.matchAll(/,\s+(?=\S)/g)) {
    const at = m.index + m[0].length;
    const rest = text.slice(at);
    const and = AND_OR.test(rest);
    if (!and && !CONJUNCTION.test(rest)) continue;
    const piece = pieceFrom(text, at);
    if (words(piece) < 4 || !hasVerb(piece)) continue;
    if (and) {
      const before = pieceBefore(text, m.index);
      if (words(before) < 4 || !hasVerb(before)) continue;
    }
    out.push(at);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** A subject comes before the first verb of the clause's opening words. */
function hasSubject(body: string): boolean {
  const head = body.split(/\s+/).slice(0, 8).join(' ');
  const tags = tag(head);
  const firstVerb = tags.findIndex((t) => t.verb);
  return firstVerb > 0 && tags.slice(0, firstVerb).some((t) => t.noun);
}

/** The clauses of a sentence; one span (the whole sentence) when it is short or has no break. */
export function clausesOf(text: string): ClauseSpan[] {
  const whole = [{ start: 0, end: text.length, standalone: true }];
  if (text.length < CLAUSE_MIN_SENTENCE) return whole;
  const cuts = breaks(text);
  if (!cuts.length) return whole;
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    spans.push({ start, end: cut });
    start = cut;
  }
  // Trim; merge short pieces into the clause before (the first into the one after).
  const merged: Array<{ start: number; end: number }> = [];
  for (let { start: s, end: e } of spans) {
    while (s < e && /[\s,;:\u2013\u2014(-]/.test(text[s]!)) s++;
    while (e > s && /[\s,;:\u2013\u2014-]/.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    const last = merged.at(-1);
    if (last && (e - s < MIN_CLAUSE || last.end - last.start < MIN_CLAUSE)) last.end = e;
    else merged.push({ start: s, end: e });
  }
  if (merged.length < 2) return whole;
  return merged.map((s, i) => {
    let end = s.end;
    // A closing parenthesis without its opening one ends the clause before it.
    const body0 = text.slice(s.start, end);
    if ((body0.match(/\)/g) ?? []).length > (body0.match(/\(/g) ?? []).length) end = s.start + body0.lastIndexOf(')');
    while (end > s.start && /[\s,;:]/.test(text[end - 1]!)) end--;
    const body = text.slice(s.start, end);
    const standalone = i === 0 || (!DEPENDENT_START.test(body) && hasSubject(body));
    return { start: s.start, end, standalone };
  });
}

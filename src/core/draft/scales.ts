/**
 * Antonyms: words at the two ends of one scale. "The role is strictly honorary" and
 * "the only employee of the ministry" cannot both be true of one person; "camps are
 * expanding" and "camps are not getting any smaller" say the same thing. A word's end
 * is flipped when it is denied ("doesn't generate income" is the unpaid end).
 *
 * A small lexicon of general English, kept to scales whose two ends cannot hold of one
 * thing at once. Words with a common second sense are left out ("free": unpaid, or
 * free of charge; "voluntary": unpaid, or by choice, as in "voluntary redundancy"; "fall": a
 * drop, or autumn; "works": functions, or a job).
 */


export type ScaleName = 'size' | 'pay' | 'profit' | 'legality' | 'freedom' | 'safety';

const SCALES: Record<ScaleName, [string[], string[]]> = {
  size: [
    ['expand', 'expands', 'expanded', 'expanding', 'expansion', 'grow', 'grows', 'growing', 'grew', 'grown', 'growth', 'increase', 'increases', 'increased', 'increasing', 'rise', 'rises', 'rising', 'rose', 'risen', 'larger', 'bigger'],
    ['shrink', 'shrinks', 'shrinking', 'shrank', 'shrunk', 'decrease', 'decreases', 'decreased', 'decreasing', 'decline', 'declines', 'declined', 'declining', 'smaller', 'reduce', 'reduces', 'reduced', 'reducing', 'reduction', 'dropped'],
  ],
  pay: [
    ['paid', 'salary', 'salaries', 'salaried', 'wage', 'wages', 'payroll', 'employee', 'employees', 'earns', 'earned', 'earning'],
    ['unpaid', 'volunteer', 'volunteers', 'honorary', 'unsalaried'],
  ],
  profit: [
    ['profit', 'profits', 'profitable', 'surplus'],
    ['loss', 'losses', 'deficit', 'unprofitable'],
  ],
  legality: [
    ['legal', 'legally', 'lawful', 'allowed', 'permitted', 'authorised', 'authorized', 'licensed'],
    ['illegal', 'illegally', 'unlawful', 'banned', 'forbidden', 'prohibited', 'outlawed', 'illicit'],
  ],
  freedom: [
    ['respected', 'freedom', 'freedoms', 'liberty', 'democratic'],
    ['repressive', 'repression', 'oppressive', 'oppression', 'totalitarian', 'dictatorship', 'tyranny', 'persecution', 'persecuted', 'censorship', 'censored'],
  ],
  safety: [
    ['safe', 'safely', 'harmless'],
    ['unsafe', 'dangerous', 'hazardous', 'toxic', 'contaminated', 'polluted'],
  ],
};

/** Folded word → its scale and end (+1 the first list, -1 the second). */
const END = new Map<string, { scale: ScaleName; end: 1 | -1 }>();
for (const [scale, [up, down]] of Object.entries(SCALES) as Array<[ScaleName, [string[], string[]]]>) {
  for (const w of up) END.set(w, { scale, end: 1 });
  for (const w of down) END.set(w, { scale, end: -1 });
}


export interface ScaleReading {
  scale: ScaleName;
  /** +1 or -1: the end said, after any denial. */
  sign: 1 | -1;
  /** The word as written (folded). */
  word: string;
  /** Stems of the nearest content words on either side: what is said to grow, to be paid, to be banned. */
  near: Set<string>;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her', 'your', 'my']);
/** Words after which a denied noun is itself denied ("there isn't a rise", "no sign of the expansion"). */
const DENYING_HEADS = /^(?:is|are|was|were|be|been|being|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t|weren['\u2019]t|no|not|never|any|of|has|have|had|hasn['\u2019]t|haven['\u2019]t)$/i;

/**
 * The scale word is a noun a verb acts on ("would not have covered the rise in our costs"): a denial of
 * the verb is not a denial of the rise.
 */
function objectOfVerb(tokens: ReadonlyArray<{ word: string }>, i: number): boolean {
  const det = tokens[i - 1]?.word;
  const head = tokens[i - 2]?.word;
  return !!det && DETERMINERS.has(det) && !!head && !DENYING_HEADS.test(head);
}

/** Nouns whose "of" names what is at stake, not what the scale word says grows or falls. */
const RISK_HEADS = new Set(['risk', 'risks', 'chance', 'chances', 'likelihood', 'probability', 'odds', 'danger', 'threat', 'fear', 'fears']);

/** The text between token j and its neighbour towards the scale word (dir -1: the scale word is to its right). */
function between(text: string, tokens: ReadonlyArray<{ start: number; end: number }>, j: number, dir: number): string {
  return dir < 0 ? text.slice(tokens[j]!.end, tokens[j + 1]!.start) : text.slice(tokens[j - 1]!.end, tokens[j]!.start);
}

/** The index of "risk" in "the risk of … rises", within the clause before the scale word at i (at most eight words back). */
function riskBefore(text: string, tokens: ReadonlyArray<{ word: string; start: number; end: number }>, i: number): number | undefined {
  for (let j = i - 1; j >= 1 && j >= i - 8; j--) {
    if (/[,;:()\u2013\u2014]/.test(between(text, tokens, j, -1))) return undefined;
    if (tokens[j]!.word === 'of' && RISK_HEADS.has(tokens[j - 1]!.word)) return j - 1;
  }
  return undefined;
}

/** How many content words on each side of a scale word, within its clause, say what it is about. */
const NEAR = 3;

/**
 * Where a unit stands on each scale it speaks of; a word in a denied scope counts for the other end.
 * `content(i)` gives the content stem of token i, or undefined for a stop word.
 */
export function scaleReadings(
  text: string,
  tokens: ReadonlyArray<{ word: string; stem: string; start: number; end: number }>,
  denied: ReadonlySet<string>,
  content: (i: number) => string | undefined,
): ScaleReading[] {
  const out: ScaleReading[] = [];
  tokens.forEach((t, i) => {
    const e = END.get(t.word);
    if (!e) return;
    const near = new Set<string>();
    // "the risk of the stock failing to replace itself rises": the risk rises, not the stock.
    const risk = riskBefore(text, tokens, i);
    if (risk !== undefined) near.add(content(risk) ?? tokens[risk]!.stem);
    for (const dir of risk === undefined ? [-1, 1] : [1])
      for (let j = i + dir, n = 0; j >= 0 && j < tokens.length && n < NEAR; j += dir) {
        // A comma, a dash or a bracket between ends the clause ("who voted against the plan, said class sizes would rise").
        if (/[,;:()\u2013\u2014]/.test(between(text, tokens, j, dir))) break;
        const c = content(j);
        if (c === undefined || END.has(tokens[j]!.word)) continue;
        near.add(c);
        n++;
      }
    out.push({ scale: e.scale, sign: (denied.has(t.stem) && !objectOfVerb(tokens, i) ? -e.end : e.end) as 1 | -1, word: t.word, near });
  });
  return out;
}

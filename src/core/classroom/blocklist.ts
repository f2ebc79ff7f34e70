/**
 * Words a nickname may not contain. Matching sees through capitals, accents, spacing tricks,
 * repeated letters and digits for letters ("sh1iit", "F U C K"). Words that are parts of
 * ordinary words ("ass" in "class", "cock" in "peacock") are blocked only as whole words.
 */

/** Blocked wherever they occur: no ordinary English word contains them. */
const ANYWHERE = [
  'fuck', 'shit', 'cunt', 'bitch', 'whore', 'slut', 'nigger', 'nigga', 'faggot', 'retard',
  'penis', 'vagina', 'porn', 'hitler', 'twat', 'bollock', 'bastard', 'asshole', 'arsehole',
  'dildo', 'jizz', 'kike', 'tranny', 'motherf', 'blowjob', 'handjob',
];

/** Blocked only as a whole word: each is part of some ordinary word. */
const WHOLE_WORD = [
  'ass', 'arse', 'dick', 'cock', 'cum', 'tit', 'tits', 'boob', 'boobs', 'sex', 'sexy', 'rape',
  'spic', 'chink', 'paki', 'dyke', 'homo', 'fag', 'piss', 'poop', 'kys', 'wtf', 'stfu', 'pussy', 'hoe',
  'rapist', 'nazi', 'wank', 'wanker', 'pedo',
];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '3': 'e', '4': 'a', '@': 'a', '5': 's', '$': 's', '7': 't', '+': 't', '8': 'b', '9': 'g' };

/**
 * The words of `text`, lower case, accents removed, digits and signs read as the letters they
 * imitate — only inside words that have letters: "455" is a number, "a55" is not.
 */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}!@$+]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => w.replace(/[0-9!@$+]/g, (c) => LEET[c] ?? '').replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
}

/** "ass" → /a{1,}s{2,}/: a letter may be repeated ("assss") but never written fewer times. */
function stretchy(word: string): string {
  return word.replace(/(.)\1*/g, (run, c: string) => `${c}{${run.length},}`);
}

const ANYWHERE_RE = new RegExp(`(${ANYWHERE.map(stretchy).join('|')})`);
const WHOLE_RE = new RegExp(`^(${WHOLE_WORD.map(stretchy).join('|')})$`);

/** The first blocked word found in `text` (as written there, folded), or null. */
export function blockedWordIn(text: string): string | null {
  const found = words(text);
  // A word cut into scraps ("f.u.c.k", "sh it") is read as what the scraps spell; whole words
  // are not joined, so "Cool Dude Shi Tzu" does not become "...deshitzu".
  const scraps = found.length > 1 && found.every((w) => w.length <= 2);
  for (const w of scraps ? [...found, found.join('')] : found) {
    const hit = ANYWHERE_RE.exec(w);
    if (hit) return hit[1]!;
    if (WHOLE_RE.test(w)) return w;
  }
  return null;
}

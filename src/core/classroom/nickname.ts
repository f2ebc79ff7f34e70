/**
 * Nicknames: the only thing a student tells the class about themselves. Free text is allowed
 * (and shown everywhere as text, never markup), within a length, without words a teacher would
 * not want on the projector, and unique in the room; by default the join page offers a
 * friendly generated one ("Curious Otter"), so nobody needs to type their real name.
 */
import { blockedWordIn } from './blocklist.ts';

export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 24;

export type NicknameProblem = 'too-short' | 'too-long' | 'no-letters' | 'not-allowed';

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; problem: NicknameProblem; message: string };

/**
 * The nickname as it will be shown: Unicode NFC, without control or invisible formatting
 * characters (bidirectional overrides, zero-width joiners), runs of white space made one.
 */
export function cleanNickname(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Checks a nickname as typed; on success, the cleaned nickname to use. */
export function checkNickname(raw: string): NicknameCheck {
  const nickname = cleanNickname(raw);
  const length = [...nickname].length;
  if (length < NICKNAME_MIN) return { ok: false, problem: 'too-short', message: `A nickname needs at least ${NICKNAME_MIN} characters.` };
  if (length > NICKNAME_MAX) return { ok: false, problem: 'too-long', message: `A nickname can have at most ${NICKNAME_MAX} characters.` };
  if (!/[\p{L}\p{N}]/u.test(nickname)) return { ok: false, problem: 'no-letters', message: 'A nickname needs at least one letter or digit.' };
  if (blockedWordIn(nickname)) return { ok: false, problem: 'not-allowed', message: 'That nickname is not allowed in class. Choose another one.' };
  return { ok: true, nickname };
}

/** Two nicknames that differ only in case, accents' composition or spacing are the same name. */
export function nicknameKey(nickname: string): string {
  return cleanNickname(nickname).normalize('NFKC').toLocaleLowerCase('en').replace(/\s/g, '');
}

const ADJECTIVES = [
  'Bold', 'Brave', 'Bright', 'Calm', 'Careful', 'Cheerful', 'Clever', 'Curious', 'Daring', 'Eager',
  'Gentle', 'Honest', 'Jolly', 'Keen', 'Kind', 'Lucky', 'Merry', 'Nimble', 'Noble', 'Patient',
  'Plucky', 'Quick', 'Quiet', 'Sharp', 'Steady', 'Sunny', 'Swift', 'Thoughtful', 'Wise', 'Witty',
];
const ANIMALS = [
  'Badger', 'Beaver', 'Dolphin', 'Falcon', 'Fox', 'Gecko', 'Hedgehog', 'Heron', 'Ibis', 'Jaguar',
  'Kestrel', 'Koala', 'Lemur', 'Lynx', 'Marten', 'Narwhal', 'Ocelot', 'Otter', 'Owl', 'Panda',
  'Penguin', 'Puffin', 'Quokka', 'Raven', 'Seal', 'Tapir', 'Walrus', 'Wombat', 'Yak', 'Zebra',
];

/** A friendly nickname ("Curious Otter") from `random()` in [0, 1). */
export function friendlyNickname(random: () => number): string {
  const pick = (xs: readonly string[]) => xs[Math.floor(random() * xs.length)]!;
  return `${pick(ADJECTIVES)} ${pick(ANIMALS)}`;
}

import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH, generateCode, isCode, normalizeCode, spacedCode } from '../../src/core/classroom/code.ts';
import { blockedWordIn } from '../../src/core/classroom/blocklist.ts';
import { checkNickname, cleanNickname, friendlyNickname, NICKNAME_MAX, nicknameKey } from '../../src/core/classroom/nickname.ts';
import { createRng } from '../../src/core/random.ts';

describe('join codes', () => {
  it('uses only unambiguous consonants', () => {
    for (const c of 'AEIOUBSZ0125') expect(CODE_ALPHABET).not.toContain(c);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_ALPHABET.length ** CODE_LENGTH).toBeGreaterThan(1_000_000);
  });

  it('generates codes from the alphabet, all of them reachable', () => {
    const rng = createRng(7);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateCode((n) => rng.int(n));
      expect(isCode(code)).toBe(true);
      for (const ch of code) seen.add(ch);
    }
    expect(seen.size).toBe(CODE_ALPHABET.length);
  });

  it('reads what people type', () => {
    expect(normalizeCode(' kxr-tm ')).toBe('KXRTM');
    expect(normalizeCode('KXR TM')).toBe('KXRTM');
    expect(normalizeCode('KXRT')).toBeNull();
    expect(normalizeCode('KXRTMM')).toBeNull();
    expect(normalizeCode('KORTM')).toBeNull(); // O is not in the alphabet
    expect(isCode('kxrtm')).toBe(false);
    expect(spacedCode('KXRTM')).toBe('KXR TM');
  });
});

describe('nicknames', () => {
  it('cleans invisible characters and spacing', () => {
    expect(cleanNickname('  Ana\u200B   Ruiz\u202E ')).toBe('Ana Ruiz');
    expect(cleanNickname('Zoe\u0301')).toBe('Zoé'); // NFC
  });

  it('checks length and needs a letter', () => {
    expect(checkNickname('A')).toMatchObject({ ok: false, problem: 'too-short' });
    expect(checkNickname('x'.repeat(NICKNAME_MAX + 1))).toMatchObject({ ok: false, problem: 'too-long' });
    expect(checkNickname('!!!')).toMatchObject({ ok: false, problem: 'no-letters' });
    expect(checkNickname('  Bo  ')).toEqual({ ok: true, nickname: 'Bo' });
    expect(checkNickname('李小龙')).toMatchObject({ ok: true });
  });

  it('keeps markup as text (the UI never parses it)', () => {
    expect(checkNickname('<b>Bo</b>')).toEqual({ ok: true, nickname: '<b>Bo</b>' });
  });

  it('blocks words through disguises, not the words that contain them', () => {
    for (const bad of ['fuck', 'F U C K', 'f.u.c.k', 'sh1iit', 'a55', 'B1tch', 'Big Ass', 'ASSSS', 'Shit Head', 'bîtch', 'a s s', 'Nazi']) {
      expect(blockedWordIn(bad), bad).not.toBeNull();
      expect(checkNickname(bad).ok, bad).toBe(false);
    }
    for (const fine of ['Class Act', 'Peacock', 'Quick as Fox', 'Cool Dude Shi Tzu', 'Nigeria Fan', 'Therapist', 'Torpedo', 'Swanky Seal', 'Titan', 'Sussex', 'Assistant', 'Student 455', 'Room 717', 'Team 80085']) {
      expect(blockedWordIn(fine), fine).toBeNull();
    }
  });

  it('treats case and spacing variants as the same name', () => {
    expect(nicknameKey('Curious Otter')).toBe(nicknameKey('curious  otter'));
    expect(nicknameKey('CuriousOtter')).toBe(nicknameKey('curious otter'));
    expect(nicknameKey('Zoé')).toBe(nicknameKey('Zoe\u0301'));
  });

  it('generates friendly names that pass the rules', () => {
    const rng = createRng(3);
    const names = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const n = friendlyNickname(() => rng.next());
      expect(checkNickname(n)).toEqual({ ok: true, nickname: n });
      names.add(n);
    }
    expect(names.size).toBeGreaterThan(300);
  });
});

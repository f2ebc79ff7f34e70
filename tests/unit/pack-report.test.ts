/** What `content build` prints about a pack: verdicts per speaker kind, reading grades (tools/commands/pack-report.ts). */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCommand } from '../../tools/commands/build.ts';
import { MAX_GRADE, packReport, readingGrade, SPEAKER_KEY, SPEAKERS_KEY, speakerKinds, verdictSplit } from '../../tools/commands/pack-report.ts';
import { validPack } from './fixtures/packs.ts';

const EASY = 'The cat sat on the mat. The dog ran to the park. We saw them both.';
const HARD =
  'Notwithstanding considerable methodological disagreement, international organisations systematically corroborated the testimonies of refugees through extensive satellite imagery, contradicting the authorities’ categorical denials.';

/** The fixture pack with speakers declared: Ruiz (subject) says two items, a reporter one. */
function packWithSpeakers() {
  const pack = validPack();
  pack.extensions = { [SPEAKERS_KEY]: { ruiz: { name: 'Ana Ruiz', kind: 'subject' }, alpha: { name: 'Alpha reporter', kind: 'reporter' } } };
  pack.items[0]!.extensions = { [SPEAKER_KEY]: 'alpha' };
  pack.items[1]!.extensions = { ...pack.items[1]!.extensions, [SPEAKER_KEY]: 'ruiz' };
  pack.items[2]!.extensions = { [SPEAKER_KEY]: 'ruiz' };
  return pack;
}

describe('reading grade', () => {
  it('rates short plain sentences low and long abstract ones high', () => {
    expect(readingGrade(EASY)).toBeLessThan(3);
    expect(readingGrade(HARD)).toBeGreaterThan(MAX_GRADE + 5);
  });

  it('counts a numeral as it is read, not as nothing', () => {
    // Without digits counted as syllables, "1995" would make the sentence easier than "one".
    expect(readingGrade('It happened in 1995.')).toBeGreaterThan(readingGrade('It happened in May.'));
  });
});

describe('speaker kinds', () => {
  it('reads each item’s kind from the speakers the pack declares', () => {
    const { kinds, problems } = speakerKinds(packWithSpeakers());
    expect(problems).toEqual([]);
    expect(Object.fromEntries(kinds)).toEqual({ founded: 'reporter', members: 'subject', 'no-money': 'subject' });
  });

  it('names an undeclared speaker and an unknown kind', () => {
    const pack = packWithSpeakers();
    (pack.extensions![SPEAKERS_KEY] as Record<string, unknown>).alpha = { name: 'Alpha reporter', kind: 'journalist' };
    pack.items[2]!.extensions = { [SPEAKER_KEY]: 'nobody' };
    const { problems } = speakerKinds(pack);
    // The bad declaration, the item that names it (items[0]), and the undeclared "nobody".
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/alpha needs a "name" and a "kind", one of subject, reporter, critic, expert, other/);
    expect(problems.join('\n')).toMatch(/items\[2\]\.extensions\["sourced:speaker"\]: "nobody" is not a speaker declared/);
  });

  it('splits the verdicts per kind, with a row for items without a kind and one for all', () => {
    const pack = packWithSpeakers();
    delete pack.items[0]!.extensions;
    expect(verdictSplit(pack)).toEqual([
      { kind: 'subject', counts: { claim: 1, 'verified-fact': 0, disputed: 1 } },
      { kind: 'unknown', counts: { claim: 0, 'verified-fact': 1, disputed: 0 } },
      { kind: 'all', counts: { claim: 1, 'verified-fact': 1, disputed: 1 } },
    ]);
  });
});

describe('the build report', () => {
  it('prints the split as counts and shares, and flags an explanation over the grade', () => {
    const pack = packWithSpeakers();
    pack.items[1]!.explanation = HARD;
    const text = packReport(pack).join('\n');
    expect(text).toMatch(/subject\s+2\s+1 \(50%\)\s+0 \(0%\)\s+1 \(50%\)/);
    expect(text).toMatch(/reporters\s+1\s+0 \(0%\)\s+1 \(100%\)\s+0 \(0%\)/);
    expect(text).toMatch(/! *\d+\.\d members/);
    expect(text).not.toMatch(/! *\d+\.\d founded/);
    expect(text).toMatch(/1 explanation is over grade 9: members/);
  });

  describe('content build', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'sourced-report-'));
      vi.spyOn(console, 'log').mockImplementation(() => {});
      vi.spyOn(console, 'error').mockImplementation(() => {});
    });
    afterEach(() => vi.restoreAllMocks());

    it('prints the report of each pack it builds', async () => {
      await writeFile(join(dir, 'a.pack.json'), JSON.stringify(packWithSpeakers()));
      expect(await buildCommand(['--packs', dir, '--out', join(dir, 'out.json')])).toBe(0);
      const printed = vi.mocked(console.log).mock.calls.flat().join('\n');
      expect(printed).toMatch(/verdicts by speaker kind/);
      expect(printed).toMatch(/every explanation is at grade 9 or below/);
    });

    it('refuses a pack whose speaker kinds cannot be read, and writes nothing', async () => {
      const pack = packWithSpeakers();
      pack.items[0]!.extensions = { [SPEAKER_KEY]: 'nobody' };
      await writeFile(join(dir, 'a.pack.json'), JSON.stringify(pack));
      const out = join(dir, 'out.json');
      expect(await buildCommand(['--packs', dir, '--out', out])).toBe(1);
      await expect(readFile(out, 'utf8')).rejects.toThrow();
      expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toMatch(/"nobody" is not a speaker declared/);
    });
  });
});

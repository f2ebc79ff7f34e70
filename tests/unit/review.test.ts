import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftPack } from '../../src/core/draft/index.ts';
import { itemIsUnreviewed, REVIEW_KEY, unreviewedItemIds, validatePack, withoutReviewMark, withUnreviewedMark } from '../../src/core/pack/index.ts';
import { buildCommand } from '../../tools/commands/build.ts';
import { BETA_TEXT, GAMMA_TEXT, validPack } from './fixtures/packs.ts';

describe('drafts are never mistaken for packs', () => {
  it('a pack marked as a whole: every item unreviewed, valid, with one warning that says so', () => {
    const pack = validPack();
    pack.extensions = withUnreviewedMark(pack.extensions, 'sourced draft');
    expect(unreviewedItemIds(pack)).toEqual(pack.items.map((i) => i.id));
    const r = validatePack(pack);
    expect(r.ok).toBe(true);
    const w = r.warnings.filter((x) => x.message.includes(REVIEW_KEY));
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/marked as a draft.*not been checked by a person/);
  });

  it('items marked one by one are named in the warning; unmarked items are reviewed', () => {
    const pack = validPack();
    pack.items[1]!.extensions = withUnreviewedMark(pack.items[1]!.extensions, 'sourced studio');
    expect(unreviewedItemIds(pack)).toEqual(['members']);
    expect(itemIsUnreviewed(pack, pack.items[0]!)).toBe(false);
    // The item's own extensions are kept beside the mark.
    expect(pack.items[1]!.extensions).toMatchObject({ anything: { goes: [1, 2, 3] } });
    expect(validatePack(pack).warnings.map((x) => x.message).join('\n')).toMatch(/1 item is marked as not reviewed \("members"\)/);
  });

  it('removing the mark keeps the rest of the extensions', () => {
    const ext = withUnreviewedMark({ mine: 1 }, 'x');
    expect(withoutReviewMark(ext)).toEqual({ mine: 1 });
    expect(withoutReviewMark(withUnreviewedMark(undefined, 'x'))).toBeUndefined();
  });

  it('the draft generator marks what it makes', () => {
    const { pack } = draftPack(
      [
        { id: 'beta', title: 'Beta', outlet: 'Beta Blog', published: '2016-02', genre: 'blog', text: BETA_TEXT },
        { id: 'gamma', title: 'Gamma', outlet: 'Gamma Mag', published: '2010', genre: 'interview', text: GAMMA_TEXT },
      ],
      { id: 'd', title: 'D', updated: '2026-11-23' },
    );
    expect(pack.extensions?.[REVIEW_KEY]).toEqual({ status: 'unreviewed', by: 'sourced draft' });
  });

  describe('build refuses a draft', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'sourced-build-'));
      vi.spyOn(console, 'log').mockImplementation(() => {});
      vi.spyOn(console, 'error').mockImplementation(() => {});
    });
    afterEach(() => vi.restoreAllMocks());

    it('writes nothing when one pack of the folder is not reviewed, and says why', async () => {
      const pack = validPack();
      pack.items[2]!.extensions = withUnreviewedMark(undefined, 'sourced studio');
      await writeFile(join(dir, 'a.pack.json'), JSON.stringify(pack));
      const out = join(dir, 'out.json');
      expect(await buildCommand(['--packs', dir, '--out', out])).toBe(1);
      await expect(readFile(out, 'utf8')).rejects.toThrow();
      expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toMatch(/1 item is not reviewed/);
    });

    it('builds the same pack once reviewed', async () => {
      await writeFile(join(dir, 'a.pack.json'), JSON.stringify(validPack()));
      const out = join(dir, 'out.json');
      expect(await buildCommand(['--packs', dir, '--out', out])).toBe(0);
      expect(JSON.parse(await readFile(out, 'utf8'))).toHaveLength(1);
    });
  });
});

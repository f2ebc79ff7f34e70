/**
 * The built-in packs for the solo game: every passage's text, but the sources' full texts only
 * when a player first opens "Read in context" (a chunk of their own, 21.7 KB gzip for the first
 * pack, cached for offline play like every file of the site), and never the authors' extensions.
 */
import { hasSourceTexts, putSourceTexts, storedPacks, type SourceTexts } from '../../core/pack/builtin';
import type { CompiledPack } from '../../core/pack/types';

const generated = import.meta.glob<unknown>('../../generated/packs.json', { eager: true, import: 'default' });
const texts = import.meta.glob<SourceTexts>('../../generated/packs.texts.json', { import: 'default' });

export const PLAY_PACKS = storedPacks(Object.values(generated)[0]);

let loading: Promise<void> | null = null;

/** The pack with its sources' texts: at once for an opened pack, after one download for a built-in one. */
export async function withSourceTexts(pack: CompiledPack): Promise<CompiledPack> {
  if (hasSourceTexts(pack) || !PLAY_PACKS.includes(pack)) return pack;
  const load = Object.values(texts)[0];
  loading ??= (load ? load() : Promise.resolve({})).then(
    (t) => putSourceTexts(PLAY_PACKS, t),
    (e: unknown) => {
      // Offline before the site was ever cached, say: the next try downloads again.
      loading = null;
      throw e;
    },
  );
  await loading;
  return pack;
}

/**
 * The packs that ship with the game, made by `npm run content -- build`, and the stores opened
 * with them. Every surface that plays packs imports this module; the join page does not, so
 * students joining a class never download them.
 */
import { expandPacks, type StoredPack } from '../core/pack/builtin';
import { initStores, type Stores } from '../state/index';
import { showCrash } from './shell';

// A glob, so a checkout without generated packs still builds (and shows "No packs yet").
// Stored without the excerpts that repeat their source's text (src/core/pack/builtin.ts).
const generated = import.meta.glob<StoredPack[]>('../generated/packs.json', { eager: true, import: 'default' });

export const BUILTIN_PACKS = expandPacks(Object.values(generated)[0]);

/** The stores, with these packs; null once the page says why they could not be opened. */
export function openStores(main: HTMLElement): Stores | null {
  try {
    return initStores({ builtinPacks: BUILTIN_PACKS });
  } catch (e) {
    showCrash(main, e);
    return null;
  }
}

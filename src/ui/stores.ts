/** Opening the stores on a surface: with its built-in packs, or the crash page saying why not. */
import type { CompiledPack } from '../core/pack/types';
import { initStores, type Stores } from '../state/index';
import { showCrash } from './shell';

export function openStores(main: HTMLElement, builtinPacks: readonly CompiledPack[]): Stores | null {
  try {
    return initStores({ builtinPacks });
  } catch (e) {
    showCrash(main, e);
    return null;
  }
}

/** Sourced: boots the app. The built-in packs come from `npm run content -- build`. */
import './styles/main.css';
import { expandPacks, type StoredPack } from './core/pack/builtin';
import { startApp } from './ui/app';

// A glob, so a checkout without generated packs still builds (and shows "No packs yet").
// Stored without the excerpts that repeat their source's text (src/core/pack/builtin.ts).
const generated = import.meta.glob<StoredPack[]>('./generated/packs.json', { eager: true, import: 'default' });

startApp({ builtinPacks: expandPacks(Object.values(generated)[0]) });

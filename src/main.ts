/** Sourced: boots the app. The built-in packs come from `npm run content -- build`. */
import './styles/main.css';
import type { CompiledPack } from './core/pack/types';
import { startApp } from './ui/app';

// A glob, so a checkout without generated packs still builds (and shows "No packs yet").
const generated = import.meta.glob<CompiledPack[]>('./generated/packs.json', { eager: true, import: 'default' });
const builtinPacks = Object.values(generated)[0] ?? [];

startApp({ builtinPacks: Array.isArray(builtinPacks) ? builtinPacks : [] });

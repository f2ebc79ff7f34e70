/**
 * The packs that ship with the game, made by `npm run content -- build`, whole (their sources'
 * texts and the authors' extensions put back): the teacher's surfaces (presenter, host, studio)
 * import this module. The solo game imports play/builtin.ts instead, which leaves both out of a
 * student's first download; the join page imports neither, so students joining a class never
 * download the packs.
 */
import { putAuthoring, putSourceTexts, storedPacks, type AuthoringExtensions, type SourceTexts } from '../core/pack/builtin';

// Globs, so a checkout without generated packs still builds (and shows "No packs yet").
const generated = import.meta.glob<unknown>('../generated/packs.json', { eager: true, import: 'default' });
const texts = import.meta.glob<SourceTexts>('../generated/packs.texts.json', { eager: true, import: 'default' });
const authoring = import.meta.glob<AuthoringExtensions>('../generated/packs.authoring.json', { eager: true, import: 'default' });

export const BUILTIN_PACKS = storedPacks(Object.values(generated)[0]);
putSourceTexts(BUILTIN_PACKS, Object.values(texts)[0] ?? {});
putAuthoring(BUILTIN_PACKS, Object.values(authoring)[0] ?? {});

/**
 * The authoring studio's model: pure TypeScript (no DOM, no storage), shared by the studio's
 * page, its worker and the tests. See docs/studio.md.
 */
export * from './types.ts';
export * from './doc.ts';
export * from './history.ts';
export * from './commands.ts';
export * from './selection.ts';
export * from './messages.ts';
export * from './balance.ts';
export * from './speakers.ts';
export * from './skills.ts';
export * from './check.ts';
export * from './csv.ts';
export * from './publish.ts';
export * from './draft-reasons.ts';
export * from './suggestions.ts';

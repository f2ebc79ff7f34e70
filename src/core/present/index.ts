/**
 * Presenter mode's logic: one screen for a whole class, no devices, no server. Plain
 * TypeScript (no DOM, no storage), built on the session engine and its statistics.
 */
export * from './flow.ts';
export * from './teams.ts';
export * from './votes.ts';
export * from './presentation.ts';

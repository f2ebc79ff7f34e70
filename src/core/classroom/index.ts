/**
 * The live classroom's shared code, for the server and the browsers alike (no DOM, no Node):
 * the wire protocol and its checkers, join codes, nicknames, the class as a state machine,
 * grading, class statistics, the report, and the host's resume snapshot.
 */
export * from './protocol.ts';
export * from './code.ts';
export * from './nickname.ts';
export * from './session.ts';
export * from './grading.ts';
export * from './stats.ts';
export * from './report.ts';
export * from './snapshot.ts';
export * from './source.ts';
export * from './packfile.ts';

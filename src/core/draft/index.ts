/**
 * The draft generator: from source documents to a draft question pack whose
 * verdicts are suggestions. Pure TypeScript, so a teacher-side editor can run it
 * in the browser; `tools/commands/draft.ts` is the command-line wrapper.
 */

export { draftPack, excerpt, type DraftOptions, type DraftResult, type DraftStats, type DraftItemExtension } from './draft';
export { segmentSentences, segmentParagraphs, type Sentence, type Paragraph } from './sentences';
export { analyseSource, type Unit, type SourceAnalysis } from './candidates';
export { EvidenceIndex, queryOf, type Hit } from './relevance';
export { compareUnits, overlapOf, type Signal, type SignalKind } from './conflicts';
export { extractQuantities, extractYears, type Quantity, type YearMention } from './numbers';
export { guessSpeaker, indexSpeakers, sameSpeaker } from './speakers';

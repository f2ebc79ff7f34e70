/**
 * The draft generator: from source documents to a draft question pack whose
 * verdicts are suggestions. Pure TypeScript with no Node API, so the studio runs
 * it in a Web Worker; `tools/commands/draft.ts` is the command-line wrapper.
 *
 *     draftPack(sources, options) → { pack, stats }
 *
 * The pack is marked unreviewed (`extensions["sourced:review"]`, src/core/pack/review.ts):
 * validate warns, build refuses, the game says "not reviewed". Its student-facing fields
 * hold plain words: the explanation says what the evidence shows and ends with a check a
 * student can reuse; a note appears only where it says something plain ("Gives 210,000
 * people, not 230,000."; "This is Paul Dessane's own account again, so it is not a second
 * source."). Every reason stays in each item's `extensions.draft`, a `DraftItemExtension`
 * (extension.ts):
 *
 *     {
 *       reviewed: false,
 *       suggestedVerdict: 'disputed',
 *       confidence: 0.75,              // weight of the signal the verdict rests on
 *       rank: 3, score: 7.4,
 *       speaker: { name: 'Paul Dessane', how: 'attributed' },
 *       features: ['attribution', 'number'],
 *       evidence: [                    // one per evidence passage, same order
 *         {
 *           index: 0, stance: 'contradicts', why: 'conflict',
 *           signal: 'figures-differ', weight: 0.75,
 *           source: { id: 'courrier-2031-03-21', outlet: 'Le Courrier des Iles', published: '2031-03-21' },
 *           speaker: 'Interior Minister Paul Dessane',
 *           figures: {                 // side by side: is the same thing counted?
 *             quote: { text: '230,000', kind: 'count', value: 230000, low: 225000, high: 235000,
 *                      counts: ['people', 'died'], role: 'stated', state: false,
 *                      source: { id: 'herald-2031-02-10', … }, speaker: 'Interior Minister Paul Dessane' },
 *             other: { text: '210,000', kind: 'count', value: 210000, low: 205000, high: 215000,
 *                      counts: ['death'], role: 'stated', state: false, source: { … }, speaker: … },
 *           },
 *         },
 *       ],
 *       candidates: [                  // more passages, best first, found but not shown (absent when none):
 *         { stance: 'context', why: 'related', relevance: 5.2, source: { … }, speaker: 'the reporter',
 *           text: 'A verbatim excerpt of the source, ready to add as evidence' },
 *       ],
 *     }
 *
 * `why` is one of conflict | agreement | same-account | same-document | reported-claim | weak-agreement |
 * related | surrounding;
 * `signal` one of figures-differ | figure-revised | ages-differ | dates-differ | denial | rejected |
 * opposite-ends | same-figure | same-date | same-statement | same-denial | same-end |
 * same-superlative | same-topic;
 * `years`, `shared`, `denied` and `scale` appear with the signals they belong to (see extension.ts).
 */

export { draftPack, excerpt, type DraftOptions, type DraftResult, type DraftStats } from './draft';
export type { DraftCandidate, DraftItemExtension, EvidenceReason, FigureReason, SourceRef, SpeakerHow } from './extension';
export { segmentSentences, segmentParagraphs, type Sentence, type Paragraph } from './sentences';
export { analyseSource, type Unit, type SourceAnalysis } from './candidates';
export { clausesOf, type ClauseSpan } from './clauses';
export { scaleReadings, type ScaleName, type ScaleReading } from './scales';
export { EvidenceIndex, queryOf, type Hit } from './relevance';
export { compareUnits, overlapOf, type FigureSide, type Signal, type SignalKind } from './conflicts';
export { extractFigures, extractYears, sameThing, type Figure, type FigureKind, type FigureRole, type YearMention } from './figures';
export { guessSpeaker, guessSpeakers, indexSpeakers, sameSpeaker } from './speakers';

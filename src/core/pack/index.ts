export * from './types.ts';
export { parsePack, validatePack } from './validate.ts';
export { packJsonSchema, codePoints } from './schema.ts';
export { closestPassage, type ClosestPassage } from './closest.ts';
export { findExcerpt, normalizeExcerpt, normalizeWithMap, type NormalizedText } from './normalize.ts';
export { formatPath } from './json.ts';
export { REVIEW_KEY, itemIsUnreviewed, packIsDraft, unreviewedItemIds, withUnreviewedMark, withoutReviewMark, type ReviewMark } from './review.ts';

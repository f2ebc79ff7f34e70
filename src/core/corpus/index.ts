export {
  DEFAULT_GENRE,
  DEFAULT_ID,
  DEFAULT_OUTLET,
  DEFAULT_PUBLISHED,
  DEFAULT_TITLE,
  SOURCE_DOCUMENT_KEYS,
  parseSourceDocument,
  serializeSourceDocument,
  slugifyId,
  type ParsedSourceDocument,
} from './sourceDocument';

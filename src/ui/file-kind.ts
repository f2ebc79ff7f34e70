/**
 * What a file that is not a pack is, in the player's words: a web page, an image, a PDF, a
 * log file… so opening the wrong file says "This is a web page, not a pack file" rather than
 * a parser's "expected a value, found "<"". Pure functions on the file's first bytes, its
 * text and (for a download) its content type; no DOM.
 */

export type FileKind =
  | 'empty'
  | 'web-page'
  | 'xml'
  | 'image'
  | 'pdf'
  | 'archive'
  | 'binary'
  | 'text'
  | 'json-not-object'
  | 'json-not-pack'
  /** Looks like JSON meant as a pack: the validator says what is wrong with it. */
  | 'pack';

const starts = (head: Uint8Array, ...bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** Image and document signatures ("magic numbers") at the start of a file. */
function binaryKind(head: Uint8Array): FileKind | null {
  if (starts(head, 0x89, 0x50, 0x4e, 0x47)) return 'image'; // PNG
  if (starts(head, 0xff, 0xd8, 0xff)) return 'image'; // JPEG
  if (starts(head, 0x47, 0x49, 0x46, 0x38)) return 'image'; // GIF8
  if (starts(head, 0x52, 0x49, 0x46, 0x46) && starts(head.subarray(8), 0x57, 0x45, 0x42, 0x50)) return 'image'; // RIFF….WEBP
  if (starts(head, 0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (starts(head, 0x50, 0x4b, 0x03, 0x04) || starts(head, 0x1f, 0x8b)) return 'archive'; // ZIP (also .docx, .xlsx, .odt), gzip
  // A NUL byte never appears in a UTF-8 text file (UTF-16 text is not a pack either).
  if (head.includes(0)) return 'binary';
  return null;
}

function textKind(text: string): FileKind {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t === '') return 'empty';
  if (/^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|!--)/i.test(t)) return 'web-page';
  if (/^<svg[\s>]/i.test(t) || /^<\?xml[\s\S]{0,200}<svg[\s>]/i.test(t)) return 'image';
  if (t.startsWith('<')) return /<html[\s>]/i.test(t.slice(0, 2000)) ? 'web-page' : 'xml';
  if (t.startsWith('{')) return 'pack';
  if (t.startsWith('[') || t.startsWith('"') || /^(-?\d|true\b|false\b|null\b)/.test(t)) {
    try {
      JSON.parse(t);
      return 'json-not-object';
    } catch {
      // Not JSON after all (a log line starting with a date, a CSV of numbers).
    }
  }
  return 'text';
}

/**
 * The kind of a file, from its first bytes (at least 12 when the file has them), its text
 * when already decoded, and the content type a server sent.
 */
export function fileKind(head: Uint8Array, text: string | null, contentType = ''): FileKind {
  const fromBytes = binaryKind(head);
  if (fromBytes) return fromBytes;
  if (/^text\/html|^application\/xhtml/i.test(contentType)) return 'web-page';
  if (/^image\//i.test(contentType)) return 'image';
  if (/^application\/pdf/i.test(contentType)) return 'pdf';
  if (text === null) return head.length === 0 ? 'empty' : 'text';
  return textKind(text);
}

/** JSON with none of a pack's fields is another file that happens to be JSON. */
export function looksLikePackObject(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return 'format' in v || 'items' in v || 'sources' in v;
}

/** The sentence said for each kind that is not a pack. */
export function notAPackMessage(kind: Exclude<FileKind, 'pack'>): string {
  switch (kind) {
    case 'empty':
      return 'This file is empty.';
    case 'web-page':
      return 'This is a web page, not a pack file. Save or download the pack itself (a .pack.json file) and open that.';
    case 'xml':
      return 'This is an XML file, not a pack file. A pack is a JSON file that starts with {.';
    case 'image':
      return 'This is an image, not a pack file.';
    case 'pdf':
      return 'This is a PDF document, not a pack file.';
    case 'archive':
      return 'This is a compressed file or an office document (such as .zip or .docx), not a pack file.';
    case 'binary':
      return 'This is not a text file, so it cannot be a pack file.';
    case 'text':
      return 'This is a plain text file, not a pack file. A pack is a JSON file that starts with {.';
    case 'json-not-object':
      return 'This is JSON, but not a pack: a pack is one object that starts with {.';
    case 'json-not-pack':
      return 'This is a JSON file, but not a Sourced pack: it has none of a pack’s fields ("format": "sourced-pack@1", "sources", "items").';
  }
}

/**
 * The validator's issues in the studio's words: each becomes a sentence on the item, source or
 * pack detail it concerns (never a JSON path), with the fixes that can be made in one step
 * ("Verified fact needs a supporting passage from another source: add one, or make it a
 * claim" — [Make it a claim]). An issue this module does not know is still shown, with the
 * validator's own words after the name of the place: nothing the validator says is dropped.
 */
import { itemIsUnreviewed } from '../pack/review.ts';
import type { PackIssue, Stance, Verdict } from '../pack/types.ts';
import { uniqueId } from './doc.ts';
import type { StudioDoc, StudioItem } from './types.ts';

export type ItemField = 'quote' | 'speaker' | 'verdict' | 'explanation' | 'evidence' | 'skill' | 'difficulty' | 'group' | 'discussion' | 'id';

export type Target =
  | { kind: 'pack'; field?: string }
  | { kind: 'source'; id: string; field?: string }
  | { kind: 'item'; key: string; field?: ItemField; passage?: string };

export type Fix =
  | { kind: 'set-verdict'; item: string; verdict: Verdict; label: string }
  | { kind: 'set-stance'; item: string; passage: string; stance: Stance; label: string }
  | { kind: 'remove-passage'; item: string; passage: string; label: string }
  | { kind: 'use-closest'; item: string; passage?: string; text: string; label: string }
  | { kind: 'set-field'; item: string; field: 'skill' | 'group' | 'id'; value: string; label: string }
  | { kind: 'set-pack-id'; value: string; label: string }
  | { kind: 'mark-reviewed'; item: string; label: string };

export interface Message {
  target: Target;
  severity: 'error' | 'warning';
  text: string;
  fixes: Fix[];
  /** The validator's path, for the downloaded file and for tests. */
  path: string;
}

const VERDICT_WORDS: Record<Verdict, string> = { claim: 'a claim', 'verified-fact': 'a verified fact', disputed: 'disputed' };
const VERDICT_MAKE: Record<Verdict, string> = { claim: 'Make it a claim', 'verified-fact': 'Make it a verified fact', disputed: 'Make it disputed' };

const ITEM_PATH = /^items\[(\d+)\](?:\.([A-Za-z]+))?(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/;
const SOURCE_PATH = /^sources\[(\d+)\](?:\.([A-Za-z]+))?$/;

const count = (message: string): string | undefined => /(\d[\d,]*) characters/.exec(message)?.[1];
const tooShort = (m: string) => m.startsWith('is too short');
const tooLong = (m: string) => m.startsWith('is too long');
const missing = (m: string) => m.startsWith('is missing') || m === 'must not be empty';
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

export function explainIssues(doc: StudioDoc, errors: readonly PackIssue[], warnings: readonly PackIssue[]): Message[] {
  const title = (id: string) => {
    const s = doc.sources.find((x) => x.id === id);
    return `“${s?.title || s?.outlet || id}”`;
  };
  const out: Message[] = [];
  const say = (issue: PackIssue, severity: Message['severity']) => {
    const m = explainOne(doc, issue, severity, title);
    if (m) out.push(m);
  };
  errors.forEach((e) => say(e, 'error'));
  warnings.forEach((w) => say(w, 'warning'));
  // One notice on each item not yet reviewed, with the way to clear it (the validator names them on the pack).
  const packExt = doc.meta.extensions ? { extensions: doc.meta.extensions } : {};
  for (const it of doc.items) {
    if (!itemIsUnreviewed(packExt, it)) continue;
    out.push({
      target: { kind: 'item', key: it.key },
      severity: 'warning',
      text: 'Not reviewed yet: this item was suggested by the draft generator (or came from a draft). Check the quote, the speaker, every passage and its stance, then mark it as checked. Until then the game shows “not reviewed” at its reveal.',
      fixes: [{ kind: 'mark-reviewed', item: it.key, label: 'Mark as checked' }],
      path: `items[${doc.items.indexOf(it)}].extensions`,
    });
  }
  return out;
}

function explainOne(doc: StudioDoc, issue: PackIssue, severity: Message['severity'], title: (id: string) => string): Message | null {
  const { path, message } = issue;
  const base = { severity, path };
  const im = ITEM_PATH.exec(path);
  if (im) {
    const item = doc.items[Number(im[1])];
    if (!item) return { ...base, target: { kind: 'pack' }, text: `${path}: ${message}`, fixes: [] };
    return { ...base, ...explainItem(doc, item, im, issue, title) };
  }
  const sm = SOURCE_PATH.exec(path);
  if (sm) {
    const source = doc.sources[Number(sm[1])];
    if (!source) return { ...base, target: { kind: 'pack' }, text: `${path}: ${message}`, fixes: [] };
    return { ...base, target: { kind: 'source', id: source.id, ...(sm[2] ? { field: sm[2] } : {}) }, text: explainSource(title(source.id), sm[2], message), fixes: [] };
  }
  if (path === 'items' && message.includes('not been checked by a person')) return null; // said on each item
  if (path.startsWith('extensions')) return null; // the pack-wide draft mark: docFromPack moved it to the items
  return { ...base, ...explainPack(doc, path, message) };
}

function explainItem(
  doc: StudioDoc,
  item: StudioItem,
  m: RegExpExecArray,
  issue: PackIssue,
  title: (id: string) => string,
): { target: Target; text: string; fixes: Fix[] } {
  const [, , field, index, sub] = m;
  const message = issue.message;
  const key = item.key;
  const target = (f?: ItemField, passage?: string): Target => ({ kind: 'item', key, ...(f ? { field: f } : {}), ...(passage ? { passage } : {}) });
  const n = count(message);

  if (field === 'evidence' && index !== undefined) {
    const k = Number(index);
    const p = item.evidence[k];
    const name = `Passage ${k + 1}${p ? ` (from ${title(p.source)})` : ''}`;
    const t = target('evidence', p?.key);
    const fixes: Fix[] = [];
    const toContext = () => p && fixes.push({ kind: 'set-stance', item: key, passage: p.key, stance: 'context', label: `Mark passage ${k + 1} as context` });
    if (sub === 'text') {
      if (message.includes('not word for word')) {
        if (p && issue.closest) fixes.push({ kind: 'use-closest', item: key, passage: p.key, text: issue.closest, label: 'Use the closest passage' });
        return { target: t, text: `${name} is not word for word in its source.${closestLine(issue)} Select it again in the text${issue.closest ? ', or use the closest passage' : ''}.`, fixes };
      }
      if (tooShort(message)) return { target: t, text: `${name} is too short (${n} characters; at least 8): select a few more words.`, fixes };
      if (tooLong(message)) return { target: t, text: `${name} is too long (${n} characters; at most 1200): select less.`, fixes };
    }
    if (sub === 'source') return { target: t, text: `${name}: its source is not in this pack. Remove it and select the passage again in one of the pack's sources.`, fixes: p ? [{ kind: 'remove-passage', item: key, passage: p.key, label: `Remove passage ${k + 1}` }] : [] };
    if (sub === 'note' && tooLong(message)) return { target: t, text: `The note of passage ${k + 1} is ${n} characters; at most 400 fit. Shorten it.`, fixes };
    if (sub === undefined) {
      if (message.includes('cannot be "verified-fact"')) {
        fixes.push({ kind: 'set-verdict', item: key, verdict: 'disputed', label: VERDICT_MAKE.disputed });
        toContext();
        return { target: t, text: `${name} contradicts the quote, so this cannot be a verified fact: make it disputed, or mark the passage as context if it does not contradict.`, fixes };
      }
      if (message.includes('cannot be "claim": use "disputed"')) {
        fixes.push({ kind: 'set-verdict', item: key, verdict: 'disputed', label: VERDICT_MAKE.disputed });
        toContext();
        return { target: t, text: `${name} contradicts the quote, so this cannot be a claim: make it disputed, or mark the passage as context if it does not contradict.`, fixes };
      }
      if (message.includes('supports the quote from another source')) {
        fixes.push({ kind: 'set-verdict', item: key, verdict: 'verified-fact', label: VERDICT_MAKE['verified-fact'] });
        toContext();
        return {
          target: t,
          text: `${name} supports the quote from another source, so this cannot be a claim. If that source confirms it independently, make it a verified fact; if it only repeats the same account, mark the passage as context.`,
          fixes,
        };
      }
      if (message.includes('overlaps the quoted words')) {
        if (p) fixes.push({ kind: 'remove-passage', item: key, passage: p.key, label: `Remove passage ${k + 1}` });
        return { target: t, text: `${name} is the quoted words themselves: a statement cannot contradict itself. Choose a passage that says otherwise, elsewhere in that source or in another one.`, fixes };
      }
      if (message.includes('repeats a passage')) {
        if (p) fixes.push({ kind: 'remove-passage', item: key, passage: p.key, label: `Remove passage ${k + 1}` });
        return { target: t, text: `${name} repeats a passage this item already has.`, fixes };
      }
    }
    return { target: t, text: `${name}: ${message}.`, fixes };
  }

  if (field === 'quote') {
    const t = target('quote');
    if (sub === undefined && missing(message)) return { target: t, text: 'No quote yet: select words in a source and choose “Make this the quote”.', fixes: [] };
    if (sub === 'speaker') {
      if (missing(message)) return { target: target('speaker'), text: 'Who says this? Choose a speaker: a name suggested from the text, or “the reporter” when the writer says it.', fixes: [] };
      if (tooLong(message)) return { target: target('speaker'), text: `The speaker is ${n} characters; at most 200 fit.`, fixes: [] };
    }
    if (sub === 'text') {
      if (message.includes('not word for word')) {
        const fixes: Fix[] = issue.closest ? [{ kind: 'use-closest', item: key, text: issue.closest, label: 'Use the closest passage' }] : [];
        return { target: t, text: `The quote is not word for word in ${item.quote ? title(item.quote.source) : 'its source'}.${closestLine(issue)} Select it again in the text${issue.closest ? ', or use the closest passage' : ''}.`, fixes };
      }
      if (tooShort(message)) return { target: t, text: `The quote is too short (${n} characters; at least 8): select a few more words.`, fixes: [] };
      if (tooLong(message)) return { target: t, text: `The quote is too long (${n} characters; at most 600): select fewer words.`, fixes: [] };
    }
    if (sub === 'source') return { target: t, text: 'The quote’s source is not in this pack: select the quote again in one of its sources.', fixes: [] };
    return { target: t, text: `The quote: ${message}.`, fixes: [] };
  }

  switch (field) {
    case 'verdict':
      return { target: target('verdict'), text: 'Choose a verdict: Claim, Verified fact or Disputed.', fixes: [] };
    case 'explanation':
      if (tooLong(message)) return { target: target('explanation'), text: `The explanation is ${n} characters; at most 800 fit. Shorten it.`, fixes: [] };
      return { target: target('explanation'), text: 'Write the explanation players read at the reveal: why is this the verdict, from these passages?', fixes: [] };
    case 'evidence': {
      const t = target('evidence');
      if (message.includes('"verified-fact" needs')) {
        return { target: t, text: 'Verified fact needs a supporting passage from another source: add one, or make it a claim.', fixes: [{ kind: 'set-verdict', item: key, verdict: 'claim', label: VERDICT_MAKE.claim }] };
      }
      if (message.includes('"disputed" item needs')) {
        const supportedElsewhere = item.evidence.some((e) => e.stance === 'supports' && e.source !== item.quote?.source);
        const alt: Verdict = supportedElsewhere ? 'verified-fact' : 'claim';
        return {
          target: t,
          text: `Disputed needs a passage that contradicts the quote: add one with the stance “contradicts”, or make it ${VERDICT_WORDS[alt]}.`,
          fixes: [{ kind: 'set-verdict', item: key, verdict: alt, label: VERDICT_MAKE[alt] }],
        };
      }
      if (message.startsWith('needs at least 1')) return { target: t, text: 'No evidence yet: select a passage in a source and choose “Add as evidence”.', fixes: [] };
      if (/at most 12/.test(message)) return { target: t, text: `${item.evidence.length} passages: at most 12 are allowed. Remove some.`, fixes: [] };
      return { target: t, text: `The evidence: ${message}.`, fixes: [] };
    }
    case 'skill': {
      if (message.startsWith('has no skill')) return { target: target('skill'), text: 'No skill yet: the summary cannot show which checking skill this item trains. Choose one.', fixes: [] };
      const value = slug(item.skill ?? '');
      return {
        target: target('skill'),
        text: 'The skill must be a short tag of lowercase words joined by hyphens, such as “check-dates”.',
        fixes: value && value !== item.skill ? [{ kind: 'set-field', item: key, field: 'skill', value, label: `Use “${value}”` }] : [],
      };
    }
    case 'group': {
      if (message.startsWith('is the only item')) {
        return {
          target: target('group'),
          text: `No other item is in the group “${item.group}”. A group keeps items that give each other away (two tellings of one figure) out of the same round: give another item this group, or clear it.`,
          fixes: [{ kind: 'set-field', item: key, field: 'group', value: '', label: 'Clear the group' }],
        };
      }
      const value = slug(item.group ?? '');
      return {
        target: target('group'),
        text: 'The group must be a short tag of lowercase words joined by hyphens, such as “kfa-membership”.',
        fixes: value && value !== item.group ? [{ kind: 'set-field', item: key, field: 'group', value, label: `Use “${value}”` }] : [],
      };
    }
    case 'difficulty':
      return { target: target('difficulty'), text: 'The difficulty must be 1, 2 or 3.', fixes: [] };
    case 'discussion':
      return { target: target('discussion'), text: `The discussion question is ${n} characters; at most 300 fit. Shorten it.`, fixes: [] };
    case 'id': {
      const taken = new Set(doc.items.filter((x) => x.key !== key).map((x) => x.id));
      const value = uniqueId(item.id || item.quote?.text || 'item', taken);
      const fixes: Fix[] = [{ kind: 'set-field', item: key, field: 'id', value, label: `Use “${value}”` }];
      if (message.includes('already the id')) return { target: target('id'), text: `Another item already has the id “${item.id}”: each item needs its own (the game keeps progress by it).`, fixes };
      return { target: target('id'), text: 'The item id must be 1 to 64 lowercase letters, digits and hyphens.', fixes };
    }
    default:
      return { target: target(), text: `${field ? `${field}: ` : ''}${message}.`, fixes: [] };
  }
}

function closestLine(issue: PackIssue): string {
  return issue.closest ? ` The closest passage there is “${issue.closest}”.` : '';
}

const SOURCE_FIELD: Record<string, string> = {
  title: 'a title',
  outlet: 'an outlet (the newspaper, site or publisher)',
  published: 'the date it was published, written YYYY, YYYY-MM or YYYY-MM-DD',
  genre: 'a genre',
  author: 'an author',
  url: 'a web address',
  text: 'a text',
  id: 'an id',
};

function explainSource(name: string, field: string | undefined, message: string): string {
  if (field === undefined) {
    if (message.includes('not used by any')) return `No item uses ${name} yet: take a quote or a passage from it, or remove it.`;
    return `${name}: ${message}.`;
  }
  if (missing(message)) return `${name} needs ${SOURCE_FIELD[field] ?? field}.`;
  if (field === 'published') {
    return message.includes('calendar') ? `${name}: the date it was published is not a date on the calendar.` : `${name}: write the date it was published as YYYY, YYYY-MM or YYYY-MM-DD (2013, 2013-03 or 2013-03-25).`;
  }
  if (field === 'url') return `${name}: the web address must be a full address starting with http:// or https://, or left empty.`;
  if (field === 'text' && message.includes('bytes')) return `${name} is too long: a source text may be at most 1 MB. Keep only the article.`;
  if (tooLong(message)) return `${name}: the ${field} is ${count(message)} characters; at most 300 fit.`;
  return `${name}: the ${field} ${message}.`;
}

function explainPack(doc: StudioDoc, path: string, message: string): { target: Target; text: string; fixes: Fix[] } {
  const target = (field?: string): Target => ({ kind: 'pack', ...(field ? { field } : {}) });
  switch (path) {
    case 'title':
      return { target: target('title'), text: tooLong(message) ? `The pack’s title is ${count(message)} characters; at most 120 fit.` : 'Give the pack a title: it is shown on the pack’s card.', fixes: [] };
    case 'id': {
      const value = uniqueId(doc.meta.title || 'my-pack', new Set());
      return { target: target('id'), text: 'The pack’s id (its file name) must be 1 to 64 lowercase letters, digits and hyphens.', fixes: [{ kind: 'set-pack-id', value, label: `Use “${value}”` }] };
    }
    case 'description':
      return { target: target('description'), text: `The description is ${count(message)} characters; at most 1000 fit.`, fixes: [] };
    case 'audience':
      return { target: target('audience'), text: `The audience is ${count(message)} characters; at most 120 fit.`, fixes: [] };
    case 'language':
      return { target: target('language'), text: 'The language must be a tag such as “en”, “es” or “pt-BR”.', fixes: [] };
    case 'updated':
      return { target: target('updated'), text: 'The date the verdicts hold “as of” must be a real date written YYYY-MM-DD.', fixes: [] };
    case 'sources':
      return { target: target('sources'), text: message.startsWith('needs') ? 'Add at least one source: paste an article or open a file.' : `Too many sources: at most 200.`, fixes: [] };
    case 'items': {
      if (message.startsWith('needs')) return { target: target('items'), text: 'Make at least one item: select words in a source and choose “Make this the quote”.', fixes: [] };
      const one = /every item has the verdict "([^"]+)"/.exec(message);
      if (one) return { target: target('items'), text: `Every item is ${VERDICT_WORDS[one[1] as Verdict] ?? one[1]}: players could score by always giving that answer. Mix the verdicts.`, fixes: [] };
      return { target: target('items'), text: message, fixes: [] };
    }
    default:
      if (path.startsWith('authors')) return { target: target('authors'), text: `An author’s name ${message}.`, fixes: [] };
      return { target: target(), text: `${path || 'The pack'}: ${message}.`, fixes: [] };
  }
}

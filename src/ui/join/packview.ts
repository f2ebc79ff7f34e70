/**
 * The shared reveal pieces (src/ui/parts.ts, src/ui/screens/reveal.ts) take a pack and an item;
 * a device holds only what the server sent it. These make the two from that, nothing invented:
 * a source whose text has not been asked for has an empty text.
 */
import type { PublicQuestion, RevealPayload, SourceReply } from '../../core/classroom/protocol';
import { withUnreviewedMark } from '../../core/pack/review';
import type { CompiledItem, CompiledPack, Source } from '../../core/pack/types';

export type PackView = Pick<CompiledPack, 'sources' | 'updated' | 'extensions'>;

const QUESTION_SOURCE = 'question';

export function questionView(q: PublicQuestion): { pack: PackView; item: Pick<CompiledItem, 'quote'> } {
  const source: Source = { id: QUESTION_SOURCE, title: '', outlet: q.outlet, published: q.published, genre: q.genre, text: '' };
  return {
    pack: { sources: [source], updated: '' },
    item: { quote: { source: QUESTION_SOURCE, text: q.text, speaker: q.speaker, span: { start: 0, end: 0 } } },
  };
}

export function revealView(r: RevealPayload, texts: ReadonlyMap<string, SourceReply>): { pack: PackView; item: CompiledItem } {
  const { unreviewed, ...item } = r.item;
  return {
    pack: { sources: r.sources.map((s) => ({ ...s, text: texts.get(s.id)?.source.text ?? '' })), updated: r.asOf },
    item: { ...item, ...(unreviewed ? { extensions: withUnreviewedMark(undefined, 'the pack') } : {}) },
  };
}

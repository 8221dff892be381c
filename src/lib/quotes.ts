/**
 * A person's quotes as a reader counts them. The ingest records every sentence a person says; a reader
 * calls a paragraph of a transcript answer one quote, not ten, and tells the speaker's own words
 * (direct) from the writer's account of them (reported). So sentences are grouped by paragraph, and a
 * paragraph that holds both kinds counts once for each.
 */
import type { Person, SiteData } from './site-data';

export type QuoteKind = 'direct' | 'reported';
type QuotedSentence = Person['quotes'][number];

/** Facts written before quotes carried their kind: words of four or more in quotation marks make it direct. */
export function quoteKindOf(q: Pick<QuotedSentence, 'sentence'> & { kind?: QuoteKind }): QuoteKind {
  return q.kind ?? (/[“"][^“”"]*(?:\s+\S+){3}[^“”"]*[”"]?/u.test(q.sentence) ? 'direct' : 'reported');
}

/** One quote: the sentences of one kind a person says in one paragraph, in order. */
export interface Passage {
  article: string;
  paragraph: string;
  date: string | null;
  kind: QuoteKind;
  sentences: string[];
}

const paragraphNumber = (id: string) => Number(id.replace(/^p-/, ''));

/** Oldest first (undated last), then by article and paragraph number; direct before reported in a paragraph. */
export function passagesOf(person: Pick<Person, 'quotes'>, data: Pick<SiteData, 'articleBySlug'>): Passage[] {
  const byKey = new Map<string, Passage>();
  for (const q of person.quotes) {
    if (!data.articleBySlug.has(q.article)) continue;
    const kind = quoteKindOf(q);
    const key = `${q.article}#${q.paragraph}#${kind}`;
    const passage = byKey.get(key) ?? { article: q.article, paragraph: q.paragraph, date: q.date, kind, sentences: [] };
    if (!passage.sentences.includes(q.sentence)) passage.sentences.push(q.sentence);
    byKey.set(key, passage);
  }
  const order = (p: Passage) => `${p.date ?? '9999-99-99'}|${p.article}|${String(paragraphNumber(p.paragraph)).padStart(6, '0')}|${p.kind}`;
  return [...byKey.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

/** "23 quotes (12 direct, 11 reported)" in numbers. */
export function quoteCounts(passages: Passage[]): { total: number; direct: number; reported: number } {
  const direct = passages.filter((p) => p.kind === 'direct').length;
  return { total: passages.length, direct, reported: passages.length - direct };
}

/**
 * A person's quotes as a reader counts them. The ingest records every sentence a person says; a reader
 * calls a paragraph of a transcript answer one quote, not ten, and tells the speaker's own words
 * (direct) from the writer's account of them (reported). So sentences are grouped by paragraph (a
 * passage), and a passage that holds both kinds counts once for each.
 */
import type { Person, SiteData } from './site-data';

export type QuoteKind = 'direct' | 'reported';
type QuotedSentence = Person['quotes'][number];

/** Facts written before quotes carried their kind: words of four or more in quotation marks make it direct. */
export function quoteKindOf(q: Pick<QuotedSentence, 'sentence'> & { kind?: QuoteKind }): QuoteKind {
  if (q.kind) return q.kind;
  const spans = [...q.sentence.matchAll(/[“"]([^“”"]*)(?:[”"]|$)/g)].map((m) => m[1].trim().split(/\s+/).filter(Boolean).length);
  return spans.some((words) => words >= 4) ? 'direct' : 'reported';
}

/** What one person says in one paragraph, in order; each sentence direct or reported. */
export interface Passage {
  article: string;
  paragraph: string;
  date: string | null;
  sentences: string[];
  kinds: QuoteKind[];
}

const paragraphNumber = (id: string) => Number(id.replace(/^p-/, ''));

/** Oldest first (undated last), then by article and paragraph number. */
export function passagesOf(person: Pick<Person, 'quotes'>, data: Pick<SiteData, 'articleBySlug'>): Passage[] {
  const byKey = new Map<string, Passage>();
  for (const q of person.quotes) {
    if (!data.articleBySlug.has(q.article)) continue;
    const key = `${q.article}#${q.paragraph}`;
    const passage = byKey.get(key) ?? { article: q.article, paragraph: q.paragraph, date: q.date, sentences: [], kinds: [] };
    if (!passage.sentences.includes(q.sentence)) {
      passage.sentences.push(q.sentence);
      passage.kinds.push(quoteKindOf(q));
    }
    byKey.set(key, passage);
  }
  const order = (p: Passage) => `${p.date ?? '9999-99-99'}|${p.article}|${String(paragraphNumber(p.paragraph)).padStart(6, '0')}`;
  return [...byKey.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

/** The passage's sentences of one kind, which make one quote (none when it has none). */
export function sentencesOf(passage: Passage, kind: QuoteKind): string[] {
  return passage.sentences.filter((_, i) => passage.kinds[i] === kind);
}

/**
 * Quotes as a reader counts them: a passage's direct sentences are one quote and its reported ones
 * another, so a transcript answer of ten sentences is one, and "“…,” Wang said. He added that …" two.
 */
export function quoteCounts(passages: Passage[]): { total: number; direct: number; reported: number } {
  const direct = passages.filter((p) => p.kinds.includes('direct')).length;
  const reported = passages.filter((p) => p.kinds.includes('reported')).length;
  return { total: direct + reported, direct, reported };
}

/**
 * Everyone, most reported first (the people a reader is most likely looking for), then most quoted,
 * then by name; with each one's quotes as a reader counts them. The order of the people index's pages.
 */
export function peopleInOrder(data: Pick<SiteData, 'people' | 'articleBySlug'>): { people: Person[]; quotes: Map<string, number> } {
  const quotes = new Map(data.people.map((p) => [p.slug, quoteCounts(passagesOf(p, data)).total]));
  const people = [...data.people].sort((a, b) => b.articles.length - a.articles.length || quotes.get(b.slug)! - quotes.get(a.slug)! || (a.name < b.name ? -1 : 1));
  return { people, quotes };
}

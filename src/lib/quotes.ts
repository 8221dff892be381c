/** A person's quotes as passages: sentences from the same paragraph are read together, in order. */
import type { Person, SiteData } from './site-data';

export interface Passage {
  article: string;
  paragraph: string;
  date: string | null;
  sentences: string[];
}

const paragraphNumber = (id: string) => Number(id.replace(/^p-/, ''));

/** Oldest first (undated last), then by article and paragraph number. */
export function passagesOf(person: Person, data: SiteData): Passage[] {
  const byKey = new Map<string, Passage>();
  for (const q of person.quotes) {
    if (!data.articleBySlug.has(q.article)) continue;
    const key = `${q.article}#${q.paragraph}`;
    const passage = byKey.get(key) ?? { article: q.article, paragraph: q.paragraph, date: q.date, sentences: [] };
    if (!passage.sentences.includes(q.sentence)) passage.sentences.push(q.sentence);
    byKey.set(key, passage);
  }
  const order = (p: Passage) => `${p.date ?? '9999-99-99'}|${p.article}|${String(paragraphNumber(p.paragraph)).padStart(6, '0')}`;
  return [...byKey.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

/**
 * The words of a passage a briefing shows as a speaker's sample quote. A transcript answer often opens
 * (and sometimes ends) with courtesy or procedure: "Thank you for your question.", "Good morning.",
 * "Next question, please." Those sentences say nothing about the subject, and as the one quote a
 * briefing prints for a person they waste the reader's line. So the sample runs from the first
 * sentence that carries content to the last one, and says where it left sentences out ("…"), so the
 * quote is never passed off as whole; its citation still points to the source paragraph.
 *
 * "Carries content" is measured, not listed: a sentence of at most SLIGHT words that are not
 * stopwords of the article's language (words found by Intl.Segmenter, so also Chinese and Japanese) is
 * slight. No phrase of any language is named, and a passage with no sentence of substance is shown as is.
 */
import { stopwordsForTag } from '../../../scripts/ingest/lib/page-text/language/language';
import { citedText } from '../text/cited-text';
import { clip } from '../text/text';

/** At most this many content words: a formula ("Thank you for your question" has two), not a statement. */
const SLIGHT = 3;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      s = new Intl.Segmenter('und', { granularity: 'word' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

/** Words of a sentence that are not stopwords of its language (`lang` a BCP-47 tag; unknown: every word counts). */
export function contentWordCount(sentence: string, lang?: string): number {
  const stop = lang ? stopwordsForTag(lang) : new Set<string>();
  let n = 0;
  for (const seg of segmenter(lang ?? 'und').segment(sentence)) {
    if (seg.isWordLike && !stop.has(seg.segment.toLowerCase())) n++;
  }
  return n;
}

export interface SampleQuote {
  /** The sentences shown, joined, the first one without its dateline or byline. */
  text: string;
  /** Sentences of the passage left out before and after them. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The run of `sentences` from the first that carries content to the last; all of them when none does. */
export function sampleQuote(sentences: readonly string[], lang?: string): SampleQuote {
  const full = sentences.map((s) => contentWordCount(s, lang) > SLIGHT);
  const first = full.indexOf(true);
  const last = full.lastIndexOf(true);
  const [from, to] = first < 0 ? [0, sentences.length - 1] : [first, last];
  const kept = sentences.slice(from, to + 1);
  if (kept.length > 0) kept[0] = citedText(kept[0]);
  return { text: kept.join(' '), cutBefore: from > 0, cutAfter: to < sentences.length - 1 };
}

/** The sample as printed: at most `max` characters, with "…" wherever words of the passage are left out. */
export function sampleText(sample: SampleQuote, max: number): string {
  const clipped = sample.text.length > max;
  // A clip that ends on a whole sentence shows the cut as the other cuts are: "… challenge. …", not "challenge.…".
  const body = clipped ? clip(sample.text, max).replace(/([.!?。！？]["”’]?)…$/u, '$1 …') : sample.text;
  return (sample.cutBefore ? '… ' : '') + body + (sample.cutAfter && !clipped ? ' …' : '');
}

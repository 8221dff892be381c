/**
 * One reading of the page by Mozilla's Readability (stages/html.ts, and its second readings: the looser
 * one, the one without the page's small forms, the page a Next.js stream holds), with our hooks installed:
 * the tag names the page holds (readability-speed.ts), prose siblings joined (prose-siblings.ts), the labels
 * and sub-headings of boxes it flattens or drops (readability-labels.ts, readability-subheadings.ts), and
 * its attempts watched (readability-attempts.ts).
 */
import { Readability } from '@mozilla/readability';
import './readability-inner-text.ts';
import { knowTagNames } from './readability-speed.ts';
import type { blocksOf } from './html-blocks.ts';
import type { prunePage } from '../prune/html-prune.ts';
import { withPageSnapshot, type LastRestore } from '../prune/html-dom.ts';
import { keepLabelsOfFlattenedBoxes } from './readability-labels.ts';
import { keepSubheadingsOfUnlikelyBoxes } from './readability-subheadings.ts';
import { joinProseSiblings } from './prose-siblings.ts';
import { attemptsInOrder, firstAttemptAsLoose, looseFromAttempts, readLooselyAlready, watchLooseRules, type ReaderAttempts } from './readability-attempts.ts';

export type DomRoot = Parameters<typeof blocksOf>[0];

/**
 * The article comes back as its DOM node (not serialised to HTML and parsed again): only its text is
 * read. The page's scripts, JSON-LD included, are gone before Readability runs; lib/html/metadata/html-meta.ts
 * reads the JSON-LD the prune pass kept.
 */
const READABILITY_OPTIONS = { serializer: (n: Node) => n, keepClasses: true, disableJSONLD: true };

export type Extracted = { title?: string | null; content?: unknown; byline?: string | null; siteName?: string | null };
export type Prune = ReturnType<typeof prunePage>;
/** Readability's answer, and whether reading the page again with FLAG_CLEAN_CONDITIONALLY alone would give it again. */
export type Reading = {
  article: Extracted | null;
  looseGivesTheSame: boolean;
  /** The looser reading's article content, taken from this reading's own attempts (looseFromAttempts). */
  looseContent?: () => unknown;
  /** Puts the page back as Readability would have left it (its last restore is deferred: LastRestore). */
  restorePage: () => void;
};

/** Readability on the page; `flags` (its FLAG_* bits) to start with fewer of its rules than all. */
export function extract(document: Prune['document'], rebuild: Prune['rebuild'], tagNames: ReadonlySet<string>, flags?: number): Reading {
  const reader = new Readability(document as unknown as Document, READABILITY_OPTIONS);
  knowTagNames(reader, tagNames);
  if (flags !== undefined) (reader as unknown as { _flags: number })._flags = flags;
  joinProseSiblings(reader);
  keepLabelsOfFlattenedBoxes(reader);
  keepSubheadingsOfUnlikelyBoxes(reader);
  const looseRules = watchLooseRules(reader);
  // A page rebuilt for an attempt is the page Readability read first only when its parse's first
  // steps had nothing to do that the rebuild does not redo (_prepDocument): no <noscript> or <script>
  // to remove or unwrap images from. Only then do the shortcuts that count on it apply.
  const rebuiltAsRead = !tagNames.has('NOSCRIPT') && !tagNames.has('SCRIPT');
  const attempts = attemptsInOrder(reader as unknown as ReaderAttempts, looseRules, rebuiltAsRead);
  // Readability snapshots the page after its _prepDocument (<br><br> → <p>, <font> → <span>): a
  // page rebuilt from source goes through it again.
  const prepare = () => (reader as unknown as { _prepDocument(): void })._prepDocument();
  // The restore after an attempt made with no rule left is Readability's last (LastRestore).
  const last: LastRestore = { isLast: () => (reader as unknown as ReaderAttempts)._flags === 0 };
  const article = withPageSnapshot(document, rebuild, prepare, () => reader.parse(), last);
  const r = reader as unknown as ReaderAttempts;
  const restorePage = () => last.restore?.();
  if (readLooselyAlready(r) || firstAttemptAsLoose(r, looseRules)) return { article, looseGivesTheSame: true, restorePage };
  const loose = rebuiltAsRead ? looseFromAttempts(r, attempts, article?.content) : null;
  if (loose === 'same') return { article, looseGivesTheSame: true, restorePage };
  return { article, looseGivesTheSame: false, looseContent: loose ?? undefined, restorePage };
}

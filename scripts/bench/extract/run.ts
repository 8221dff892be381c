/**
 * Runs the extraction benchmark: every case through each path, scored per split. Used by the CLI
 * (`npm run bench:extract`) and by the floor test (tests/ingest/extract-bench.test.ts).
 */
import type { BenchCase, Split } from './cases.ts';
import { PATHS, type PathName } from './paths.ts';
import { aggregate, authorMatches, headlineMatches, leadFirst, leadFound, leadRecall, matchBodies, pageF1, type Counts, type Scores } from './score.ts';

export interface CaseResult {
  id: string;
  split: Split;
  lang: string;
  counts: Counts;
  f1: number;
  headlineTruth: string | null;
  headline: string | null;
  headlineRight: boolean | null;
  skipped?: string;
  ms: number;
  /** Metadata set only (undefined elsewhere): the publication day, truth and found, and the author. */
  publishedTruth?: string | null;
  published?: string | null;
  authorTruth?: string | null;
  author?: string | null;
  /**
   * Check set only: the body holds the truth's first words (leadFound), begins with them (leadFirst),
   * and the share of their shingles it holds (leadRecall).
   */
  leadFound?: boolean;
  leadFirst?: boolean;
  leadRecall?: number | null;
}

/**
 * How well a path dates pages, on cases whose truth has a publication day field:
 * `accuracy` = right days / pages the set dates; `precision` = right / days given on those pages;
 * `givenUndated` = pages the set leaves undated that got a day anyway (a date the annotators missed,
 * or one the ingest invented: look before counting it either way).
 */
export interface DateSummary {
  dated: number;
  right: number;
  wrong: number;
  accuracy: number;
  precision: number;
  undated: number;
  givenUndated: number;
}

export interface SplitSummary extends Scores {
  pages: number;
  headlineAccuracy: number | null;
  headlinePages: number;
  pagesPerSecond: number;
  dates?: DateSummary;
  /** Right authors / pages whose truth names one (metadata set only). */
  authorAccuracy?: number;
  authorPages?: number;
  /**
   * Check set only, whose truth has no whole body: pages whose body holds the truth's first words,
   * and pages whose body begins with them, of the pages with such words (leadPages).
   */
  leadFound?: number;
  leadFirst?: number;
  leadPages?: number;
  /** The mean of the pages' lead recall (leadRecall in score.ts). */
  leadRecall?: number;
}

export interface PathResult {
  path: PathName;
  label: string;
  splits: Partial<Record<Split | 'all', SplitSummary>>;
  cases: CaseResult[];
}

/**
 * The cases the floor test runs on each path: all of them for the text path (a few CPU seconds),
 * every third one for the HTML path (the whole set takes ~15 CPU seconds, too long for a unit test on
 * a busy machine). `--write-floor` measures the same sample, so the floor and the test agree.
 */
export function floorSample(path: PathName, cases: BenchCase[]): BenchCase[] {
  return path === 'html' ? cases.filter((_, i) => i % 3 === 0) : cases;
}

export function runPath(path: PathName, cases: BenchCase[]): PathResult | null {
  const def = PATHS[path];
  const usable = cases.filter((c) => def.available(c));
  if (usable.length === 0) return null;
  const results: CaseResult[] = usable.map((stored) => {
    // The case's files are read and unzipped before the clock starts: the ingest reads a seed's
    // bytes from disk, it never unzips them, so only what the ingest does is timed.
    const html = stored.html();
    const innerText = stored.innerText();
    const c: BenchCase = { ...stored, html: () => html, innerText: () => innerText };
    // CPU time, not wall time: pages per second on one core, whatever else the machine is doing.
    const start = process.cpuUsage();
    const out = def.run(c);
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    const counts = matchBodies(c.body, out.body);
    const result: CaseResult = {
      id: c.id,
      split: c.split,
      lang: c.lang,
      counts,
      f1: pageF1(counts),
      headlineTruth: c.headline,
      headline: out.headline,
      headlineRight: c.headline === null ? null : headlineMatches(c.headline, out.headline),
      ms,
    };
    if (out.skipped) result.skipped = out.skipped;
    if (c.published !== undefined) Object.assign(result, { publishedTruth: c.published, published: out.published ?? null });
    if (c.author !== undefined) Object.assign(result, { authorTruth: c.author, author: out.author ?? null });
    if (c.lead) Object.assign(result, { leadFound: leadFound(c.lead, out.body), leadFirst: leadFirst(c.lead, out.body), leadRecall: leadRecall(c.lead, out.body) });
    return result;
  });
  const splits: PathResult['splits'] = {};
  for (const split of ['dev', 'heldout', 'check', 'all'] as const) {
    const rs = split === 'all' ? results : results.filter((r) => r.split === split);
    if (rs.length === 0) continue;
    const judged = rs.filter((r) => r.headlineRight !== null);
    const seconds = rs.reduce((s, r) => s + r.ms, 0) / 1000;
    splits[split] = {
      ...aggregate(rs.map((r) => r.counts)),
      pages: rs.length,
      headlineAccuracy: judged.length ? judged.filter((r) => r.headlineRight).length / judged.length : null,
      headlinePages: judged.length,
      pagesPerSecond: seconds > 0 ? rs.length / seconds : 0,
      ...metadataScores(rs),
    };
  }
  return { path, label: def.label, splits, cases: results };
}

type MetadataScores = Pick<SplitSummary, 'dates' | 'authorAccuracy' | 'authorPages' | 'leadFound' | 'leadFirst' | 'leadPages' | 'leadRecall'>;

export function metadataScores(rs: CaseResult[]): MetadataScores {
  const out: MetadataScores = {};
  const withDate = rs.filter((r) => r.publishedTruth !== undefined);
  if (withDate.length) {
    const dated = withDate.filter((r) => r.publishedTruth !== null);
    const right = dated.filter((r) => r.published === r.publishedTruth).length;
    const wrong = dated.filter((r) => r.published != null && r.published !== r.publishedTruth).length;
    const undated = withDate.filter((r) => r.publishedTruth === null);
    out.dates = {
      dated: dated.length,
      right,
      wrong,
      accuracy: dated.length ? right / dated.length : 0,
      precision: right + wrong ? right / (right + wrong) : 0,
      undated: undated.length,
      givenUndated: undated.filter((r) => r.published != null).length,
    };
  }
  const withAuthor = rs.filter((r) => r.authorTruth != null);
  if (withAuthor.length) {
    out.authorPages = withAuthor.length;
    out.authorAccuracy = withAuthor.filter((r) => authorMatches(r.authorTruth!, r.author)).length / withAuthor.length;
  }
  const withLead = rs.filter((r) => r.leadFound !== undefined);
  if (withLead.length) {
    out.leadPages = withLead.length;
    out.leadFound = withLead.filter((r) => r.leadFound).length / withLead.length;
    out.leadFirst = withLead.filter((r) => r.leadFirst).length / withLead.length;
    const recalls = withLead.map((r) => r.leadRecall).filter((x): x is number => typeof x === 'number');
    if (recalls.length) out.leadRecall = recalls.reduce((a, b) => a + b, 0) / recalls.length;
  }
  return out;
}

/**
 * The extraction benchmark's cases (<cases dir>/<id>/, see dataDir below): the saved page
 * (`source.html.gz`), its innerText as Chromium renders it (`innertext.txt.gz`, see
 * render-innertext.ts)
 * and the truth (`case.json`). Data only; where each set comes from is in the folder's README.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What the project owns of the benchmark: the floor the test holds and the README on the sources. */
export const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/extract');
const PROJECT = join(import.meta.dirname, '../../..');

/**
 * The cases are other repositories' public data, so they are never committed here: they are read
 * from $EXTRACT_CASES_DIR, else from the shared folder beside the project (`../shared/extract-bench/cases`,
 * where CI finds shared data), else from a local copy made by import-fixtures.ts
 * (`bench/data/extract-cases`, git-ignored). The snippet set (snippet-cases.ts) is found the same way.
 */
export function dataDir(envVar: string, name: string): string {
  const candidates = [process.env[envVar], join(PROJECT, '../shared/extract-bench', name), join(PROJECT, 'bench/data', `extract-${name}`)].filter(
    (dir): dir is string => !!dir,
  );
  return candidates.find((dir) => existsSync(dir)) ?? candidates[candidates.length - 1];
}
export const CASES_DIR = dataDir('EXTRACT_CASES_DIR', 'cases');
/** The metadata set: more pages, scored for headline, publication date and author as well. */
export const META_CASES_DIR = dataDir('EXTRACT_META_DIR', 'meta');
/** The fundus set (import-fundus-cases.ts): news pages in many languages, scored as the metadata set. */
export const FUNDUS_CASES_DIR = dataDir('EXTRACT_FUNDUS_DIR', 'fundus');
/**
 * The check set (import-check-cases.ts): pages of another project's tests, never tuned on. All of it is
 * split `check`: a rule may never be fitted to it, so there is no dev half to look into.
 */
export const CHECK_CASES_DIR = dataDir('EXTRACT_CHECK_DIR', 'check');
/**
 * The utomo set (import-utomo-cases.ts): news pages of some 250 sites, 2005–2017, whose headline and
 * body people copied out of each page. Split dev / held out like the body set; no day or author truth.
 */
export const UTOMO_CASES_DIR = dataDir('EXTRACT_UTOMO_DIR', 'utomo');
/**
 * The aed set (import-aed-cases.ts): news pages of 212 sites, 2023, each article cleaned by hand, with its
 * title, publication day and authors. Split dev / held out like the body set.
 */
export const AED_CASES_DIR = dataDir('EXTRACT_AED_DIR', 'aed');

/** The sets `npm run bench:extract -- --set NAME` scores, by name, and where each is read from. */
export const SET_DIRS: Record<string, string> = { body: CASES_DIR, meta: META_CASES_DIR, fundus: FUNDUS_CASES_DIR, check: CHECK_CASES_DIR, utomo: UTOMO_CASES_DIR, aed: AED_CASES_DIR };

/** `check`: a page of the check set, read as totals only like a held-out one, and with no dev half. */
export type Split = 'dev' | 'heldout' | 'check';

export interface CaseTruth {
  id: string;
  /** Which public set the page comes from (see the README beside the fixtures). */
  source: string;
  url: string | null;
  /** BCP 47 primary tag, as the set gives it or as the page's text shows. */
  lang: string;
  split: Split;
  /** The article's headline; null where the set gives none and the page's own fields disagree. */
  headline: string | null;
  /** Where the headline truth comes from: the set's annotation, or the page's agreeing fields. */
  headlineSource: 'annotated' | 'page-fields-agree' | null;
  /** The human-marked article body; empty in the check set, whose truth gives only its first words (`lead`). */
  body: string;
  /**
   * The check set's truth of the body: the article's first words as the set asserts them; null where
   * it asserts none. Absent elsewhere. Scored as found in the body, and as the body's start.
   */
  lead?: string | null;
  /**
   * The metadata set's truth (import-meta-cases.ts): the day the page says it was published
   * (YYYY-MM-DD, null where the set found none) and its author. Absent in the body set: not scored.
   */
  published?: string | null;
  author?: string | null;
}

export interface BenchCase extends CaseTruth {
  dir: string;
  html(): Uint8Array;
  innerText(): string | null;
}

/**
 * About 70 % dev and 30 % held out, by a hash of the id: stable whatever cases are added or removed,
 * and blind to the page's source, language or difficulty.
 */
export function splitOf(id: string): Split {
  const byte = createHash('sha256').update(id).digest()[0];
  return byte < 0.7 * 256 ? 'dev' : 'heldout';
}

export function loadCases(dir = CASES_DIR): BenchCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const caseDir = join(dir, name);
      const truth = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as CaseTruth;
      return {
        ...truth,
        dir: caseDir,
        html: () => gunzipSync(readFileSync(join(caseDir, 'source.html.gz'))),
        innerText: () => {
          const path = join(caseDir, 'innertext.txt.gz');
          return existsSync(path) ? gunzipSync(readFileSync(path)).toString('utf8') : null;
        },
      };
    });
}

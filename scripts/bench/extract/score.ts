/**
 * Scores an extracted article body against the human-marked one the way the public article-extraction
 * benchmarks do (scrapinghub/article-extraction-benchmark's evaluate.py, which WCXB and others reuse):
 *
 * - tokens are runs of word characters (Python's `\w` with re.UNICODE: letters, numbers and `_`;
 *   case kept; punctuation and combining marks split tokens), so whitespace and markup never count;
 * - shingles are the overlapping 4-token runs (a text of fewer than 4 tokens is one shingle);
 * - per page, the multiset overlap gives TP / FP / FN, normalized to sum to 1 so a long page weighs
 *   no more than a short one;
 * - over pages, precision and recall are the means of the per-page values (pages with nothing
 *   predicted are left out of precision, pages with nothing true out of recall) and F1 is their
 *   harmonic mean: F1 of the means, not the mean of per-page F1s.
 *
 * The headline is right when it equals the true one after Unicode (NFKC) and case folding, with
 * quotes, dashes and whitespace made uniform.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string, n = SHINGLE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    // U+0001 cannot occur inside a token, so joined shingles never collide.
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page: multiset overlap of shingles, normalized to sum to 1 (all zero when both are empty). */
export function matchBodies(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function precisionOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Over pages: mean precision, mean recall, and F1 of those means. */
export function aggregate(pages: Counts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Per-page F1, to rank the worst cases (not part of the benchmark's aggregate). */
export function pageF1(c: Counts): number {
  const p = c.tp + c.fp > 0 ? precisionOf(c) : 0;
  const r = c.tp + c.fn > 0 ? recallOf(c) : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * The check set's body truth, the article's first words (a lead), against a body: the lead's tokens
 * (as the shingles read them) found as one run in the body's, joined without spaces, so that words the
 * set's text runs together ("…version ofThe") still match. `leadFirst`: the body begins with them,
 * nothing (a kicker, a caption, a menu) before.
 */
const runOfTokens = (text: string) => tokenize(text).join('');

export function leadFound(lead: string, body: string): boolean {
  const needle = runOfTokens(lead);
  return needle.length > 0 && runOfTokens(body).includes(needle);
}

export function leadFirst(lead: string, body: string): boolean {
  const needle = runOfTokens(lead);
  return needle.length > 0 && runOfTokens(body).startsWith(needle);
}

/**
 * The share of the lead's shingles the body holds (as matchBodies counts them): how much of the
 * article's opening is kept when not all of it is, a caption or credit the truth starts with and the
 * body leaves out costing only its own shingles. Null for a lead with no token.
 */
export function leadRecall(lead: string, body: string): number | null {
  const want = shingles(lead);
  if (want.size === 0) return null;
  const have = shingles(body);
  let total = 0;
  let found = 0;
  for (const [key, n] of want) {
    total += n;
    found += Math.min(n, have.get(key) ?? 0);
  }
  return found / total;
}

export function normalizeHeadline(s: string): string {
  return s
    .normalize('NFKC')
    // Invisible marks (a soft hyphen, a zero-width space or joiner, a byte-order mark): no reader sees them.
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function headlineMatches(truth: string, predicted: string | null | undefined): boolean {
  return predicted != null && normalizeHeadline(truth) === normalizeHeadline(predicted);
}

/**
 * A job title after a person's name and a comma ("Staff Writer", "Shipping Expert", "CEO of Harbor
 * Labs"): the scorer's own short list of role nouns, so that it does not grade the ingest by the
 * ingest's own idea of a role. Lower case: the text is normalised first.
 */
const ROLE_AFTER_NAME =
  /^(?:(?:ceo|cto|cfo|coo|founder|co-founder|president|director|head|editor|partner)(?:\s+(?:of|at)\s.*)?|(?:\S+\s+){0,3}(?:writer|editor|reporter|correspondent|columnist|contributor|journalist|expert|analyst|dietitian|nutritionist|consultant|manager|producer|photographer|author|specialist))$/;

/** A credential's word ("MS", "RDN", "M.D.", "Ph.D.", "E-RYT", "FACLM"): two capitals or more, no two lower-case letters in a row. */
const CREDENTIAL_WORD = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})(?:[\p{Lu}\d.®-]|\p{Ll}(?!\p{Ll}))+$/u;

/** A credential after the name ("MS", "M.D. FACLM", "E-RYT 200"): credential words, and numbers beside them; no person. */
function isCredentials(part: string): boolean {
  const words = part.trim().split(/\s+/);
  return words.some((w) => CREDENTIAL_WORD.test(w)) && words.every((w) => CREDENTIAL_WORD.test(w) || /^\d+$/.test(w));
}

/** A title before the name ("Dr.", "Prof."): the same person without it. */
const TITLE = /^(?:dr|prof|mr|mrs|ms)\.?\s+/;

/**
 * What sets a list's names apart: a comma, "and" or "&" in any case, and the other languages' "and" in
 * lower case ("und", "et", "y", "e", "en", "og", "och": "Anna E Berg" keeps her initial).
 */
const NAMES_BREAK = /\s*,\s*(?:(?:(?i:and)|&|und|et|y|e|en|og|och)\s+)?|\s+(?:(?i:and)|&|und|et|y|e|en|og|och)\s+/;

/**
 * The people an author field names, in order, as the scorer compares them: "A, B and C", "A, B, and
 * C", "A & B" and "A, B, C" are the same list. What a byline says about a person beside the name is
 * no person and is left out on both sides alike: the outlet or role after a bar ("A | Harbor
 * Gazette"), a role in parentheses, a credential or a job title after a comma ("A, MS, RD", "A, Staff
 * Writer"), a title before it ("Dr."). Words shaped as a name after a comma stay a person ("A, Harbor
 * Gazette" is two entries): the scorer cannot tell an outlet from a second author there, so it does not try.
 */
export function authorPeople(field: string): string[] {
  const text = field
    .replace(/\s+\|.*$/su, '')
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .trim()
    .replace(/^by\s+/i, '');
  // Credentials are told by their capitals, so before the case is folded.
  const parts = text.split(NAMES_BREAK).filter((p, k) => p.trim() && (k === 0 || !isCredentials(p)));
  return parts.map((p) => normalizeHeadline(p)).filter((p, k) => k === 0 || !ROLE_AFTER_NAME.test(p)).map((p) => p.replace(TITLE, ''));
}

/** Authors compare as the lists of people they name (authorPeople): case, spacing, a leading "By", the joining words aside. */
export function authorMatches(truth: string, predicted: string | null | undefined): boolean {
  if (predicted == null) return false;
  const a = authorPeople(truth);
  const b = authorPeople(predicted);
  return a.length > 0 && a.length === b.length && a.every((name, k) => name === b[k]);
}

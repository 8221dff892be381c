/**
 * Scores an extraction against marked passages the way trafilatura's evaluation does
 * (tests/eval_common.py `count_item`): whitespace made uniform, then a "with" passage found in the
 * output is a true positive (else a false negative), a "without" passage found is a false positive
 * (else a true negative). Precision, recall and F1 are taken over all passages of all pages.
 */
export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

export function countSnippets(truth: { with: string[]; without: string[] }, output: string): SnippetCounts {
  const out = norm(output);
  const tp = truth.with.filter((w) => out.includes(norm(w))).length;
  const fp = truth.without.filter((w) => out.includes(norm(w))).length;
  return { tp, fp, fn: truth.with.length - tp, tn: truth.without.length - fp };
}

export function snippetScores(all: SnippetCounts[]): SnippetCounts & { precision: number; recall: number; f1: number; accuracy: number } {
  const sum = all.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const precision = sum.tp + sum.fp ? sum.tp / (sum.tp + sum.fp) : 0;
  const recall = sum.tp + sum.fn ? sum.tp / (sum.tp + sum.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const total = sum.tp + sum.fp + sum.fn + sum.tn;
  return { ...sum, precision, recall, f1, accuracy: total ? (sum.tp + sum.tn) / total : 0 };
}

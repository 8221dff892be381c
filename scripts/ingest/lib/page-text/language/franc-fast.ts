/**
 * franc-min's answer (`franc(value, { minLength })`, no `only` or `ignore`), read from the same
 * models with an index from each trigram to the languages that have it.
 *
 * franc measures a text against every language of its script: for each of the text's trigrams, each
 * language's model is asked whether it holds it (300 when it does not, else how far its rank is from
 * the text's count). That is ~40 models × ~1,000 trigrams of property look-ups per call, and the
 * language stage's largest cost (franc was ~4 % of the HTML path end to end). Here every language
 * starts at 300 per trigram, and only the languages that hold a trigram are visited to correct it:
 * the same integer sums, so the same distances, and the same tie-breaking (the first language in the
 * models' order among the nearest; franc sorts its distances with a stable sort). The script is
 * chosen as franc chooses it, with franc's own expressions. tests/ingest/franc-fast.test.ts holds it
 * to franc on texts of every script and on random text.
 *
 * With `more`, a script's models are franc-min's followed by franc's models of the news languages
 * franc-min leaves out (franc-more-models.ts): the answer franc would give with only those languages.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { MORE_MODELS } from './franc-more-models.ts';

/** franc-min's constants (index.js). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  /** The script's languages, in the models' order. */
  languages: string[];
  /** Trigram → pairs of (language's position in `languages`, the trigram's weight in its model). */
  holders: Map<string, number[]>;
}

const models = new Map<string, ScriptModels>();

/**
 * The script's models as franc builds them (a trigram written twice in a model keeps its lower
 * weight: franc assigns weights from the last down), turned round: trigram → languages.
 */
function modelsOf(script: string, more: boolean): ScriptModels {
  const key = more ? `${script}+` : script;
  let built = models.get(key);
  if (built) return built;
  const byName = { ...(data as Record<string, Record<string, string>>)[script], ...(more ? MORE_MODELS[script] : undefined) };
  const languages = Object.keys(byName);
  const holders = new Map<string, number[]>();
  languages.forEach((name, position) => {
    const model = byName[name].split('|');
    const weights = new Map<string, number>();
    for (let weight = model.length - 1; weight >= 0; weight--) weights.set(model[weight], weight);
    for (const [trigram, weight] of weights) {
      const list = holders.get(trigram);
      if (list) list.push(position, weight);
      else holders.set(trigram, [position, weight]);
    }
  });
  built = { languages, holders };
  models.set(key, built);
  return built;
}

/** franc's choice of script: the expression with the most matches (the first on a tie), and its share. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script in expressions) {
    const matches = value.match((expressions as Record<string, RegExp>)[script]);
    const count = (matches ? matches.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** trigram-utils' clean: ASCII punctuation and digits as spaces, whitespace runs as one, trimmed, lower case. */
function cleaned(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Each trigram of the padded, cleaned text (n-gram's, by UTF-16 code unit) with its count. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ' ' + cleaned(value) + ' ';
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

export function francFast(value: string, minLength: number, more = false): string {
  if (!value || value.length < minLength) return 'und';
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !(script in data)) return !script || share === 0 ? 'und' : script;
  const { languages, holders } = modelsOf(script, more);
  const counts = trigramCounts(value);
  const distances = new Float64Array(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const held = holders.get(trigram);
    if (!held) continue;
    for (let i = 0; i < held.length; i += 2) {
      const difference = count - held[i + 1] - 1;
      distances[held[i]] += (difference < 0 ? -difference : difference) - MAX_DIFFERENCE;
    }
  }
  let best = 0;
  for (let i = 1; i < distances.length; i++) if (distances[i] < distances[best]) best = i;
  return languages[best];
}

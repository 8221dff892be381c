/**
 * What a figure measures, as a key that survives rewording. A figure's series (and so its page's
 * address) is named by this key, so it must not move when a source says the same thing in other
 * words: "engineers from 30 institutions", "engineers from more than 40 universities and
 * institutes" and "engineers from 35 research institutions" all count one thing.
 *
 * The key is the counted noun phrase reduced to its concept: descriptors and generic modifiers
 * dropped ("scientific", "research"), each head noun singular ("laboratories" → "laboratory"),
 * spelling and short forms made one ("labs", "organisations"), a pair of nouns of one kind named
 * by that kind ("universities and institutes" → "institution"), other pairs in a fixed order
 * ("regions and countries" → "country and region"). What the things belong to ("relations with …",
 * "users in …") stays part of the key, so the same noun counted for another thing is another measure.
 */
import pluralize from 'pluralize';
import { BoundedMemo } from '../bounded-memo.ts';

/** Words that say what kind of thing, not which thing ("sci-tech cooperation agreements"). */
export const DESCRIPTORS = new Set(['scientific', 'technological', 'sci-tech', 'science', 'technology', 'technical', 's&t', 'cooperation', 'co-operation', 'new', 'various', 'other', 'major', 'official']);

/**
 * Verbs of change that come before "to" ("the fleet rose to 40 vessels", "grew to 12 km") and have no
 * -ed or -ing to tell them by: what the number reached, never what the counted things belong to.
 */
export const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'grew', 'grow', 'grows', 'fell', 'fall', 'falls', 'sank', 'sink', 'sinks', 'shrank', 'shrink', 'shrinks',
  'climb', 'climbs', 'jump', 'jumps', 'drop', 'drops', 'soar', 'soars', 'leapt', 'leap', 'leaps', 'swell', 'swells', 'swollen',
  'came', 'come', 'comes', 'went', 'go', 'goes', 'hit', 'hits', 'amount', 'amounts', 'slid', 'slide', 'slides', 'dip', 'dips',
]);

/** Modifiers that add nothing to what is counted ("research institutions" are institutions). */
const GENERIC = new Set(['research', 'academic', 'relevant', 'related', 'different', 'additional', 'total', 'such']);

/** One spelling or form of a word (singular, lower case) for several: short forms, British spellings, near synonyms. */
const SAME_AS: Record<string, string> = {
  tech: 'technology', lab: 'laboratory', institute: 'institution', nation: 'country', tie: 'relation',
  centre: 'center', programme: 'program', organisation: 'organization', 'co-operation': 'cooperation',
};

/** Kinds that a pair of nouns is named by when both are of that kind ("universities and colleges"). */
const KIND_OF: Record<string, string> = {
  university: 'institution', college: 'institution', academy: 'institution', institution: 'institution',
  company: 'company', enterprise: 'company', firm: 'company',
};

/** The key of a measure: the counted words after the number, and the word they belong to, if any. */
export function measureKey(unitWords: string[], context: string | null): string {
  // Articles count the same things again and again: the key of a wording is remembered.
  const wording = JSON.stringify([unitWords, context]);
  const known = keys.get(wording);
  if (known !== undefined) return known;
  const concept = conceptOf(unitWords);
  return keys.remember(wording, context ? `${concept} | ${headNoun(context)}` : concept);
}
const keys = new BoundedMemo<string>();

/** The counted words without descriptors, as written: "inter-governmental sci-tech cooperation agreements" → "intergovernmental agreements". */
export function withoutDescriptors(words: string[]): string[] {
  const lower = words.map(normalWord);
  return lower.filter((w, i) => {
    if (DESCRIPTORS.has(w)) return false;
    // "scientific and technological": an "and" between descriptors goes with them.
    if (w === 'and') return !DESCRIPTORS.has(lower[i - 1] ?? '') && !DESCRIPTORS.has(lower[i + 1] ?? '');
    return true;
  });
}

function conceptOf(unitWords: string[]): string {
  const words = withoutDescriptors(unitWords.map((w) => sameAs(normalWord(w)))).filter((w) => !GENERIC.has(w) && !/\d/.test(w));
  // A phrase of descriptors only ("cooperation"): its own words are all there is to name it by.
  if (!words.some((w) => w !== 'and')) return unitWords.map((w) => headNoun(w)).join(' ');
  const pairs = splitOn(words, ['and', '&'])
    .filter((part) => part.length)
    .map((part) => [...part.slice(0, -1), headNoun(part[part.length - 1])]);
  if (pairs.length === 1) return pairs[0].join(' ');
  const kind = KIND_OF[pairs[0][pairs[0].length - 1]] as string | undefined;
  if (kind && pairs.every((part) => KIND_OF[part[part.length - 1]] === kind)) {
    const modifiers = [...new Set(pairs.flatMap((part) => part.slice(0, -1)))];
    return [...modifiers, kind].join(' ');
  }
  return pairs.map((part) => part.join(' ')).sort().join(' and ');
}

function splitOn(words: string[], separators: string[]): string[][] {
  const parts: string[][] = [[]];
  for (const w of words) separators.includes(w) ? parts.push([]) : parts[parts.length - 1].push(w);
  return parts;
}

/** "Organisations" → "organization": lower case, one spelling, singular. */
function headNoun(word: string): string {
  // pluralize tries its rules one pattern at a time (a third of the figures stage): the answer for a
  // word is remembered.
  const known = headNouns.get(word);
  if (known !== undefined) return known;
  // pluralize takes the "s" of a one-letter word ("368 S.", pages) for a plural ending and leaves
  // nothing: a measure keyed by nothing would share its address with every other such letter.
  const normal = normalWord(word);
  return headNouns.remember(word, sameAs(pluralize.singular(normal) || normal));
}
const headNouns = new BoundedMemo<string>();

function normalWord(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/^inter-/, 'inter').replace(/isations?$/, (end) => end.replace('s', 'z'));
}

const sameAs = (word: string) => SAME_AS[word] ?? word;

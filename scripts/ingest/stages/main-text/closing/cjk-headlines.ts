/**
 * Other stories' headlines under a Chinese or Japanese article. A headline in these scripts is as
 * long in characters as a line of prose (thirty or forty), and it ends on no full stop; with no
 * stopwords to tell them apart, main-text weighs such a line as shorter prose, and a list of them
 * ("関連記事", the section's latest stories, a ranking) carries the run far under the article. The
 * article writes its paragraphs with full stops: when the run's last paragraph that closes on one is
 * followed, to the run's end, by lines of prose length none of which closes on a full stop, those
 * lines are a list of headlines and the article ends on that paragraph. A blog that pauses with
 * spaces instead of full stops has its unpunctuated lines throughout, not only under its last
 * sentence: what lies above the last full stop is never touched. Used by detectMainText after the run
 * is found.
 */
import type { ClassedBlock } from '../../main-text.ts';

/** Lines of prose length with no full stop under the last paragraph that make a list, not a closing caption or note. */
const HEADLINES = 2;
/** Paragraphs closing on a full stop that show the article writes them so. */
const PARAGRAPHS = 2;
/** How much more than the article above the lines under it may weigh and still be a list of its page's headlines. */
const LIST_WEIGHT = 2;
/**
 * Characters of a headline at most: a line this long with no full stop is a paragraph the page wrote
 * without one, and the run is left as it is.
 */
const HEADLINE_CHARACTERS = 60;
/** Why the lines under the article's last full stop are left out (the report's "after the article (…)"). */
export const HEADLINES_UNDER_THE_LAST_SENTENCE = 'lines with no full stop under its last paragraph: other stories\' headlines';
/** Full stops of Chinese and Japanese (and the Latin one), perhaps inside a closing quote or bracket. */
const CLOSES_ON_A_FULL_STOP = /[。｡．.]["'”’)\]」』）】》〉]*$/u;

/**
 * A paragraph that closes on a full stop, or holds two sentences or more. "！" and "？" alone end
 * headlines as often as sentences ("…初日は4位タイ発進！").
 */
function closesAParagraph(line: string, b: ClassedBlock): boolean {
  return (b.cls === 'good' || b.cls === 'near' || b.weight > 0) && (b.features.sentenceMarks >= 2 || CLOSES_ON_A_FULL_STOP.test(line.trim()));
}

/** The run's last line, or the last paragraph that closes on a full stop when only headlines follow it. */
export function headlinesUnderTheLastSentence(lines: string[], blocks: ClassedBlock[], start: number, end: number, cjk: boolean): number {
  if (!cjk) return end;
  let last = end;
  while (last >= start && !closesAParagraph(lines[last], blocks[last])) last--;
  if (last < start || last === end) return end;
  let headlines = 0;
  let listed = 0;
  for (let i = last + 1; i <= end; i++) {
    const b = blocks[i];
    if (b.weight <= 0) continue;
    if (b.features.words >= HEADLINE_CHARACTERS) return end;
    headlines++;
    listed += b.weight;
  }
  // The article above: its paragraphs that close on a full stop, and its weight. A blurb over a blog
  // post written without full stops is one such line, and the post under it outweighs it.
  let article = 0;
  let paragraphs = 0;
  for (let i = start; i <= last; i++) {
    if (blocks[i].weight > 0) article += blocks[i].weight;
    if (closesAParagraph(lines[i], blocks[i])) paragraphs++;
  }
  return headlines >= HEADLINES && paragraphs >= PARAGRAPHS && listed < article * LIST_WEIGHT ? last : end;
}

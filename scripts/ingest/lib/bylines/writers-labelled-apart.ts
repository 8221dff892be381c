/**
 * An article's writers each on a labelled byline of their own, one block right after the other: "By Anna
 * Berg May 2, 2024" / "By Li Wei May 2, 2024", or "By —" / "Anna Berg, Harbor Wire" / "By —" / "Li Wei,
 * Harbor Wire". The header's readers take one byline (the first, or the one nearest the article); the
 * writers are all of the blocks, in page order. Only blank lines may stand between two blocks: a list of
 * teasers sets each story's headline between their bylines.
 */
import { cleanAuthor, joinNames } from './author.ts';
import { LABEL_ALONE } from './byline-labels.ts';
import { readLabelledLine } from './labelled-line.ts';
import { nameShaped } from './name-shape.ts';

/** The most writers one page labels apart so (a team's byline is a list, not a run of blocks). */
const MAX_WRITERS = 6;

const LABELS = { english: true, otherLanguages: false, barePrepositionAlone: true };

/** The nearest line over `i` with any text, or -1. */
function filledAbove(lines: readonly string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && !lines[j].trim()) j--;
  return j;
}

/** The nearest line under `i` with any text, or lines.length. */
function filledBelow(lines: readonly string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && !lines[j].trim()) j++;
  return j;
}

/**
 * The labelled byline block whose name is on line `i`: its writer's name (cleaned, name-shaped) and the
 * block's first line (the label's, when it stands alone over the name); null when line `i` is none.
 */
function blockAt(lines: readonly string[], i: number): { name: string; start: number } | null {
  if (i < 0 || i >= lines.length) return null;
  const above = filledAbove(lines, i);
  const read = readLabelledLine(lines[i], above === -1 ? '' : lines[above], LABELS);
  if (!read) return null;
  const name = cleanAuthor(read.words.split(/(?:(?<!\s)\s+)?[|·•]\s*/)[0]);
  if (!name || !nameShaped(name) || !/\p{Ll}/u.test(name)) return null;
  return { name, start: read.underLabel ? above : i };
}

/**
 * The writers of the run of labelled byline blocks that holds line `at` (a byline the header read), in page
 * order and joined as a list ("Anna Berg and Li Wei"); null when the run holds one writer only, or line
 * `at` is no labelled byline.
 */
export function writersLabelledApart(lines: readonly string[], at: number): string | null {
  const first = blockAt(lines, at);
  if (!first) return null;
  const names = [first.name];
  // Over it: the block whose name is on the nearest filled line over this block's first line.
  for (let start = first.start; names.length < MAX_WRITERS; ) {
    const block = blockAt(lines, filledAbove(lines, start));
    if (!block || names.includes(block.name)) break;
    names.unshift(block.name);
    start = block.start;
  }
  // Under it: the next filled line is a block's name, or its label alone over the name.
  for (let end = at; names.length < MAX_WRITERS; ) {
    const next = filledBelow(lines, end);
    const nameAt = next < lines.length && LABEL_ALONE.test(lines[next]) ? filledBelow(lines, next) : next;
    const block = blockAt(lines, nameAt);
    if (!block || block.start !== next || names.includes(block.name)) break;
    names.push(block.name);
    end = nameAt;
  }
  return names.length > 1 ? joinNames(names) : null;
}

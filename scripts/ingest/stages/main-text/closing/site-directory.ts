/**
 * A site's directory of its own services at the foot of the page: each service's name on a line, and
 * under it a sentence or two that describe it, most of them naming it ("Harbor Kids is our weekly
 * paper for young readers."), many in a row, under a stretch of the page's menus. Each description
 * reads as prose, so a directory outweighed a short article above it and the run ended on it. Its
 * lines are furniture. A list article's items (a name over a paragraph) follow the article's own
 * prose, not a stretch of menus; an article's sections under its table of contents are listed in the
 * contents right above them, say more than a sentence or two each, or have more of the article under
 * them, where a directory closes the page's prose. Used by detectMainText before the
 * run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';

/** Names over descriptions in a row that make a directory, and how many of them the descriptions name. */
const ENTRIES = 5;
const NAMED = 3;
/** Words of a service's name at most (characters in Chinese or Japanese, which the word count counts). */
const NAME_WORDS = 8;
const CJK_NAME_CHARACTERS = 20;
/** A description is a sentence or two; an article's section under its heading says more. */
const DESCRIPTION_WORDS = 40;
const CJK_DESCRIPTION_CHARACTERS = 80;
/** Lines with no prose right above the directory: the page's menus between it and the article. */
const MENU_LINES = 10;
const SITE_DIRECTORY = 'a directory of the site\'s services (each a name over a line describing it)';

/** A name may end on "!" ("Go, Harbor!"); a sentence, a question or a cut title ends otherwise. */
const CLOSES_A_SENTENCE = /[.。?？…]["'”’)\]」』）]*$/u;

function isName(line: string, b: ClassedBlock, cjk: boolean): boolean {
  return b.cls === 'short' && !CLOSES_A_SENTENCE.test(line.trim()) && b.features.words >= 1 && b.features.words <= (cjk ? CJK_NAME_CHARACTERS : NAME_WORDS);
}

function isDescription(b: ClassedBlock, cjk: boolean): boolean {
  return (b.cls === 'good' || b.cls === 'near') && b.features.sentenceEnd && b.features.words <= (cjk ? CJK_DESCRIPTION_CHARACTERS : DESCRIPTION_WORDS);
}

/** Marks the lines of each directory found under a stretch of menus as furniture. */
export function directoriesOfTheSite(lines: string[], blocks: ClassedBlock[], cjk: boolean): void {
  // Lines with text only: innerText may part the entries with blank lines.
  const at = blocks.flatMap((_, i) => (lines[i].trim() ? [i] : []));
  // Words of prose from line a to line z; a directory closes the page's prose, an article's sections
  // under their contents have more of the article under them.
  const proseOf = (a: number, z: number) => {
    let words = 0;
    for (let i = a; i <= z; i++) if (blocks[i].cls === 'good' || blocks[i].cls === 'near') words += blocks[i].features.words;
    return words;
  };
  const proseUnder = (z: number) => proseOf(z + 1, blocks.length - 1);
  // The names listed in the lines right above (p - menus … p - 1): the article's table of contents
  // over its sections, each a heading and a paragraph.
  const listedAbove = (p: number, q: number, menus: number) => {
    const above = new Set(at.slice(p - menus, p).map((i) => lines[i].trim().toLowerCase()));
    let listed = 0;
    for (let k = p; k < q; k += 2) if (above.has(lines[at[k]].trim().toLowerCase())) listed++;
    return listed * 2 >= (q - p) / 2;
  };
  let menus = 0;
  for (let p = 0; p < at.length; p++) {
    const b = blocks[at[p]];
    if (menus >= MENU_LINES && isName(lines[at[p]], b, cjk)) {
      let q = p;
      let named = 0;
      while (q + 1 < at.length && isName(lines[at[q]], blocks[at[q]], cjk) && isDescription(blocks[at[q + 1]], cjk)) {
        if (lines[at[q + 1]].toLowerCase().includes(lines[at[q]].trim().toLowerCase())) named++;
        q += 2;
      }
      if ((q - p) / 2 >= ENTRIES && named >= NAMED && !listedAbove(p, q, menus) && proseUnder(at[q - 1]) < proseOf(at[p], at[q - 1])) {
        for (let k = p; k < q; k++) leaveOut(blocks[at[k]], SITE_DIRECTORY, runEndingWeight(blocks[at[k]], 2));
        p = q - 1;
        menus = 0;
        continue;
      }
    }
    menus = b.weight > 0 ? 0 : menus + 1;
  }
}

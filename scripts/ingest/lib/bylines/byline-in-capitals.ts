/**
 * A byline the text path reads in capitals ("BY LIZ STINSONLONG READ", "KAYLA JIMENEZ USA TODAY",
 * "BY JENNIFER HUSSEIN AND ANNIE BLACKMAN"). A style's capitals (CSS text-transform) hide where the name
 * ends: the writer's role or the outlet runs on after it in the same capitals, sometimes with no space
 * between (the row's elements lost their gap), and a second name after "AND" reads as an outlet or a
 * credential to whoever reads the byline next. Where the page writes the name elsewhere in mixed case (a
 * picture's credit, "Follow Liz Stinson", the writer's box), that spelling says where the name ends: the
 * byline takes it, and what ran on after it in capitals (the role, the outlet) is cut. A name after a
 * joining word that the page writes nowhere else is given as a name is written, each word capitalised.
 *
 * Only a byline with no lower-case letter is read (most have one and skip it); a tail of one word only
 * is never cut ("ANNA BERG SMITH" where the page writes "Anna Berg" may be one name), unless it is a role,
 * and a longer one only when it ran into the name, is a role, or is shown elsewhere on the page (the outlet).
 */
import { anyCasePattern } from '../any-case-pattern.ts';
import { literalPattern } from '../literal-pattern.ts';
import { isRole } from './author.ts';
import { BY_LABELS } from './byline-labels.ts';
import { lowerCaseWords, NEWSROOM_BYLINE, wordsOfNamesOnly } from './name-lines.ts';
import { NAME_JOINER, NAME_PARTICLE, NAME_PARTICLE_WORDS } from './name-shape.ts';

/** The longest byline read: a name or two with a role or an outlet. */
const MAX_BYLINE_CHARS = 120;
/** The words a label may take before the first name ("BY", "AS TOLD TO", "STORY AND PHOTOS BY"). */
const MAX_WORDS_BEFORE_NAME = 4;
/** A name as the page writes it elsewhere: two words at least (a first name alone is no boundary to trust), five at most. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 5;
/** The most places on the page a name's first word is looked at: a common word ("THE") is no name's. */
const MAX_SPELLINGS_READ = 200;

/** What joins two names in capitals: a comma, "AND", "&", the other languages' joining words in capitals ("UND", "ET"). */
const JOINER_IN_CAPITALS = new RegExp(`^(?:\\s*,\\s*(?:${NAME_JOINER.toUpperCase()}\\s+)?|\\s+${NAME_JOINER.toUpperCase()}\\s+|\\s*&\\s*)`, 'u');
/** A word of a byline in capitals. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]*/u;
/** A name's word in capitals, for a name the page writes nowhere else: letters, an apostrophe or a hyphen inside ("O'NEIL", "THOMSON-DEVEAUX"). */
const NAME_WORD_IN_CAPITALS = String.raw`\p{Lu}[\p{Lu}'’-]*\p{Lu}`;
const NAME_IN_CAPITALS = String.raw`${NAME_WORD_IN_CAPITALS}(?: ${NAME_WORD_IN_CAPITALS}){1,3}`;
/** The joining words between names in a list in capitals (", ", ", AND ", " AND ", "&"): one pattern for the list and its split. */
const LIST_JOINER = `, (?:${NAME_JOINER.toUpperCase()} )?| ${NAME_JOINER.toUpperCase()} | ?& ?`;
/** "LINDY SEGAL AND JAKE SMITH", "BY ANNA BERG, LI WEI & JO PARK": names in capitals only, two or more, a joining word between. */
const NAMES_LIST_IN_CAPITALS = new RegExp(
  `^((?:${anyCasePattern(BY_LABELS)}) )?(${NAME_IN_CAPITALS}(?:(?:${LIST_JOINER})${NAME_IN_CAPITALS})+)$`,
  'u',
);
/** A byline's label alone, in any case ("BY ", "WRITTEN BY ", "VON "): what may stand before the first name. */
const LABEL_BEFORE_NAME = new RegExp(`^(?:${anyCasePattern(BY_LABELS)}) $`, 'u');
/** The joining words of NAMES_LIST_IN_CAPITALS, kept by a split. */
const LIST_JOINER_IN_CAPITALS = new RegExp(`(${LIST_JOINER})`, 'u');
/** A word the page writes after a name's first word that may be the name's: capitalised, or a particle ("van", "de"). */
const NEXT_NAME_WORD = new RegExp(`^[ \\u00a0]+((?:${NAME_PARTICLE}|\\p{Lu}[\\p{L}'’.-]*))(?![\\p{L}\\p{N}])`, 'u');
const PARTICLE_WORD = new RegExp(`^(?:${NAME_PARTICLE_WORDS.join('|')})$`, 'iu');

export interface BylineInPageCase {
  /** The byline with its names as the page writes them, what ran on after them cut. */
  byline: string;
  /** The words in capitals cut after the names (a role, an outlet), or null when none was. */
  cut: string | null;
}

/**
 * The byline with its names in the page's own case, or null when it is not in capitals, or the page
 * does not tell where its names end. `pageText` is the whole page, where the names are looked for.
 */
export function bylineInCapitals(byline: string, pageText: string): BylineInPageCase | null {
  const text = byline.replace(/\s+/gu, ' ').trim();
  if (text.length > MAX_BYLINE_CHARS || /\p{Ll}/u.test(text) || !/\p{Lu}{2}/u.test(text)) return null;
  const starts = [...text.matchAll(/(?<![^ ])\p{Lu}/gu)].slice(0, MAX_WORDS_BEFORE_NAME + 1).map((m) => m.index);
  for (const at of starts) {
    // Before the first name, only a byline's label ("BY", "WRITTEN BY"): "ANNA BERG HARBOR GAZETTE" is no label before "Harbor Gazette".
    if (at > 0 && !LABEL_BEFORE_NAME.test(text.slice(0, at))) continue;
    const first = spellingAt(text.slice(at), pageText);
    if (first) return namesFrom(text.slice(0, at), first, text.slice(at + first.length), pageText);
  }
  return nameBeforeWideGap(text, pageText) ?? namesListTitleCased(text);
}

/** A run of two spaces or more, or a tab, inside a line: what innerText leaves between two elements of a row. */
const ELEMENTS_GAP = /[ \u00a0]{2,}|\t/u;
/** A name in capitals alone, its byline's label maybe before it ("BY ANNA BERG"). */
const LABELLED_NAME_IN_CAPITALS = new RegExp(`^((?:${anyCasePattern(BY_LABELS)}) )?(${NAME_IN_CAPITALS})$`, 'u');

/**
 * "ELIZABETH FLORES   USA TODAY": where the page writes the name nowhere else, the wide gap its line
 * shows after the name (the name and the outlet two elements of the row) says where the name ends; the
 * words after it are cut, when the name's words are none the page writes in lower case. `text` is the
 * byline with its spaces made one; the page's line keeps the gap.
 */
function nameBeforeWideGap(text: string, pageText: string): BylineInPageCase | null {
  const shown = new RegExp(`(?<![\\p{L}\\p{N}])${text.split(' ').map(literalPattern).join('[ \\t\\u00a0]+')}(?![\\p{L}\\p{N}])`, 'u').exec(pageText)?.[0];
  const gap = shown ? ELEMENTS_GAP.exec(shown) : null;
  if (!shown || !gap) return null;
  const name = LABELLED_NAME_IN_CAPITALS.exec(shown.slice(0, gap.index).replace(/\s+/gu, ' '));
  const tail = shown.slice(gap.index + gap[0].length).replace(/\s+/gu, ' ').trim();
  if (!name || !tail) return null;
  // A button's or a heading's words in capitals ("READ THE FULL STORY") are ones the page writes in lower case too.
  const cased = titleCased(name[2]);
  return wordsOfNamesOnly(cased, lowerCaseWords(pageText.split('\n'))) ? { byline: (name[1] ?? '') + cased, cut: tail } : null;
}

/** The byline from its first name on: each next name after a joining word read the same way, then the tail. */
function namesFrom(label: string, first: Spelling, after: string, pageText: string): BylineInPageCase | null {
  let names = first.spelling;
  let rest = after;
  let glued = first.glued;
  for (;;) {
    const joiner = glued ? null : JOINER_IN_CAPITALS.exec(rest);
    if (!joiner) break;
    const next = rest.slice(joiner[0].length);
    const spelled = spellingAt(next, pageText);
    // "AND ANNIE BLACKMAN" to the end: a name the page writes nowhere else, in a name's case.
    const alone = spelled ? null : new RegExp(`^${NAME_IN_CAPITALS}$`, 'u').test(next) ? next : null;
    if (!spelled && !alone) break;
    names += joiner[0].toLowerCase().replace(/\s+/gu, ' ');
    if (alone) return { byline: label + names + titleCased(alone), cut: null };
    names += spelled!.spelling;
    rest = next.slice(spelled!.length);
    glued = spelled!.glued;
  }
  const tail = rest.replace(/^[\s,]+/u, '').trim();
  if (!tail) return { byline: label + names, cut: null };
  // "ANNA BERG SMITH": one word after the name the page writes may be the name's own last; a role is not.
  // "SUN SENTINEL EDITORIAL BOARD": a newsroom's words after the outlet's name are the byline's own.
  const role = isRole(titleCased(tail));
  if (!role && (tail.split(' ').length < 2 || NEWSROOM_BYLINE.test(titleCased(tail)))) return null;
  // "MARY ANN SMITH JONES" where the page writes "Mary Ann" alone: words after the name with a space
  // between are cut only as what the page shows apart from the byline too (the outlet's name), or a role.
  if (!role && !glued && !writtenElsewhere(tail, pageText)) return null;
  return { byline: label + names, cut: tail };
}

/** Whether the page writes `words` (in any case) once more than the byline does: the byline's own line holds them once. */
function writtenElsewhere(words: string, pageText: string): boolean {
  const pattern = words
    .split(' ')
    .map((w) => anyCasePattern(literalPattern(w)))
    .join('\\s+');
  const shown = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
  return shown.test(pageText) && shown.test(pageText);
}

interface Spelling {
  /** The name as the page writes it elsewhere, in mixed case. */
  spelling: string;
  /** How many characters of the byline it stands for. */
  length: number;
  /** Whether the byline's next word ran into the name's last one ("STINSONLONG READ"). */
  glued: boolean;
}

/**
 * The longest name the page writes in mixed case whose capitals open `rest` (two to five words), or
 * null. The name's last word may run on into the byline's next one ("LIZ STINSONLONG READ"): the page's
 * spelling says where it ends.
 */
function spellingAt(rest: string, pageText: string): Spelling | null {
  const first = CAPITALS_WORD.exec(rest)?.[0];
  if (!first || first.length < 2) return null;
  const opening = new RegExp(`(?<![\\p{L}\\p{N}])${anyCasePattern(literalPattern(first))}(?=[ \\u00a0])`, 'gu');
  let best: Spelling | null = null;
  let read = 0;
  for (const m of pageText.matchAll(opening)) {
    if (++read > MAX_SPELLINGS_READ) break;
    // A name's first word opens in capitals and is not in capitals throughout on the page's other lines ("Liz", "McDonald").
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const words = [m[0]];
    let end = m.index + m[0].length;
    while (words.length < MAX_NAME_WORDS) {
      const next = NEXT_NAME_WORD.exec(pageText.slice(end, end + 60));
      if (!next) break;
      words.push(next[1]);
      end += next[0].length;
    }
    for (let k = words.length; k >= MIN_NAME_WORDS; k--) {
      const spelling = words.slice(0, k).join(' ');
      const capitals = spelling.toUpperCase();
      if (!/\p{Ll}/u.test(spelling) || !rest.startsWith(capitals) || (best && best.length >= capitals.length)) continue;
      const after = rest.charAt(capitals.length);
      // The name's last word must end where the page's does, or run into a next word of the byline ("STINSONLONG").
      const glued = /\p{L}/u.test(after);
      if (glued && !/\p{Lu}{2}/u.test(rest.slice(capitals.length, capitals.length + 2))) continue;
      best = { spelling, length: capitals.length, glued };
      break;
    }
  }
  return best;
}

/** "BY LINDY SEGAL AND JAKE SMITH" the page writes nowhere else: the list in a name's case, each word capitalised. */
function namesListTitleCased(text: string): BylineInPageCase | null {
  const list = NAMES_LIST_IN_CAPITALS.exec(text);
  if (!list) return null;
  // The joining words split the list first: "AND" is a word in capitals too.
  const parts = list[2].split(LIST_JOINER_IN_CAPITALS);
  return { byline: (list[1] ?? '') + parts.map((part, k) => (k % 2 ? part.toLowerCase() : titleCased(part))).join(''), cut: null };
}

/** "O'NEIL" → "O'Neil", "THOMSON-DEVEAUX" → "Thomson-Deveaux", "VAN" after the first word → "van". */
function titleCased(name: string): string {
  return name
    .split(' ')
    .map((word, k) => (k > 0 && PARTICLE_WORD.test(word) ? word.toLowerCase() : word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase())))
    .join(' ');
}

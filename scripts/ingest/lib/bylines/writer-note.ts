/**
 * The writer named by the note a newsroom sets at the article's foot, where no byline stands over it:
 * a sentence that says the person is the paper's writer ("Anna Berg is a senior reporter for the
 * Harbor Gazette.", "Anna Berg ist freie Journalistin in Wien.", "Anna Berg est journaliste au
 * service Sciences.", "Anna Berg es periodista y …") or how to reach them ("Contact Anna Berg at
 * aberg@example.com.", "Contact reporter Anna Berg at …", "Anna Berg can be reached at …"). Two
 * writers' notes on one line or on two lines name both ("Anna Berg can be reached at …. Li Wei can be
 * reached at …."). The note's verb and the newsroom's role noun say the name is a person who writes
 * for the page; a firm's or a product's sentence ("Harborly is a platform for …") names no such role.
 * The text path's header (stages/segment.ts) asks for it last, when nothing else names the writer.
 */
import { bareName } from './name-lines.ts';
import { NAME_PARTICLE } from './name-shape.ts';

/** A name's words: two to four capitalised words, a particle between ("Jan van Dijk"), each bounded. */
const NAME = String.raw`(\p{Lu}[\p{L}'’.-]{0,30}(?: (?:\p{Lu}[\p{L}'’.-]{0,30}|${NAME_PARTICLE})){1,3})`;

/** Up to three words in lower case before the role noun: "senior", "freelance travel", "freie". */
const ROLE_ADJECTIVES = String.raw`(?:[\p{Ll}-]{1,24},? ){0,3}`;

/**
 * "is a … writer", "ist … Journalistin", "est … journaliste", "es … periodista", "è … giornalista",
 * "é … jornalista": the verb, maybe an article, the role's adjectives and a newsroom's role noun.
 */
const IS_A_WRITER = [
  String.raw`is an? ${ROLE_ADJECTIVES}(?:writer|reporter|journalist|correspondent|columnist|editor|contributor)`,
  String.raw`ist (?:eine?r? )?${ROLE_ADJECTIVES}(?:Redakteur|Journalist|Korrespondent|Reporter|Autor|Kolumnist)(?:in)?`,
  String.raw`est (?:une? )?${ROLE_ADJECTIVES}(?:journaliste|rédact(?:eur|rice)|correspondant(?:e)?|reporter|chroniqueu(?:r|se))`,
  String.raw`es (?:una? )?${ROLE_ADJECTIVES}(?:periodista|redactor(?:a)?|corresponsal|columnista|reporter[oa])`,
  String.raw`è (?:una? )?${ROLE_ADJECTIVES}(?:giornalista|redatt(?:ore|rice)|corrispondente|inviat[oa])`,
  String.raw`é (?:uma? )?${ROLE_ADJECTIVES}(?:jornalista|repórter|correspondente|redator(?:a)?|colunista)`,
].join('|');

/** The name, then the note about them: a newsroom's role or how to reach them. Group 1 is the name. */
const NAME_THEN_NOTE = new RegExp(String.raw`(?:^|(?<=[.!?] ))${NAME} (?:${IS_A_WRITER}|can be reached (?:at|by|via)|may be reached (?:at|by|via))(?![\p{L}])`, 'gu');

/** "Contact Anna Berg at", "—Contact reporter Anna Berg at", "Reach Anna Berg at", "Email Anna Berg at". Group 1 is the name. */
const CONTACT_THEN_NAME = new RegExp(String.raw`^[—–-]?(?:Contact|Reach|Email|E-mail) (?:(?:staff |senior )?(?:reporter|writer|columnist|correspondent) )?${NAME} (?:at|via|by) `, 'u');

/**
 * The verbs and the contact words a note holds, spaces of any kind around them: a line without any is
 * not read with the patterns below (every line of a page with no byline is asked, so this is one test).
 */
const NOTE_CUE = /^\s*[—–-]?(?:Contact|Reach|Email|E-mail)\s|\s(?:is\san?|ist|est|es|è|é|reached)\s/u;

/** The longest line read: a note of a few sentences; a longer line is an article's paragraph. */
const MAX_NOTE_CHARS = 600;
/** More writers than a piece's byline names: a page of several writers' notes (a staff list), no byline. */
const MAX_WRITERS = 3;

/** The names the writers' notes on `lines[from…]` give, in page order, or null (the caller joins them: "Anna Berg and Li Wei"). */
export function writersOfNotes(lines: readonly string[], from: number): string[] | null {
  const names: string[] = [];
  for (let i = Math.max(0, from); i < lines.length; i++) {
    if (lines[i].length > 2 * MAX_NOTE_CHARS || !NOTE_CUE.test(lines[i])) continue;
    const line = lines[i].replace(/\s+/g, ' ').trim();
    if (line.length > MAX_NOTE_CHARS) continue;
    const found = [CONTACT_THEN_NAME.exec(line)?.[1], ...[...line.matchAll(NAME_THEN_NOTE)].map((m) => m[1])];
    for (const name of found) {
      // A name in mixed case as a byline writes it alone (bareName): not "The Harbor Gazette", not a heading's run of words.
      if (!name || !/\p{Ll}/u.test(name) || !bareName(name) || names.includes(name)) continue;
      names.push(name);
    }
  }
  return names.length && names.length <= MAX_WRITERS ? names : null;
}

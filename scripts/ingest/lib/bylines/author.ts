/**
 * An author's name as a reader would write it, from what a page's byline field or byline line holds:
 * "Written ByTobias FerrandolAI Writer", "By Dr. Farid Aslan - Mar 27", "Meg Harlow\n\tFormer
 * Management Consultant", "Posted by: Quiet Almanac". A byline element's text runs its parts together
 * (a label, the name, a role, a date, a share count), so the parts are found again, and only the
 * name is kept. Used by both paths: the HTML path's metadata fields and the text path's "By" line.
 * Nothing here decodes entities: a metadata field is decoded where it is read (lib/html/metadata/html-meta.ts),
 * article text never is.
 */
import { anyCasePattern } from '../any-case-pattern.ts';
import { MONTH_NAMES, MONTH_PATTERN } from '../dates/dates.ts';
import { AS_OF_LABEL, OPENS_ON_STAMP_LABEL, PUBLICATION_OR_UPDATE_WORDS, STAMP_LABEL } from '../dates/date-labels.ts';
import { NAME_JOINER_ANY_CASE as AND, NAME_PARTICLE, ORGANISATION_LAST_WORD, OUTLET_WORD } from './name-shape.ts';
import { CLEANER_BY_HEADS, CLEANER_COLON_LABELS, CLEANER_PIECE_KIND_LABEL, CLEANER_GLUED_LABEL, CLEANER_LABELS, LOWER_CASE_ONLY_BY, PHOTO_CREDIT_LABEL } from './byline-labels.ts';
import { creditOrPageLabel } from './credit-or-label.ts';
import { credentialsSetOff } from './credentials-run-on.ts';
import { withGluedNamesApart } from './glued-names.ts';
import { BoundedMemo, ownCopy } from '../bounded-memo.ts';
import { ACCOUNT_NETWORKS, EVERYDAY_WORD_NETWORKS, SHARE_NETWORKS } from '../social-networks.ts';

/** The networks a byline box links the writer's profile on, or a share row offers, whose names are no everyday word (lib/social-networks.ts). */
const NETWORKS = [...SHARE_NETWORKS, ...ACCOUNT_NETWORKS];

/**
 * A list's parts at its commas, the spaces on either side of each comma dropped ("Anna Berg, Li Wei",
 * "Anna Berg , MS"). The spaces before a comma are matched from their run's start only, so a long run
 * of spaces is read once, not from each of its spaces (the regex audit).
 */
const COMMA_BREAK = /(?:(?<!\s)\s+)?,\s*/;
export function commaParts(text: string): string[] {
  return text.split(COMMA_BREAK);
}

/** Words that introduce a name: "By", "Written by:", "Kommentar von", Italian "di" (in lower case: "Di Maio" is a name), "This post was written by", "Authors:", "Read more about", "Text:" (lib/bylines/byline-labels.ts holds them). */
const LABEL = new RegExp(`^(?:(?:(?:this (?:post|article|story|piece) )?(?:was )?(?:originally )?(?:${CLEANER_BY_HEADS})\\s+by|${CLEANER_PIECE_KIND_LABEL}|${CLEANER_LABELS}|(?-i:${LOWER_CASE_ONLY_BY})(?=\\s+\\p{Lu}))(?![\\p{L}\\p{N}])\\s*[:：-]?\\s*|(?:${CLEANER_COLON_LABELS})\\s*[:：]\\s*)`, 'iu');

/**
 * A date or a month run into the name: "Noah LinDecember 17", "Thorne-June 12", "Aslan - Mar 27", and
 * a month in capitals as a stamp's element sets it, its text run onto the name's element's ("Noah
 * LinDECEMBER 17, 2022"): a name's last word never ends in a month's name in capitals.
 */
const GLUED_MONTH = new RegExp(`(?<=\\p{Ll})(?=(?:${MONTH_PATTERN}|${MONTH_NAMES.toUpperCase()})\\s*\\d)`, 'gu');
const MONTH_DATE = new RegExp(`(?<![\\s,·•|–—-])[\\s,·•|–—-]*\\b${MONTH_PATTERN}\\s*\\d.*$`, 'u');
/** A weekday's name in English, whole or cut short ("Tuesday", "Tue."). */
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?';
const DAY_OR_MONTH_ONLY = new RegExp(`^(?:${MONTH_PATTERN}|${WEEKDAY})$`, 'u');
/** The news agencies a writer's piece draws on, after the name: "mit AP", "with agencies", "con agencias", "avec AFP". */
const AGENCIES_AFTER_NAME = new RegExp(
  String.raw`(?<!\s)\s+(?:with|mit|avec|con|com|met)\s+(?:\p{Lu}{2,6}(?![\p{L}\p{N}])|(?:${anyCasePattern('agenc(?:y|ies|ias|es)|agenturen|agências|agencias')})(?!\p{L})).{0,40}$`,
  'u',
);

/**
 * "Anna Berg / AFP", "Anna Berg/dpa", "Anna Berg / TNN": the agency or the newsroom's short name after a
 * slash, after a name's capitalised last word ("ANNA BERG/HARBOR" may be a name in capitals and its outlet,
 * or one name; "sid/dpa" two agencies: left whole), a word of two to six letters, in capitals or in lower case, to the end.
 */
const AGENCY_AFTER_SLASH = /(?:(?<!\s)\s+)?\/\s*(?:\p{Lu}{2,6}|\p{Ll}{2,6})\s*$/u;
/** A name's capitalised last word, after another word: what AGENCY_AFTER_SLASH's short name is cut after. */
const CAPITALISED_LAST_WORD = /\s\p{Lu}\p{Ll}+$/u;

/** The name without the agency's short name after a slash (AGENCY_AFTER_SLASH); read only when the name holds a slash. */
function withoutAgencyAfterSlash(name: string): string {
  if (!name.includes('/')) return name;
  const agency = AGENCY_AFTER_SLASH.exec(name);
  return agency && CAPITALISED_LAST_WORD.test(name.slice(0, agency.index)) ? name.slice(0, agency.index) : name;
}
/**
 * "Colin Marsh on", "MIRELA VOSS ON JANUARY", "Anna Berg on Tuesday": the word that led to the date, left
 * once the date is cut; "Anna Berg In" the one that led to the byline's categories on the next line
 * (after two words: "Sign In" is a button).
 */
const DANGLING_ON = new RegExp(`(?<!\\s)\\s+(?:on|at|in|published|updated|posted|(?<=\\p{L}\\s+\\p{L}+\\s+)In|(?:ON|AT)\\s+${MONTH_PATTERN.toUpperCase()}|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$`, 'u');
/** A stamp's label in any case ("Published", "LAST UPDATED"), as a pattern's source: the four patterns below read it. */
const ANY_CASE_STAMP_LABEL = anyCasePattern(PUBLICATION_OR_UPDATE_WORDS);
/**
 * A month's name and the day after it ("Oct 9", "September 19"), with no capturing group (MONTH_NAMES):
 * withStampLabelsApart reads the match's offset as the replacer's second argument.
 */
const MONTH_BEFORE_DAY = `(?:${MONTH_NAMES})\\s*\\d`;
/**
 * "TESSA MARLOWPUBLISHED: JAN 29", "Ben Tarr. Last Updated on", "SAIBAL DASGUPTA UPDATED Oct 9, 2019", "Anna Berg last updated 19 September
 * 2023", "Anna Berg aktualisiert am 3. März 2024", "Anna Berg / AFP / Updated: Oct 9, 2019": the stamp's label (lib/dates/date-labels.ts) run into
 * the name in capitals, or set off by a space, a full stop or a slash between spaces and followed by " on", a colon or the
 * date (its first digit, or its month and day) (in lower case the label is read whole: "last updated", not "updated" with "last"
 * left to the name); German "Stand:" (as of) with its colon ("Anna Berg Stand: 12.03.2024").
 */
const STAMP_LABEL_AFTER_NAME = new RegExp(
  `(?<=\\p{Lu}{2})(?=(?:${PUBLICATION_OR_UPDATE_WORDS.toUpperCase()})(?![\\p{L}\\p{N}_]))|(?<=\\p{L}{2})(?:\\.\\s+|\\s+|\\s+\\/\\s+)(?=(?:${ANY_CASE_STAMP_LABEL})(?:\\s*on|\\s*:|\\s+\\d|\\s+${MONTH_BEFORE_DAY})|(?:${anyCasePattern(AS_OF_LABEL)})\\s*:)`,
  'gu',
);
/**
 * A stamp's label read from the start of a word ("Last Updated: …"): where STAMP_LABEL_AFTER_NAME finds a
 * label after a word, that word may open the label itself ("Last", "Zuletzt", "First"); the line is then
 * not split there, or "Last" would be left as a name.
 */
const STAMP_LABEL_FROM_WORD = new RegExp(`^(?:${ANY_CASE_STAMP_LABEL})(?![\\p{L}\\p{N}_])`, 'u');
/** A stamp's label alone, with its " on" or its colon ("Published", "Last Updated:", "Veröffentlicht am"): what a date follows, no name. */
const STAMP_LABEL_ONLY = new RegExp(`^(?:${ANY_CASE_STAMP_LABEL})(?:\\s+[oO][nN])?\\s*:?$`, 'u');

/** German "Stand:" (as of) at a part's start, with its colon (lib/dates/date-labels.ts AS_OF_LABEL). */
const AS_OF_OPENING = new RegExp(`^(?:${anyCasePattern(AS_OF_LABEL)})\\s*:\\s*`, 'u');
/** What a stamp's label is followed by when the part is the stamp: its date (a figure, a month and its day, a weekday). */
const DATE_OPENING = new RegExp(`^(?:\\p{Nd}|${MONTH_BEFORE_DAY}|${WEEKDAY}(?!\\p{L}))`, 'u');

/**
 * "Posted on 3 March 2024", "Posted at 11:30", "Posted on", "Stand: 12.03.2024", "Datum: 12.03.2024",
 * "日付：2024年3月3日": a byline's part that is a stamp, its label (lib/dates/date-labels.ts STAMP_LABEL, with
 * its " on"/" at" and its colon) then its date or nothing. It names nobody: read as a name, "Posted" (a
 * byline's label too: "Posted Anna Berg") was cut and its "on" or "at" left, and "Stand" or "Datum" kept.
 * Alone, a label is a stamp's with its colon or when it dates a publication or a change ("Posted on"); "Date"
 * or "Time" alone may be a name's or an outlet's word. Anchored: tried once per part.
 */
function stampPart(part: string): boolean {
  const label = STAMP_LABEL.exec(part) ?? AS_OF_OPENING.exec(part);
  if (!label) return false;
  const rest = part.slice(label[0].length);
  return rest ? DATE_OPENING.test(rest) : /[:：]\s*$/.test(label[0]) || OPENS_ON_STAMP_LABEL.test(part);
}

/** The text with a break before each stamp label after a name, but not inside a label that opens on the word before ("Last Updated:"). */
function withStampLabelsApart(text: string): string {
  return text.replace(STAMP_LABEL_AFTER_NAME, (match: string, at: number) => {
    const wordStart = Math.max(text.lastIndexOf(' ', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    const label = STAMP_LABEL_FROM_WORD.exec(text.slice(wordStart, wordStart + 60));
    return label && wordStart + label[0].length > at + match.length ? match : '\n';
  });
}

/**
 * "Posted on March 3, 2024 at 11:30 pm by Anna Berg", "Published 3 March 2024 by Anna Berg": a stamp's
 * label (lib/dates/date-labels.ts) and its date, then "by" and the name: the byline is what follows
 * "by". A digit must stand before "by" (the date), so "Published by Anna Berg" is left to LABEL. The
 * date is a few dozen characters at most: anchored and bounded, the pattern is tried once per byline.
 */
const STAMP_BEFORE_BY = new RegExp(`^\\s*(?:${ANY_CASE_STAMP_LABEL})(?:\\s+[oO][nN])?\\s*:?\\s*[^\\n]{0,40}?\\d[^\\n]{0,40}?\\s[bB][yY]\\s+(?=\\p{Lu})`, 'u');

/**
 * A role or a second line run into the name: "Nadia OkaforTech Reporter", "Rex CheckHead
 * Winemaker". Split only where what follows reads as a role, so "BrightVault", "McAllister" stay whole.
 */
const GLUED_PART = /(?<=\p{Ll}{2})(?=\p{Lu})/gu;

/**
 * A social network's link run into the name ("Sarah LazareTwitter", "Sarah LazareX"): the icon's label, no part of it.
 * The glued word is read from its capital on, so any case may stand here.
 */
const SOCIAL_NETWORK = new RegExp(`^(?:${NETWORKS.join('|')}|x)$`, 'iu');

/** What separates a byline's parts: line breaks, tabs, " | ", " • ", " · ", " ⋅ ", " - ", " @ ". */
const PART_BREAK = /(?<!\s)\s*(?:[\n\r\t\f\v]|\s[|•·⋅–—-]\s|\s@\s)\s*|(?<!\s)\s*[|•·⋅]\s*/u;

/** A job title or a line about the author, not a name. */
/** The newsroom's roles in English that name a byline's writer ("Tech Reporter", and "Writer" alone after a name). */
const NEWSROOM_ROLES = 'editor|writer|reporter|correspondent|columnist|contributor';
/** The same roles in the other languages bylines are read in ("Redakteurin", "Correspondant", "Inviato", "Periodista", "Enviado especial"). */
const OTHER_LANGUAGE_ROLES = 'redakteur(?:in)?|korrespondent(?:in)?|reporterin|journalistin|redaktor(?:ka)?|r[ée]dact(?:eur|rice)|journaliste|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|giornalista|redatt(?:ore|rice)|inviat[oa]|jornalista|rep[óo]rter|correspondente|verslaggever|enviad[oa]s?(?: especial(?:es)?)?|envoy[ée]e?s?(?: sp[ée]ciale?s?)?';

/**
 * The prepositions that place a newsroom's role ("Correspondent in Lisbon", "Corresponsal en Atenas",
 * "Korrespondentin in Peking", "Correspondante à Lisbonne", "Inviato a Roma", "Journalist i Paris") or
 * give its beat or outlet ("Reporter for Harbor News", "Redakteurin für Politik").
 */
const ROLE_PLACE_PREPOSITIONS = 'in|at|for|from|en|à|au|aux|pour|de|du|a|da|per|nel|nella|em|no|na|para|i|bei|aus|für|nach';
/** A newsroom's role, then where or for whom: one or two words after the preposition, the line's end. */
const PLACED_ROLE = String.raw`\b(?:${NEWSROOM_ROLES}|journalist|${OTHER_LANGUAGE_ROLES})s?\s(?:${ROLE_PLACE_PREPOSITIONS})\s\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*)?$`;

/**
 * The words that rank or qualify a newsroom's role and open it ("Senior Reporter", "Staff Writer",
 * "Contributing Editor"); never a name's last word, so one run into a surname in capitals is told apart there.
 */
const ROLE_RANKS = 'senior|junior|staff|chief|former|managing|executive|contributing|associate|assistant|deputy|freelance|guest|special';

/** A job title or a line about the author, not a name. */
const ROLE = new RegExp(
  String.raw`${PLACED_ROLE}|^(?:${ROLE_RANKS}|head|founder|co-?founder|lead|contributor|editor|writer|reporter|correspondent|columnist|director|manager|ceo|cto|cfo|president|professor|last updated|updated|published|posted|reviewed|fact[- ]checked|medically reviewed|see more|read more|follow)\b|\b(?:writer|editor|reporter|correspondent|columnist|contributor|manager|coordinator|director|officer|expert|reviewer|strategist|consultant|specialist|analyst|journalist|producer|winemaker|astrologer|gardener|intern|team lead|educator|instructor|teacher|researcher|scientist|engineer|designer|developer|administrator)s?$|\b(?:${OTHER_LANGUAGE_ROLES})$`,
  'iu',
);

/** The joining word alone, after it at the start of a part, between two names, at the end of a part; and a list's break (a comma too). */
const JOIN_WORD = new RegExp(`^${AND}$`, 'u');
const JOINED = new RegExp(`^,?\\s*(${AND})\\s+`, 'u');
const JOIN_BETWEEN = new RegExp(`(?<!\\s)\\s+${AND}\\s+`, 'u');
const JOIN_AT_END = new RegExp(`(?:,\\s*|\\s)${AND}$`, 'u');
const NAME_BREAK = new RegExp(`\\s*(?:,|(?<![\\p{L}\\p{N}])${AND}(?![\\p{L}\\p{N}]))\\s*`, 'u');
/** A credential, then the joining word and the next name ("PhD and Li Wei"). */
const CREDENTIAL_THEN_NAME = new RegExp(String.raw`^(\S+)\s+(${AND}\s+\p{Lu}.*)$`, 'u');

/** A part that only sets off the next: "&", "and", ", and". */
const JOINER = new RegExp(`^(?:,|,?\\s*${AND})$`, 'u');

/**
 * What a page's script writes into an empty field ("undefined", "null"), or a template's placeholder
 * the page's software left unfilled ("{{ article.author_name }}", "<%= author %>", "${author}"): no name.
 */
const NO_VALUE = /^(?:undefined|null|none|n\/a|unknown)$|^(?:\{\{|\{%|<%|\$\{)[^]*(?:\}\}|%\}|%>|\})$/i;

/**
 * A button or a link's label a byline box holds beside the name; a field's own label ("Name", "No Author");
 * a network it links the writer's profile on, named alone (lib/social-networks.ts: those no word of
 * everyday text names), never a name.
 */
const NOT_A_NAME = new RegExp(`^(?:read|share|follow|${NETWORKS.join('|')}|sign in|log in|sign up|subscribe|menu|more|guide|home|search|comments?|reply|e-?mail|print|save|(?:full |author )?bio|profile|name|(?:no )?author|view all posts|mins?\\.? read|table of contents|contents|share this(?: article| post| story| page)?|in this article|summary|key takeaways|listen|advertisement)$`, 'iu');

/**
 * A row of share buttons where the byline was ("Facebook Twitter Google+ Whatsapp", "Share Facebook X
 * Email"): two words or more, each a network's or a button's name. A name with one such word stays ("Twitter Fong").
 * Any network (lib/social-networks.ts), "X" and "Line" too, as every word of the row is a button; besides
 * them this reader's own buttons.
 */
const SHARE_BUTTON = new RegExp(`^(?:${[...NETWORKS, ...EVERYDAY_WORD_NETWORKS].join('|')}|share|google|e-?mail|print|copy link)$`, 'iu');
const isShareRow = (name: string): boolean => {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.every((w) => SHARE_BUTTON.test(w));
};

/** "Jacob Wade and Full Bio": the profile link's label joined to the name as if a second writer; the name alone. */
function withoutLabelJoined(name: string | undefined): string | undefined {
  if (!name) return name;
  const names = name.split(JOIN_BETWEEN);
  return names.length > 1 && NOT_A_NAME.test(names[names.length - 1]) ? name.slice(0, name.lastIndexOf(names[names.length - 1])).trim().replace(JOIN_AT_END, '').trim() : name;
}

/** A credential the author writes after the name ("MS", "RD", "Ph.D.", "CFP®"): part of how the byline names them. */
const CREDENTIAL = /^(?:[\p{Lu}.]{2,6}®?|Ph\.?\s?D\.?|Jr\.?|Sr\.?)$/u;

/**
 * After a comma, what continues a list of names is a full name ("Temi Ng"), not a credential ("MS"), a
 * role or the outlet ("Vantora"). A Korean or Chinese name has no capitals and no space: two to four
 * Hangul syllables ("이상현") or Han characters ("李四") are one (lib/bylines/reporter-sign-off.ts and
 * cjk-labelled-byline.ts list such names).
 */
const FULL_NAME = new RegExp(String.raw`^(?:${AND}\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*\s+)(?:(?:\p{Lu}[\p{L}'’.-]*|${NAME_PARTICLE})\s+){0,3}\p{Lu}[\p{L}'’.-]*|\p{Script=Hangul}{2,4}|\p{Script=Han}{2,4})$`, 'u');

/**
 * The last word of a newsroom's name or its people, no surname: "Bleacher Report", "Harbor News",
 * "Forbes India Staff", "Harbor Desk". Not "Team": a list may credit a team beside its writers
 * ("Anna Berg, Li Wei, and EDU Rankings Team", tests/ingest/author.test.ts).
 */
const NEWSROOM_LAST_WORD = /\s(?:News|Report|Staff|Desk|Newsroom|Wire)$/u;

/**
 * "Anna Berg, Financial Times", "Anna Berg and Li Wei, Bleacher Report", "Anna Berg, Forbes India
 * Staff": after the names and a comma, the outlet they write for, shaped as a full name (FULL_NAME)
 * but no person: a word of an outlet's name (OUTLET_WORD), a newsroom's or an organisation's last word.
 */
export const outletAfterComma = (name: string): boolean => OUTLET_WORD.test(name) || NEWSROOM_LAST_WORD.test(name) || ORGANISATION_LAST_WORD.test(name);

/**
 * "Anna Berg0, Li Wei & Jo Park": a footnote's digit run into a full name's last word, before the next
 * name (a link to the writer's note). Not at the end: a name alone ("Writer Number10") may be numbered. Only after two capitalised words, so a handle
 * ("kestrel42") keeps its digits.
 */
/** The longest byline a footnote digit is looked for in (FOOTNOTE_AFTER_NAME): a list of a dozen names with their roles. */
const MAX_FOOTNOTE_READ = 600;
const FOOTNOTE_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}\p{Ll}+)\d{1,2}(?=\s*[,;&])/gu;

/**
 * The byline without its one footnote digit. Only one: where several names carry a number before the
 * next ("Writer Number0, Writer Number1, Writer Number2", or a paper's affiliation marks,
 * namesWithAffiliationMarks), the numbers are part of what the names are, or marks read elsewhere.
 */
function withoutFootnoteDigit(text: string): string {
  // Its lookbehind reads back over the words before each digit: a byline is read, not a page.
  if (text.length > MAX_FOOTNOTE_READ) return text;
  return (text.match(FOOTNOTE_AFTER_NAME)?.length ?? 0) === 1 ? text.replace(FOOTNOTE_AFTER_NAME, '') : text;
}

/**
 * "Robbie DunlopContributions from Megan Garside published 23 December", "Anna Berg; additional reporting
 * by Li Wei", "Anna Berg, Mitarbeit: Li Wei", "Ana Gil, con la colaboración de Luis Paz", "Élise Roy, avec la collaboration de Léa Gros": the others who
 * helped, after the writer's name (run into it or not). The byline's writers are the ones before it; the
 * rest of the line is about the helpers. After a letter only (its comma or semicolon cut too, and a full
 * stop after a word, not an initial's: "Anna Berg Jr."): a line that opens with the label names the helpers alone.
 */
const HELPERS_AFTER_NAME = /(?<=\p{L})(?:[;,]|(?<=\p{Ll}{2})\.)?\s*(?:contributions? (?:from|by)|(?:with )?additional reporting (?:by|from)|reporting contributed by|mitarbeit(?: von)?:?|avec la collaboration de|con la colaboraci[oó]n de|con la collaborazione di|com colabora[cç][aã]o de)(?![\p{L}]).*$/isu;

/**
 * "Anna Berg + Li Wei": a plus sign between spaces, after a name's letter and before a capital, joins two
 * writers as "&" does; written as "&", the list reads as any other ("Google+" or "C++" have no spaces).
 */
const PLUS_BETWEEN_NAMES = /(?<=\p{L}\.?)\s+\+\s+(?=\p{Lu})/gu;

/** A writer's initials in brackets after the name, in lower case ("(ebe)", "(cog.)", "(dpa)"): a tag, no part of the name. */
const INITIALS_TAG = /(?<=\p{L})\s\(\p{Ll}{2,4}\.?\)/gu;

function partsOf(raw: string): string[] {
  let text = withoutFootnoteDigit(raw.replace(/\u00a0/g, ' ').replace(PLUS_BETWEEN_NAMES, ' & ').replace(STAMP_BEFORE_BY, '')).replace(HELPERS_AFTER_NAME, '').replace(CLEANER_GLUED_LABEL, '$1 ').replace(GLUED_MONTH, '\n');
  // Right to left, so each role is tested up to the next break only.
  const cuts = [...text.matchAll(GLUED_PART)].map((m) => m.index).reverse();
  for (const [k, at] of cuts.entries()) {
    const rest = text.slice(at).split(/[\n\r\t,]/)[0];
    // "Anna BergWriterPhotographerLi Wei": a credits row run together, each role run into the next
    // part; the role is read up to the next such cut too (cuts[k - 1], the one to its right).
    const gluedWord = k > 0 ? text.slice(at, cuts[k - 1]) : '';
    if (ROLE.test(rest) || ROLE.test(rest.split(/\s+/)[0]) || ROLE_ALONE.test(gluedWord) || SOCIAL_NETWORK.test(rest.trim())) text = `${text.slice(0, at)}\n${text.slice(at)}`;
  }
  // After the roles are split off ("MagennisLast updated on"), so a label run into the name is cut whole.
  text = withStampLabelsApart(text);
  // "Elena Berg (ebe), Li Wei (lwe.)": each writer's initials, the tag the newsroom files their pieces under.
  text = text.replace(INITIALS_TAG, '');
  // A comma is a part of its own: it may join names ("A, B and C") or set off a role or an outlet.
  // A credential before the next name ("Anna Berg, PhD and Li Wei") is a part of its own too.
  return text
    .split(PART_BREAK)
    // "Jasper RiemannBarbara Schneider": two names run together, set apart by a comma.
    .map(withGluedNamesApart)
    .flatMap((p) => p.split(/(?<!\s)\s*(,)\s*/))
    .flatMap((p) => {
      const m = CREDENTIAL_THEN_NAME.exec(p.trim());
      return m && CREDENTIAL.test(m[1]) ? [m[1], m[2]] : [p];
    })
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Is a word what /\S+@\S+\.\S+/ matches ("ann.lee@example.org"): a character before an "@", and a
 * full stop after it with a character on both sides? That pattern always takes a whole word, but it
 * is tried at every character of a word and scans the rest from each: a 200,000-letter word (a line
 * of base64 in a page) took a minute. Read here in one pass over the word.
 */
function emailShaped(word: string): boolean {
  const at = word.indexOf('@', 1);
  return at >= 1 && word.lastIndexOf('.', word.length - 2) >= at + 2;
}

/** A digit, as `\d` reads one (ASCII only, with or without /u): what a date's or a count's pattern needs. */
const HAS_DIGIT = /[0-9]/;

/**
 * A word that opens a name with a number run into its letters ("4x Labs", "7Seas"): a short number, up
 * to a space or the end ("4M+" is a count, "2025Anna" a year run into the name).
 */
const NUMBER_WORD_OPENING = /^\d{1,3}\p{L}+(?=\s|$)/u;
/**
 * A word of capitals with a short number run into it, up to a space or the end: a broadcaster's or a
 * channel's name ("BR24 Redaktion", "SWR3", "ABC7 News"), as a newsroom signs; a count is run into a
 * word in lower case ("Anna Berg3 comments").
 */
const CAPITALS_WITH_NUMBER_OPENING = /^\p{Lu}{2,}\d{1,3}(?=\s|$)/u;
/** An ordinal, a time or a unit run into a number ("3rd", "5min", "9am", "10k"): a date's or a count's word, no name's. */
const NUMBER_WITH_UNIT = /^\d+(?:st|nd|rd|th|mins?|hrs?|[hmsk]|am|pm)$/i;

/**
 * The name without a date, a time or a count run into it ("Anna Berg 12 Mar", "Anna Berg3 comments";
 * "Harbor9" stays). A name may open with a number run into its letters ("4x Labs"), or a word of
 * capitals with its number ("BR24 Redaktion"): that word is kept.
 */
function withoutDateOrCount(name: string): string {
  // Every pattern here needs a digit ([0-9]: \d in JavaScript, /u or not): a name without one is kept as
  // it is, unread (the words under a headline, paragraphs among them, are read here on most pages).
  if (!HAS_DIGIT.test(name)) return name;
  const opening = NUMBER_WORD_OPENING.exec(name)?.[0];
  const kept = opening && !NUMBER_WITH_UNIT.test(opening) ? opening : (CAPITALS_WITH_NUMBER_OPENING.exec(name)?.[0] ?? '');
  return kept + name.slice(kept.length).replace(/(?:(?:^|(?<![\s,·•|–—-])[\s,·•|–—-]+)\d|\d(?=[\d\s/.:-])).*$/u, '');
}

/**
 * "Anna Berg The Harbor Gazette", "Anna Berg and Li Wei The Associated Press": the outlet run after the
 * name, "The" and a capitalised word after two words at least. Read by words: a pattern that looked
 * back over the words before each "The" was quadratic on a long run of separators.
 */
function withoutOutletAfter(name: string): string {
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_AND_ROLE_WORDS) return name;
  for (let k = 2; k < words.length - 1; k++) {
    if (words[k] === 'The' && /^\p{Lu}/u.test(words[k + 1])) return words.slice(0, k).join(' ');
  }
  return withoutBrandAfter(words) ?? name;
}

/** A brand's word: capitals run into a word in lower case ("FOXBusiness", "CNNMoney"); "FAQs", "McAllister" are none. */
const BRAND_WORD = /^\p{Lu}{2,}\p{Ll}{3,}$/u;
/** A word written as a name's in mixed case ("Anna", "O'Neil", "Jean-Luc"). */
const MIXED_CASE_NAME_WORD = /^\p{Lu}[\p{Ll}'’][\p{L}'’.-]*$/u;

/**
 * "Anna Berg FOXBusiness", "Anna Berg Fox News": the outlet run after a name in mixed case with only a
 * space between, a brand's word (BRAND_WORD) or one word and "News"; the name kept, of two words at least,
 * each written as a name's. Null when the words end in no such outlet.
 */
function withoutBrandAfter(words: readonly string[]): string | null {
  const last = words[words.length - 1];
  const outletWords = BRAND_WORD.test(last) ? 1 : last === 'News' && /^\p{Lu}/u.test(words[words.length - 2] ?? '') ? 2 : 0;
  if (!outletWords) return null;
  const head = words.slice(0, words.length - outletWords);
  return head.length >= 2 && head.every((w) => MIXED_CASE_NAME_WORD.test(w)) ? head.join(' ') : null;
}

// The patterns that start with a run of separators or spaces start only where such a run starts
// (a lookbehind): tried from every character of a long run, each scanned the rest of it again (a
// byline with 40,000 spaces took 12 s). The leftmost match is the same, so the cut is.
function nameOfPart(part: string): string {
  let p = part;
  for (let previous = ''; previous !== p; ) {
    previous = p;
    p = p.replace(LABEL, '');
  }
  // Each cut below is asked only where what it cuts can be: an address and a handle need an "@", a
  // role in brackets a ")" at the end, a month's date a digit; a part without one is left as it was
  // (a paragraph under the headline is read as a byline on many pages: every word was tested).
  let dated = p;
  if (dated.includes('@')) {
    dated = dated
      .replace(/\S+/g, (word) => (emailShaped(word) ? '' : word)) // an e-mail address
      .replace(/@\S*/g, ''); // "@handle"
  }
  if (dated.endsWith(')')) dated = dated.replace(/(?<!\s)\s*\(([^()]*)\)$/u, (m, inner: string) => (ROLE.test(inner.trim()) ? '' : m)); // "(Content Manager)"
  if (HAS_DIGIT.test(dated)) dated = dated.replace(MONTH_DATE, '');
  const cut = withoutAgencyAfterSlash(withoutOutletAfter(withoutDateOrCount(dated)))
    .replace(/^["'“”‘’«»]+|(?<!["'“”‘’«»])["'“”‘’«»]+$/gu, '')
    .replace(/(?<!\s)\s+in\s+\p{Lu}.*$/u, '') // "Martin Cove in Growth": the section the byline files the article under
    .replace(/(?<!\s)\s+on behalf of\s.*$/iu, '') // "Anna Berg on behalf of the working group": the group she writes for
    // "ANNA BERG FOR HARBOR GAZETTE", "Anna Berg for Example.com": the outlet she writes for. Only in a
    // byline in capitals or before a web address: "Center for Drug Evaluation" is an office's name.
    .replace(/(?<!\s)\s+(?:FOR\s+\S.*|for\s+[\p{L}\p{N}-]+\.\p{L}{2,}(?:\.\p{L}{2,})?)$/u, '')
    .replace(AGENCIES_AFTER_NAME, '') // "Anna Berg mit AP", "Harbor News with agencies"
    .replace(/^[\s,;:|&–—-]+/u, '')
    .replace(/(?<![\s,;:|–—(●▪◦*-])[\s,;:|–—(●▪◦*-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A stamp's label alone ("Last updated", "Published on") is no name: the dangling-word cut below would leave "Last".
  return STAMP_LABEL_ONLY.test(cut) ? '' : cut.replace(DANGLING_ON, '');
}

/** The longest name (with its role or co-authors) a byline gives; a longer text is no name, bar a list of full names (lib/bylines/author-list.ts). */
export const MAX_NAME_CHARS = 120;

/**
 * The name a byline states, or null when it states none ("By", "Written by", "Jun 2", "Senior Autos
 * Reporter"). Several names the byline joins ("Neil DuvaRan\n and Lukas Brenninger") stay together.
 */
export function cleanAuthor(raw: string | null | undefined): string | null {
  if (!raw || raw.length > REMEMBERED_BYLINE_CHARS) return readAuthor(raw);
  // The text path's header readers ask this of the same lines again and again (bareName,
  // nameBeforeItsTail, nameInStampRow on a page's header lines, a site's header on every page): six
  // times per distinct text on generator seeds, at ~100 µs a call. The answer depends on the text only.
  const known = cleanedBylines.get(raw);
  if (known !== undefined) return known;
  // The name kept as a string of its own: a slice would keep the page's text alive (bounded-memo.ts ownCopy).
  const name = readAuthor(raw);
  return cleanedBylines.remember(raw, name === null ? null : ownCopy(name));
}

/** Answers of cleanAuthor by text (a pure rule: lib/bounded-memo.ts). */
const cleanedBylines = new BoundedMemo<string | null>();
/** The longest text whose answer is remembered: a byline is short; a longer text is read each time. */
const REMEMBERED_BYLINE_CHARS = 200;

/** cleanAuthor's reading without the memory, for the test that holds the one to the other (tests/ingest/text-speed-remembered-readers.test.ts). */
export const cleanAuthorReadForTests = (raw: string | null | undefined): string | null => readAuthor(raw);

/** cleanAuthor's reading, for a text not remembered. */
function readAuthor(given: string | null | undefined): string | null {
  if (!given || !given.trim() || NO_VALUE.test(given.trim())) return null;
  const raw = onceIfShownTwice(given);
  const names: string[] = [];
  // A job title given where no name is ("Staff Writer"): the byline's answer when it names nobody.
  let role: string | null = null;
  // How the next part joins the last name ("and", "&", ", and"), when the byline says so.
  let joiner: string | null = null;
  // Whether the last part was a job title: what a comma adds to it is more of it ("Travel Editor, SMT").
  let afterRole = false;
  let afterComma = false;
  const parts = partsOf(raw);
  for (const [k, part] of parts.entries()) {
    if (/^https?:\/\//i.test(part) || initialsOfNext(part, parts[k + 1])) continue;
    // "Text: Anna Berg, Foto: Jan Smit": the photographer is credited for the pictures, not the article.
    if (names.length && PHOTO_CREDIT_LABEL.test(part)) break;
    if (JOINER.test(part)) {
      afterComma = part === ',';
      if (names.length) joiner = joiner === ',' && JOIN_WORD.test(part) ? `, ${part}` : part.replace(/\s+/g, ' ');
      continue;
    }
    // "Anna Berg | Posted on 3 March 2024": after the name, the stamp ends the byline; before it, the name is still to come.
    if (stampPart(part)) {
      if (names.length) break;
      continue;
    }
    const joined = JOINED.exec(part);
    const name = withoutTrailingRole(withoutButtonTail(nameOfPart(joined ? part.slice(joined[0].length) : part)));
    // "Guide · by Will Tansey": a label after a word starts the byline again.
    if (!name && LABEL.test(part)) {
      names.length = 0;
      joiner = null;
      afterRole = false;
      continue;
    }
    const isRole = !!name && ROLE.test(name);
    // A stamp's label ("Published", "Last Updated") reads as a role's opening word, but names no one: never the byline's answer.
    if (isRole && !names.length && !STAMP_LABEL_ONLY.test(name)) role ??= name;
    const roleGoesOn = afterRole && afterComma && !names.length && !joined;
    afterRole = isRole;
    afterComma = false;
    if (roleGoesOn) continue;
    // After the name, a role, a date or a lower-case phrase ("on behalf of …") is about the author.
    if (!name || !/\p{L}/u.test(name) || DAY_OR_MONTH_ONLY.test(name) || DAY_OR_MONTH_ONLY.test(name[0] + name.slice(1).toLowerCase()) || NOT_A_NAME.test(name) || isShareRow(name) || STAMP_LABEL_ONLY.test(name) || isRole || (names.length > 0 && /^\p{Ll}/u.test(name))) {
      if (names.length) break;
      continue;
    }
    const join = joined ? (joiner === ',' && !joined[0].startsWith(',') ? `, ${joined[1]}` : joined[0].trim()) : joiner;
    // After a comma, full names continue the list and credentials the name; a role or an outlet ends it.
    if (names.length && join === ',' && CREDENTIAL.test(name)) {
      names[names.length - 1] += `, ${name}`;
      joiner = null;
      continue;
    }
    if (names.length && join?.startsWith(',') && (!name.split(JOIN_BETWEEN).every((n) => FULL_NAME.test(n)) || outletAfterComma(name))) break;
    // "John Roe PhD": the credentials after the name set off by a comma, as the byline's others are.
    const written = credentialsSetOff(name);
    if (names.length && join) {
      names[names.length - 1] += join.startsWith(',') ? `${join} ${written}` : ` ${join} ${written}`;
      joiner = null;
      continue;
    }
    if (names.length) break;
    names.push(written);
    joiner = JOIN_AT_END.exec(part)?.[0].trim() ?? null;
  }
  const name = withoutLabelJoined((names[0] ?? role)?.replace(JOIN_AT_END, '').trim());
  if (!name || name.length > MAX_NAME_CHARS) return null;
  // A sentence about the author (a bio box), not a name: no name runs to seven words.
  if (name.split(NAME_BREAK).some((n) => n.split(/\s+/).length > 6)) return null;
  // "Getty Images", "Current Issue": a picture's credit or a page's label in the byline's place.
  if (creditOrPageLabel(name)) return null;
  return name;
}

/**
 * "Anna Berg, Harbor Press Anna Berg, Harbor Press": the byline's text twice on one line, the name shown
 * and its copy for screen readers run together; read once. Each copy holds two words at least ("Lee
 * Lee" may be one name); only a byline's length is compared.
 */
function onceIfShownTwice(raw: string): string {
  // A longer text is no byline twice, and is not rewritten to be compared.
  if (raw.length > MAX_NAME_CHARS * 4) return raw;
  const text = raw.trim().replace(/\s+/g, ' ');
  const half = (text.length - 1) / 2;
  if (text.length > MAX_NAME_CHARS * 2 || !Number.isInteger(half) || text[half] !== ' ') return raw;
  const first = text.slice(0, half);
  return first.includes(' ') && first === text.slice(half + 1) ? first : raw;
}

/**
 * "AB" then "Anna Berg": an avatar's initials shown before the name they stand for, no name of their
 * own ("NASA" before "Anna Berg" is an outlet: its letters are not her initials).
 */
function initialsOfNext(part: string, next: string | undefined): boolean {
  if (!next || !/^\p{Lu}{2,3}$/u.test(part)) return false;
  const words = next.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && words.map((w) => w[0]).join('') === part;
}

/**
 * "Anna Berg View In Digital Edition", "Anna Berg Follow On Social", "Anna Berg Follow": a button's
 * label after the name with only a space between (the row's elements lost their gap). The button opens
 * with its verb and goes on in capitalised words, or is the verb alone; the name keeps two words at least.
 */
const BUTTON_VERB = /^(?:View|Read|See|Follow|Share|Subscribe|Download|Listen|Watch|Print|Email|Contact)$/;

/**
 * The name without a button's label after it. Read word by word, and only on a line of a byline's
 * length: a pattern that looked back over the words before each verb took seconds on a long run of
 * separators (tests/ingest/hostile-separator-runs.test.ts).
 */
function withoutButtonTail(name: string): string {
  const words = name.split(' ');
  if (words.length > MAX_NAME_AND_ROLE_WORDS) return name;
  for (let k = 2; k < words.length; k++) {
    if (BUTTON_VERB.test(words[k]) && words.slice(k + 1).every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w))) return words.slice(0, k).join(' ');
  }
  return name;
}

/** One capitalised word that, alone after a name, is a newsroom's role or a stamp's label ("Writer", "Updated"; lib/dates/date-labels.ts holds the labels). */
// The word in any case written out (anyCasePattern), not as a `(?i:…)` group: V8 could compile that group
// wrong, and did or not by which pages had been read before ("Paycom Blog Contributor" kept its role).
const ROLE_ALONE = new RegExp(`^(?=\\p{Lu}\\p{Ll})(?:${anyCasePattern(`${NEWSROOM_ROLES}|${OTHER_LANGUAGE_ROLES}|${PUBLICATION_OR_UPDATE_WORDS}`)})$`, 'u');

/** The most words a name and its role run to together ("Henrietta Vollmark Executive Digital Editor" has five). */
const MAX_NAME_AND_ROLE_WORDS = 24;

/**
 * "Henrietta Vollmark Executive Digital Editor", "Marisol Whitacre Gardener & Astrologer": a role
 * after the name with only a space between; the name keeps at least two words written as a name's
 * ("Anna Berg", not "AAA Travel"), and a role stays whole ("Senior Autos Reporter").
 */
function withoutTrailingRole(name: string): string {
  const ranked = withoutRoleRunIntoCapitals(name);
  if (ranked !== name) return ranked;
  const words = name.split(' ');
  // Each cut joins and tests both sides again: a line of 20,000 capitalised words (a tag cloud) took
  // minutes. A name with its role is a few words; a longer line is no byline to cut.
  if (words.length > MAX_NAME_AND_ROLE_WORDS) return name;
  for (let k = 2; k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    const head = words.slice(0, k).join(' ');
    // One word alone after the name is a role only when it is a newsroom's ("Writer"): "Luxury Travel Expert" is a name.
    if (k === words.length - 1 && !ROLE_ALONE.test(rest)) continue;
    if (/^\p{Lu}/u.test(rest) && ROLE.test(rest) && !ROLE.test(head) && nameBeforeRole(words.slice(0, k), words[k])) return head;
  }
  return name;
}

/**
 * "ANNA BERG STAFF WRITER", "DEBORAH NETBURNSTAFF WRITER": in a byline in capitals, where the case tells
 * no boundary, the role's rank after the surname, after a space or run into it (the two elements lost
 * their gap). After two capitals at least, before more of the role.
 */
const RANK_IN_CAPITALS = new RegExp(`(?<=\\p{Lu}{2})\\s?(?=(?:${ROLE_RANKS.toUpperCase()})\\s+\\p{Lu})`, 'u');

/** The name in capitals without the role after it (RANK_IN_CAPITALS), when what is cut is a role and two words are left. */
function withoutRoleRunIntoCapitals(name: string): string {
  // A byline in capitals only, and a few words: most names have a lower-case letter and skip the pattern.
  if (/\p{Ll}/u.test(name) || name.length > MAX_NAME_CHARS) return name;
  const rank = RANK_IN_CAPITALS.exec(name);
  if (!rank) return name;
  const head = name.slice(0, rank.index).trim();
  return ROLE.test(name.slice(rank.index + rank[0].length)) && /\S\s+\S/u.test(head) ? head : name;
}

/**
 * The words before a role are a name's: each written as a name's ("Anna Berg"), or each in capitals
 * before a role that is not ("ANNA BERG Staff Writer": the case changes where the role starts).
 */
function nameBeforeRole(head: readonly string[], roleStart: string): boolean {
  if (head.every((w) => /^\p{Lu}[\p{Ll}'’.-]/u.test(w))) return true;
  return /^\p{Lu}\p{Ll}/u.test(roleStart) && head.every((w) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w)) && head.some((w) => /^\p{Lu}{2}/u.test(w));
}

/** Whether a part after the name's comma is a credential ("MS", "RD", "Ph.D.", "CFP®"), part of how the byline names them. */
export const isCredential = (part: string) => CREDENTIAL.test(part.trim());

/**
 * A name whose last credential ends in a full stop ("Anna Berg, Ph.D.", "Anna Berg Jr.", "Anna B."):
 * that full stop ends an abbreviation, not a sentence. The name without it, for a sentence test.
 */
export function withoutClosingAbbreviation(name: string): string {
  // Initials may follow one another ("Nelson C.J."): all of them are the name's.
  return name.trim().replace(/(?:,\s*|(?<!\s)\s+)(?:Ph\.?\s?D|M\.D|D\.O|Jr|Sr|Esq|(?:\p{Lu}\.)*\p{Lu})\.$/u, '');
}

/**
 * "Updated Guide", "Published Works of Li Wei": a stamp's word (ROLE takes "Updated: May 2", "Reviewed
 * By Anna Berg" as what stands beside a byline) opening a title, a capitalised word after it that is
 * in mixed case that is no month and no "By", "On", "At" or "In". A line in capitals stays a role
 * ("UPDATED MARCH 2": the case tells no month from a title's word there).
 */
const STAMP_WORD_OPENS_TITLE = new RegExp(
  String.raw`^(?:${anyCasePattern('last updated|updated|published|posted|reviewed|fact[- ]checked|medically reviewed')})\s+(?!(?:${anyCasePattern('by|on|at|in')})(?![\p{L}])|(?:${MONTH_NAMES})(?![\p{L}]))\p{Lu}\p{Ll}`,
  'u',
);

/** A job title, not a name ("Staff Writer", "Senior Autos Reporter"); a title a stamp's word opens ("Updated Guide") is none. */
export function isRole(name: string): boolean {
  if (!ROLE.test(name)) return false;
  // Only a line that opens with a stamp's word is asked: its first letter is one of theirs (l, u, p, r, f, m in any case).
  const first = name.charCodeAt(0) | 0x20;
  return !((first === 0x6c || first === 0x75 || first === 0x70 || first === 0x72 || first === 0x66 || first === 0x6d) && STAMP_WORD_OPENS_TITLE.test(name));
}

/**
 * A user name, not a person's: one word of lower-case letters, or with dots, underscores or digits
 * ("martin.oakley"), or a first name with a surname's initial or two run into it ("KateS", "LiWJ": an
 * account's name; "McAllister", "DeSantis" go on in lower case).
 */
export function isHandle(name: string): boolean {
  return !/\s/.test(name) && (/[._\d]/.test(name) || /^\p{Ll}+$/u.test(name) || /^\p{Lu}\p{Ll}+\p{Lu}{1,2}$/u.test(name));
}

/**
 * The account a site's software posted the page as, not a person: "admin", "NOC Admin", "Site
 * Administrator", "Webmaster", "editor2" (a role's word with a number). A person's name never holds these words.
 */
export function isAccountName(name: string): boolean {
  return /(?<![\p{L}])(?:admin|administrator|webmaster|sysop)(?![\p{L}])/iu.test(name) || /^(?:editor|user|author|staff|team)[\s_-]?\d+$/i.test(name.trim());
}

/** Names listed as a reader reads them: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

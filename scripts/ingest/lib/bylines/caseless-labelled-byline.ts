/**
 * A byline in a script without capitals, its label before the name on a line of its own: Arabic
 * "بقلم: محمد أحمد" ("by the pen of"), "كتب: …" / "كتبت: …" (he / she wrote), "تقرير: …" (report),
 * "إعداد: …" (prepared by); Persian "به قلم …", "نویسنده: …" (writer), "گزارش: …" (report); Hebrew
 * "מאת: דני כהן" (by); Hindi "लेखक: राम शर्मा" (writer), "रिपोर्ट: …" (report). The label may stand alone
 * on the line over the name, and the stamp may follow the name after a separator ("بقلم: محمد أحمد |
 * 4 مارس 2025"). A name is words of the label's script and nothing else: these scripts have no case,
 * so the shapes of lib/bylines/name-shape.ts, which tell a name by its capitals, never read it. The text
 * path's header (stages/segment.ts) asks for one when nothing else names the writer; the headline's
 * reader (lib/page-text/headline/title.ts) knows such a line is none.
 */
import { joinNames } from './author.ts';
import { withoutDirectionalMarks } from '../page-text/language/directional-marks.ts';
import { findFullDates } from '../dates/dates.ts';

interface ScriptBylines {
  /** The script's letters, as a pattern's class item. */
  letters: string;
  /** Labels read with or without a colon after them: they say "by" and nothing else. */
  labels: readonly string[];
  /** Labels read only with a colon (or a dash) after them: alone they are a verb or a noun of any sentence ("كتب الرئيس رسالة", "the president wrote a letter"). */
  colonLabels: readonly string[];
  /** The word that joins the last two names, standing alone between them. */
  joiner: string;
  /**
   * Words no person's name holds: a newsroom's, a role's or an outlet's kind ("فريق التحرير", the
   * editorial team; "وكالات", agencies; "रिपोर्टर"), and in Hindi the postpositions of a sentence
   * ("लेखक ने कहा", the writer said). A line after a label with one of them names nobody.
   */
  notNameWords: ReadonlySet<string>;
}

const ARABIC: ScriptBylines = {
  letters: String.raw`\p{Script=Arabic}`,
  labels: ['بقلم', 'به قلم'],
  colonLabels: ['كتب', 'كتبت', 'تقرير', 'إعداد', 'اعداد', 'الكاتب', 'الكاتبة', 'بواسطة', 'نویسنده', 'نوشته', 'گزارش', 'خبرنگار'],
  joiner: 'و',
  notNameWords: new Set([
    // Arabic: the editor, the editorial board, a team, agencies, a correspondent, a desk, the outlet's kinds, a head.
    'المحرر', 'محرر', 'التحرير', 'تحرير', 'فريق', 'وكالة', 'الوكالة', 'وكالات', 'الوكالات', 'الأنباء', 'أنباء', 'مراسل', 'مراسلنا', 'مراسلة', 'قسم', 'موقع',
    'الموقع', 'صحيفة', 'جريدة', 'مجلة', 'المجلة', 'قناة', 'شبكة', 'مكتب', 'رئيس', 'إدارة', 'هيئة', 'بوابة', 'خاص', 'المصدر', 'مصادر',
    // Persian: reporter, editor-in-chief, editorial board, group, news agency, service, newspaper, site.
    'خبرنگار', 'سردبیر', 'تحریریه', 'گروه', 'خبرگزاری', 'سرویس', 'روزنامه', 'پایگاه', 'دبیر', 'سایت',
  ]),
};

const HEBREW: ScriptBylines = {
  letters: String.raw`\p{Script=Hebrew}`,
  labels: ['מאת'],
  colonLabels: ['כתב', 'כתבת', 'כותב', 'כותבת'],
  joiner: 'ו',
  // The editorial board, a reporter, a team, agencies, an editor, news, a site.
  notNameWords: new Set(['מערכת', 'כתב', 'כתבת', 'צוות', 'סוכנויות', 'סוכנות', 'עורך', 'עורכת', 'חדשות', 'אתר', 'הידיעות']),
};

const DEVANAGARI: ScriptBylines = {
  letters: String.raw`\p{Script=Devanagari}`,
  labels: [],
  colonLabels: ['लेखक', 'लेखिका', 'रिपोर्ट', 'रिपोर्टर', 'संवाददाता'],
  joiner: 'और',
  notNameWords: new Set([
    // A correspondent, a desk, a bureau, a team, an agency, news, an editor.
    'संवाददाता', 'डेस्क', 'ब्यूरो', 'टीम', 'एजेंसी', 'न्यूज़', 'न्यूज', 'संपादक', 'रिपोर्टर',
    // A sentence's postpositions and its verb "is".
    'ने', 'के', 'की', 'का', 'को', 'में', 'से', 'पर', 'है', 'हैं',
  ]),
};

const SCRIPTS = [ARABIC, HEBREW, DEVANAGARI];

/** The fewest and the most words of one name: a given name and a family name at least (one word after a label is as often a role). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** The most names one byline lists. */
const MAX_NAMES = 6;
/** The longest line read as such a byline: a label, a few names and a stamp. */
const MAX_LINE_CHARS = 160;
/** The longest field after the names: a stamp ("الثلاثاء 4 مارس 2025 - 10:30 ص"), a section. */
const MAX_STAMP_CHARS = 48;

/** What sets another field off after the names (the stamp, a section): a bar, a dot, a bullet, a dash between spaces. */
const FIELD_BREAK = /(?<!\s)\s*[|·•]\s*|(?<!\s)\s+[-–—]\s+/u;
/** A word with a figure: where a stamp run on after the names starts ("محمد أحمد 4 مارس 2025"). */
const FIGURE_WORD = /(?:^|\s)\S*\p{Nd}/u;

/** A colon (a full-width one too) or a dash after a label. */
const LABEL_MARK = '(?:\\s*[:：]|\\s+[-–—])';

/** Each script's reader: the label and its mark (group 1 the mark, when one), and one word of a name. */
const READERS = SCRIPTS.map((s) => ({
  script: s,
  label: new RegExp(`^(${[...s.labels, ...s.colonLabels].join('|')})(?:(${LABEL_MARK})\\s*|\\s+|$)`, 'u'),
  // A word of the script's letters, with the marks its vowels and ties are written with (Arabic's
  // harakat, the joiners inside a Persian name), an apostrophe, a hyphen or Hebrew's geresh inside.
  word: new RegExp(`^${s.letters}[${s.letters}\\p{M}\\u200c\\u200d\\u0640'’׳״-]*$`, 'u'),
}));
type Reader = (typeof READERS)[number];
/** A letter of any of the scripts: a name's word and a label open with one. */
const ANY_SCRIPT_LETTER = new RegExp(`[${SCRIPTS.map((s) => s.letters).join('')}]`, 'u');

/** The names `text` gives, every one a name of the reader's script, joined as a list; else null. */
function namesOf(text: string, reader: Reader): string | null {
  const parts = text.split(new RegExp(`\\s*[،,]\\s*|\\s+${reader.script.joiner}\\s+`, 'u')).map((p) => p.trim());
  if (!parts.length || parts.length > MAX_NAMES) return null;
  for (const part of parts) {
    const words = part.split(/\s+/);
    if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return null;
    if (!words.every((w) => reader.word.test(w) && !reader.script.notNameWords.has(w))) return null;
  }
  return joinNames(parts);
}

/**
 * The names after the label, what follows them set aside: another field after a separator (the stamp,
 * a section, short: a sentence after the name says it is none), or a stamp run on from the first word
 * with a figure. Null when what follows the label is no name.
 */
function namesBeforeStamp(rest: string, reader: Reader): string | null {
  const [first, ...others] = rest.split(FIELD_BREAK);
  if (others.join(' ').length > MAX_STAMP_CHARS) return null;
  const figure = FIGURE_WORD.exec(first);
  const names = figure ? first.slice(0, figure.index) : first;
  if (figure && first.length - figure.index > MAX_STAMP_CHARS) return null;
  return namesOf(names.trim(), reader);
}

/** The line read: its reader, the names (null for a label alone), or null when it is no byline. */
function readLine(line: string): { reader: Reader; names: string | null } | null {
  const text = withoutDirectionalMarks(line).trim();
  if (!text || text.length > MAX_LINE_CHARS) return null;
  for (const reader of READERS) {
    const m = reader.label.exec(text);
    if (!m) continue;
    // A label that is a word of any sentence without its colon ("كتب الرئيس …").
    if (!m[2] && reader.script.colonLabels.includes(m[1])) return null;
    const rest = text.slice(m[0].length).trim();
    if (!rest) return { reader, names: null };
    const names = namesBeforeStamp(rest, reader);
    return names ? { reader, names } : null;
  }
  return null;
}

/** The names a labelled byline line gives ("بقلم: محمد أحمد" → "محمد أحمد"), or null (a label with no name names nobody). */
export function caselessLabelledByline(line: string): string | null {
  return readLine(line)?.names ?? null;
}

/**
 * The first byline from `from` through `to`: a labelled line, or a label alone over a line that is
 * names alone ("بقلم" / "محمد أحمد"). Its names and the line of the label, or null.
 */
export function caselessBylineBetween(lines: readonly string[], from: number, to: number): { names: string; line: number } | null {
  for (let i = Math.max(0, from); i <= Math.min(to, lines.length - 1); i++) {
    const read = readLine(lines[i]);
    if (!read) continue;
    if (read.names) return { names: read.names, line: i };
    const next = lines[i + 1] === undefined ? null : namesBeforeStamp(withoutDirectionalMarks(lines[i + 1]).trim(), read.reader);
    if (next) return { names: next, line: i };
  }
  return null;
}

/**
 * A line that is names alone, no label, in one of these scripts ("राहुल शर्मा", "محمد أحمد"): each
 * name two to four words of the script's letters, none a newsroom's, a role's or a sentence's word, no
 * figure, no mark but the list's commas. The text path reads it as the byline only where a byline sits
 * (right under the headline, over the stamp: stages/segment.ts); elsewhere such a line is anyone's name.
 */
export function caselessNamesAlone(line: string): string | null {
  const text = withoutDirectionalMarks(line).trim();
  // Every word of such a name, and every label, opens with a letter of one of the scripts: a line with
  // none (a Latin header line, asked under every headline) is not split and read by each script's reader.
  if (!text || text.length > MAX_LINE_CHARS || !ANY_SCRIPT_LETTER.test(text)) return null;
  return namesAloneIn(text);
}

/** caselessNamesAlone's reading of a trimmed line of a byline's length. */
function namesAloneIn(text: string): string | null {
  if (readLine(text)) return null;
  for (const reader of READERS) {
    const names = namesOf(text, reader);
    if (names) return names;
  }
  return null;
}

/** caselessNamesAlone without its test for the scripts' letters, for the test that holds the one to the other (tests/ingest/text-speed-header-readers.test.ts). */
export function caselessNamesAloneReadForTests(line: string): string | null {
  const text = withoutDirectionalMarks(line).trim();
  return !text || text.length > MAX_LINE_CHARS ? null : namesAloneIn(text);
}

/** The longest stamp line read under such names: the place, the date, a time (as the headline's reader, lib/page-text/headline/headline.ts). */
const CASELESS_STAMP_CHARS = 60;

/**
 * "राहुल शर्मा" / "नई दिल्ली, 14 मार्च 2025" right under the headline: the names of a line of names alone
 * (caselessNamesAlone) over the article's stamp (`dateLine`: the line is a date line to its reader; or a
 * short line with a full date, which may open on the place it was filed from, as the headline's reader
 * takes it). A place alone over a bare date ("नई दिल्ली" / "14 मार्च 2025") is the dateline's, not the
 * writer: the line is names when the stamp names its place itself, or when `writtenElsewhere` says the
 * page writes those words on no other line (a dateline's place is the article's too). Read by the text
 * path's header (stages/segment.ts) and the HTML path's lines under the <h1> (header-byline.ts).
 */
export function caselessNamesOverStamp(line: string, stamp: string, dateLine: boolean, writtenElsewhere: () => boolean): string | null {
  const names = caselessNamesAlone(line);
  if (!names) return null;
  const text = stamp.trim();
  const dates = text.length <= CASELESS_STAMP_CHARS ? findFullDates(text) : [];
  if (!dates.length && !dateLine) return null;
  const placeInStamp = dates.length > 0 && /\p{L}/u.test(text.slice(0, dates[0].index));
  return placeInStamp || !writtenElsewhere() ? names : null;
}

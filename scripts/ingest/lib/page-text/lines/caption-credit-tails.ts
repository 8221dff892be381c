/**
 * More ways a caption's line ends on its photo's credit, beside those block-features reads
 * (PHOTO_CREDIT, SLASHED_CREDIT, …). Each was seen on news pages in several languages, and none is
 * how a paragraph ends:
 *
 * - "… zurück.© Jane Roe/dpa", "… chancenlos. © bildagentur / Foto Name": a © right after the
 *   caption's last sentence, the credit in any case, initials allowed ("© Harbor Post | C. Lee");
 * - "… des Gesetzes Foto: Jane Roe/hafenbild": German capitalises its nouns, so the word before the
 *   label is capitalised too (PHOTO_CREDIT takes a capital there for a name's, as in "Container Images:");
 *   after four words of caption the label is the credit's;
 * - "… on Wednesday. Photo by Jane S. Roe /Wire": a photographer's initial inside the credit;
 * - "PHOTOGRAPH: JANE ROE; HARBOR IMAGES": the label spelt out in capitals;
 * - "… Amini. Uncredited/Wire/dpa": a slashed credit whose last agency writes its name in lower case;
 * - "… a full overhaul. Supplied", "… Handout": the word a site puts for a picture it was given;
 * - "Legende: …", "Bildunterschrift: …": the caption's German label (alone on its line too);
 * - "… bei der Genesung unterstützen.Getty Images": a credit of one or two capitalised words run
 *   into the caption's full stop with no space, after a word in lower case (not an identifier,
 *   "Http.Logging", nor an address, "TechPolicy.Press"; three words are a button's, "….Click To Tweet");
 * - "… del municipio vecino de BédarHafen Notdienst/EFE": a slashed credit run into the caption's last
 *   word with no mark at all, its first capital right after a lower-case letter.
 */

const CREDIT_TAIL = new RegExp(
  [
    String.raw`(?<=\p{L}\p{L}|\p{L}[)"”’])[.!?]["”’)]?\s*©\s*[\p{L}\d][^!?…。！？]{0,110}$`,
    String.raw`^(?:\S+\s+){4,}(?:Fotos?|FOTOS?|Photos?|PHOTOS?)\s*:\s*\p{Lu}[^.!?…:]{1,60}$`,
    String.raw`(?:^|[.!?]\s+|\s)(?:[Pp]hoto(?:graph)?|PHOTO(?:GRAPH)?)s?\s+(?:by|BY)\s+\p{Lu}(?:[^.!?…]|(?<=[\s/]\p{Lu})\.){1,80}$`,
    String.raw`^(?:PHOTO(?:GRAPH)?S?|ILLUSTRATION)\s*:\s*\p{Lu}[^.!?…]{1,80}$`,
    String.raw`(?<=\p{L}\p{L})[.!?]["”’]?\s*\p{Lu}[\p{L}\d&’-]{0,40}\/\p{Lu}[\p{L}\d&’ -]{0,40}\/\p{Ll}{2,10}$`,
    String.raw`(?<=\p{L}\p{L})[.!?]["”’]?\s+(?:Supplied|SUPPLIED|Handout|HANDOUT)$`,
    String.raw`^(?:Bild)?(?:[Ll]egende|[Uu]nterschrift)\s*:(?:\s|$)`,
  ].join('|'),
  'u',
);
/** Every line CREDIT_TAIL matches has one of these: most lines are not looked at further. */
const CREDIT_TAIL_MAY_MATCH = /©|foto|photo|illustration|\/\p{Ll}+$|supplied|handout|legende|unterschrift/iu;

/** A credit run into the caption with no space (case-sensitive: the capitals are the marks). */
const GLUED_CREDIT = /(?<=\s\p{Lu}?\p{Ll}+[.!?])\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$|\p{Ll}\p{Lu}[\p{L}&’-]*(?:\s+\p{Lu}[\p{L}&’-]*){0,3}\s*\/\s*\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}$/u;
/** A caption has a few words before its credit. */
const GLUED_CAPTION_WORDS = 4;

/**
 * "… celebrate with the harbor trophy (Jane Roe/Harbor Today)", "… on December 14, 2023 [Jane Roe/Wire]": a
 * caption written without its full stop (CAPTION_MARK in block-features reads the one with it), then
 * the photographer's name and the agency in brackets, parted by a slash, close the line. The name is
 * two or three capitalised words: an agency alone ("(Wire/Harbor Images)") is how an article may cite a
 * picture's source in its own sentence, and some truths keep that line.
 */
const BRACKETED_NAME_CREDIT = /^(\p{Lu}.*?[^.!?"”’\s])\s[([]\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2}\s?\/\s?\p{Lu}[\p{L}&.'’-]*(?:\s(?:\p{Lu}[\p{L}&.'’-]*|via|of))*[)\]]$/u;
/** Words of the caption before the credit, at least: a list's item ("2. Golden Pothos (Jane Roe/Ivy)") has fewer. */
const BRACKETED_CAPTION_WORDS = 6;
/** A headline in title case ("Harbor Fund Posts Huge Gains [Jane Roe/Wire]") capitalises most of its words; a caption does not. */
const TITLE_CASE_SHARE = 0.7;

/** Is the line a caption without its full stop, closed by a photographer's name and agency in brackets? */
function endsOnBracketedNameCredit(line: string): boolean {
  if (!line.includes('/') || !/[)\]]$/.test(line)) return false;
  const m = BRACKETED_NAME_CREDIT.exec(line.trim());
  if (!m) return false;
  const words = m[1].split(/\s+/);
  if (words.length < BRACKETED_CAPTION_WORDS || /^\d+[.)]$/.test(words[0])) return false;
  return words.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length / words.length < TITLE_CASE_SHARE;
}

/** Does the line end on a photo's credit in one of the ways above (or open on a caption's label)? */
export function endsOnCreditTail(line: string): boolean {
  if (CREDIT_TAIL_MAY_MATCH.test(line) && CREDIT_TAIL.test(line)) return true;
  if (endsOnBracketedNameCredit(line)) return true;
  return mayEndOnGluedCredit(line) && GLUED_CREDIT.test(line) && line.trim().split(/\s+/).length >= GLUED_CAPTION_WORDS;
}

/** endsOnCreditTail without its test of the line's end before GLUED_CREDIT, for the test that holds the one to the other (tests/ingest/text-speed-caption-prechecks.test.ts). */
export function endsOnCreditTailReadForTests(line: string): boolean {
  if (CREDIT_TAIL_MAY_MATCH.test(line) && CREDIT_TAIL.test(line)) return true;
  return GLUED_CREDIT.test(line) && line.trim().split(/\s+/).length >= GLUED_CAPTION_WORDS;
}

/**
 * Could GLUED_CREDIT match: does the line hold a slash (its second form's), or end on one or two
 * words of letters and hyphens, one white-space character between them, right after a sentence's
 * mark (its first form's)? Read from the line's end, a few characters: the pattern is tried at every
 * character of every line of ~80 words or fewer (block features' caption test), and most lines are
 * neither (a paragraph ends on its full stop, a menu's label on a word with no mark before it).
 */
function mayEndOnGluedCredit(line: string): boolean {
  if (line.includes('/')) return true;
  const last = startOfLetters(line, line.length);
  if (last === line.length) return false;
  const before = last > 0 && WHITE_SPACE.test(line[last - 1]) ? startOfLetters(line, last - 1) : last;
  if (before !== last && before === last - 1) return false;
  return before > 0 && SENTENCE_MARKS.includes(line[before - 1]);
}
const WHITE_SPACE = /^\s$/u;
const SENTENCE_MARKS = '.!?';
const LETTER = /^\p{L}$/u;

/** Where the run of letters and hyphens (GLUED_CREDIT's `[\p{L}-]`, a letter outside the BMP one of them) that ends at `end` starts. */
function startOfLetters(line: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = line.charCodeAt(i - 1);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d) i--;
      else break;
    } else if (c >= 0xdc00 && c <= 0xdfff && i >= 2 && (line.charCodeAt(i - 2) & 0xfc00) === 0xd800) {
      if (LETTER.test(line.slice(i - 2, i))) i -= 2;
      else break;
    } else if (LETTER.test(line[i - 1])) i--;
    else break;
  }
  return i;
}

/**
 * Lines of an extracted article that are only a label the page sets between its paragraphs, told by
 * their words and, for a teaser, by its link (lib/html/article/html-blocks.ts counts each block's share of
 * link text): an advertisement slot's label with its number ("Advertisement 2", "Anzeige 1"), and
 * another story's teaser, a label and a linked headline ("READ MORE: <a>…</a>", "Les også: <a>…</a>",
 * a linked "Czytaj więcej"). Used by lib/html/furniture/html-furniture.ts. The labels are per language (the
 * languages of most news on the web); English is read too, where the text path leaves "Read more:
 * …" alone (lib/page-text/chrome/other-stories-labels.ts): here the link shows it is another page's.
 */
import { chromeRuleOf } from '../../page-text/chrome/chrome-rules.ts';
import { countWords } from '../../page-text/language/text.ts';

/** "Advertisement 2": the slot's label (chrome-rules.ts's ad-label, in its languages) and its number. */
const SLOT_NUMBER = /^(\S.{0,40}?)\s*\d{1,2}$/u;

export function isAdSlotLabel(text: string): boolean {
  // The pattern ends with a digit: a line that does not is none (most lines end with a full stop or a
  // word, and the pattern's lazy label is tried forty ways before it says so).
  if (!endsWithDigit(text)) return false;
  const numbered = SLOT_NUMBER.exec(text);
  return !!numbered && chromeRuleOf(numbered[1])?.id === 'ad-label';
}

/** The pattern, for the test that holds the digit check to it. */
export const SLOT_NUMBER_PATTERN = SLOT_NUMBER;

/** `\d$` (\d is ASCII's digits, with the u flag too). */
function endsWithDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c >= 0x30 && c <= 0x39;
}

/** The label of a link to another story, at the start of its line. */
const TEASER_LABEL = new RegExp(
  '^(?:' +
    [
      'read (?:more|also|next)',
      'also read',
      'see also',
      'related(?: story| article)?',
      'more on this(?: story)?',
      // Scandinavian, Finnish, Dutch
      'les (?:også|mer)',
      'läs (?:också|mer)',
      'læs (?:også|mere)',
      'lue (?:myös|lisää)',
      'lees (?:ook|meer)',
      // German
      'lesen sie (?:auch|mehr)(?: zum thema)?',
      'lies auch',
      'mehr zum thema',
      'siehe auch',
      // French, Italian, Spanish, Portuguese
      '(?:à )?lire aussi',
      'voir aussi',
      'leggi anche',
      '(?:lea|lee|vea) también',
      'le(?:er|a) más',
      '(?:leia|veja) também',
      'leia mais',
      // Polish, Czech, Slovak, Romanian, Russian, Ukrainian
      'czytaj (?:więcej|też|także|również)',
      'zobacz (?:też|także|również)',
      '(?:čtěte|přečtěte si) (?:také|též)',
      'čítajte (?:aj|tiež)',
      'citește (?:și|mai mult)',
      '(?:читайте|смотрите) (?:также|еще|ещё)',
      'читайте також',
      // Turkish, Indonesian and Malay, Arabic
      '(?:ayrıca )?(?:devamını )?oku',
      'baca (?:juga|selengkapnya)',
      'اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا',
    ].join('|') +
    // Then a colon and the headline, or nothing: "Read more about the plan." is a sentence.
    ')(?:\\s*[:：]|$)',
  'iu',
);

/** A teaser is its label and a headline: a line of a few words, most of them a link. */
const TEASER_WORDS = 30;
const TEASER_LINKED = 0.5;

export function isTeaserUnderLabel(text: string, linkShare: number): boolean {
  if (linkShare < TEASER_LINKED || countWords(text, TEASER_WORDS + 1) > TEASER_WORDS) return false;
  return TEASER_LABEL.test(text);
}

/**
 * Another story's card set between the article's paragraphs under a "read more" button: "Czytaj
 * więcej" / "POLITYKA" / "Kolejna tura rozmów…" / "W poniedziałek wieczorem…". innerText gives the
 * button, the card's kicker, its headline and its summary as lines of their own; the summary reads
 * as prose, so the run takes the card in. What shows a card whatever its words: the button alone on
 * its line (in the languages of most news on the web), then the kicker in capitals (a section's
 * name), a headline (a few words, no full stop: it may ask or exclaim) and a summary of a teaser's length. Button,
 * kicker, headline and summary are left out, weighing as little as a caption does, so the article
 * runs on past them. A button over the rest of the article (a page that folds it under "Read more")
 * has paragraphs or a sub-heading under it, no kicker in capitals: judged as before. Used by
 * detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';

/** The button alone on its line: "Czytaj więcej", "Read more", "Weiterlesen", "Leer más", "Lire la suite", … */
const READ_MORE_BUTTON =
  /^(?:czytaj (?:więcej|dalej|też|także|również)|zobacz (?:więcej|też|także|również)|read more|continue reading|weiterlesen|mehr lesen|lesen sie (?:mehr|auch)|leer más|lea (?:más|también)|seguir leyendo|lire (?:la suite|aussi|plus)|à lire aussi|leggi (?:di più|anche|tutto)|continua a leggere|leia (?:mais|também)|continue lendo|lees (?:meer|ook|verder)|čtěte (?:také|též|více)|číst (?:dál|více)|читать (?:далее|ещё|еще)|читайте также)\s*[:：›»→>]?$/iu;
/** Words of the card's kicker ("POLITYKA", "KONFLIKTY ZBROJNE"): a section's name. */
const KICKER_WORDS = 4;
/** Words of another story's headline. */
const HEADLINE_WORDS = { min: 3, max: 25 };
/** A teaser's summary is a sentence or two. */
const SUMMARY_WORDS = 50;
/** A summary cut short ("…wynika ze słów Donalda Tr...") has a sentence's words all the same. */
const CUT_SUMMARY_WORDS = 8;

const CARD_WHY = 'another story\'s card under a "read more" button between the article\'s paragraphs';

/** A headline may ask or exclaim ("Dlaczego zamach to przełom?"): it ends on no full stop. */
const ASKS_OR_EXCLAIMS = /[?!？！]["'”’»]?$/u;

function isHeadline(line: string, b: ClassedBlock): boolean {
  const f = b.features;
  return (b.cls === 'short' || b.cls === 'near') && (!f.sentenceEnd || ASKS_OR_EXCLAIMS.test(line.trim())) && !f.introducesList && f.words >= HEADLINE_WORDS.min && f.words <= HEADLINE_WORDS.max;
}

/** The kicker in capitals: an article's sub-heading under a button that unfolds the article is written as a title. */
function isKicker(line: string, b: ClassedBlock): boolean {
  return b.cls !== 'good' && b.features.words >= 1 && b.features.words <= KICKER_WORDS && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

function isSummary(b: ClassedBlock | undefined): boolean {
  if (!b || b.features.words > SUMMARY_WORDS) return false;
  return b.cls === 'good' || b.cls === 'near' || (b.features.truncated && b.features.words >= CUT_SUMMARY_WORDS);
}

export function cardsUnderReadMoreButtons(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i + 3 < lines.length; i++) {
    if (blocks[i].features.words > 4 || blocks[i].cls === 'good' || !READ_MORE_BUTTON.test(lines[i].trim())) continue;
    const [kicker, headline, summary] = [i + 1, i + 2, i + 3];
    if (!isKicker(lines[kicker], blocks[kicker]) || !isHeadline(lines[headline], blocks[headline]) || !isSummary(blocks[summary])) continue;
    for (let k = i; k <= summary; k++) leaveOut(blocks[k], CARD_WHY);
    i = summary;
  }
}

/**
 * The contact box closing an article: a label that names it ("Pressekontakt:", "Media contact",
 * "Contact Info", "Ansprechpartnerin zum Thema:", or the label with its value, "Kontakt: Jane Roe,
 * jane@example.org") and the short lines under it to the article's end (a name, an office, a phone
 * number, an address, the site's form fields). A press release and an institution's news page end
 * so; the box says whom to ask about the article, not what it says: the snippet set marks such labels
 * as not the article, and the metadata set's truth drops the boxes ("Contact Info" / "Phone:" over a
 * number) where its pages end on one.
 *
 * Only a label alone on its line (or with a short value after its colon): "Contact your insurer…" is
 * the article's advice, and a label over a paragraph heads the article's own section, so a line
 * longer than a box's ends the walk and nothing is marked. Every block marked is reported (stages/html.ts).
 */
import { countWords } from '../../page-text/language/text.ts';
import type { FurnitureBlock as Block } from './furniture-block.ts';

/**
 * The label's words, in the languages of most news on the web: a contact, the press's or the media's
 * contact, the person to ask. Whole line only (anchored both ends), one alternation: linear.
 */
const CONTACT_LABEL =
  /^(?:(?:presse|medien)?kontakt(?:e|daten|informationen)?|kontakt för (?:press|media)|ansprechpartner(?:in|innen)?(?: (?:zum thema|für (?:die )?(?:presse|medien|rückfragen)))?|(?:press |media )?contacts?(?: (?:info(?:rmation)?|details|us))?|(?:press|media) (?:enquiries|inquiries)|contact presse|contacts? (?:de )?presse|contacto(?: de prensa)?|contatt[oi](?: stampa)?|contato(?: de imprensa)?)\s*[:：]?$/iu;
/** "Kontakt: Jane Roe, Tel. 0123 456": the label with its value on one line. */
const LABEL_WITH_VALUE = /^([^:：]{1,40})[:：]\s*\S/u;
/** A label's value is a name and a way to reach them. */
const VALUE_WORDS = 15;

/**
 * A line of the box: a name, an office, a phone number, an address, a form's field; the article's
 * paragraph is longer, or is a sentence of some words (a box's lines end on no full stop).
 */
const BOX_LINE_CHARS = 160;
const SENTENCE_WORDS = 10;
const SENTENCE_END = /[.!?。！？]["'”’)]?$/u;
const isBoxLine = (text: string) => text.length <= BOX_LINE_CHARS && !(SENTENCE_END.test(text.trim()) && countWords(text, SENTENCE_WORDS) >= SENTENCE_WORDS);
/** How many of the last blocks not marked yet the walk reads: a box of two contacts has about ten lines. */
const REACH = 14;

const WHY = 'a contact box closing the article (its label and the short lines under it)';

function isContactLabel(text: string): boolean {
  const line = text.trim();
  if (CONTACT_LABEL.test(line)) return true;
  const labelled = LABEL_WITH_VALUE.exec(line);
  return !!labelled && CONTACT_LABEL.test(labelled[1].trim()) && countWords(line, VALUE_WORDS + 2) <= VALUE_WORDS + 1;
}

/**
 * Walks up from the last block over the blocks not marked yet, all box lines (isBoxLine); the highest
 * contact label reached (not the article's first block) and every block under it are marked.
 */
export function markContactBox(blocks: Block[]): void {
  let label = -1;
  let seen = 0;
  for (let i = blocks.length - 1; i > 0 && seen < REACH; i--) {
    if (blocks[i].furniture) continue;
    seen++;
    if (!isBoxLine(blocks[i].text)) break;
    if (isContactLabel(blocks[i].text)) label = i;
  }
  if (label === -1) return;
  for (let i = label; i < blocks.length; i++) blocks[i].furniture ??= WHY;
}

/**
 * A chart's or a picture's source alone on its line between two paragraphs: "Source: Repeat
 * Project", "Bron: BELGA", "Quelle: Statistisches Bundesamt", "Fuente: EFE". The chart or the picture
 * it names is gone from the innerText, so the line stands between the article's paragraphs, short and
 * unpunctuated, and the run kept it. Its label says what it is in any language the list below knows;
 * what follows is a name or a few (no figures, no sentence end). Between two paragraphs (prose right
 * above and right under), or under a caption the stage knows with a paragraph under it, it is left
 * out with its reason, weighing as a caption does, so the run goes on past it. What stays: a
 * sentence that opens on the word ("Source: the ministry said …" ends on its full stop), a source
 * with a year or a page ("Quelle: Destatis 2023" may be the article's reference), a label over a
 * list or a table (no paragraph right under it), the page's sources at its foot.
 *
 * Used by detectMainText before the run is found, with the other caption rules.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';
import { isProse } from '../shared/prose.ts';

/** The label of a source in the languages of the news sets, capitalised or in capitals, and its colon. */
const SOURCE_LABEL = String.raw`(?:[Ss]ources?|SOURCES?|[Qq]uellen?|QUELLEN?|[Ff]uentes?|FUENTES?|[Ff]ontes?|FONTES?|[Bb]ronn?(?:en)?|BRON|[Kk]ilder?|KILDE|[Kk]äll(?:a|or)|KÄLLA|[Źź]ródło|ŹRÓDŁO|[Zz]droj|ZDROJ|[Ll]ähde|LÄHDE|[Kk]aynak|KAYNAK|[Ff]orrás|FORRÁS)`;
/**
 * The label, then a name or a few: letters, a slash, a comma, an ampersand, brackets, a full stop
 * inside an abbreviation ("Natl Inst. for …"), no figure and no sentence mark at its end.
 */
const SOURCE_ALONE = new RegExp(String.raw`^${SOURCE_LABEL}\s?:\s?\p{L}[\p{L}\s.,&/()'’-]*[\p{L})]$`, 'u');
/** Characters and words of such a line, at most: longer is a sentence or a note on the method. */
const MAX_CHARS = 100;
const MAX_WORDS = 12;
/** Words of the paragraphs above and under, at least. */
const PARAGRAPH_WORDS = 12;

const WHY = "a chart's or a picture's source alone between paragraphs (\"Source: …\", \"Bron: …\")";

/** Is the line a source alone, labelled, a short list of names? */
export function sourceAlone(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_CHARS || !SOURCE_ALONE.test(text)) return false;
  // "Natl Inst. for …" is an abbreviation; ". Then …" is a second sentence.
  if (/\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(text)) return false;
  return text.split(/\s+/).length <= MAX_WORDS;
}

/** A paragraph, or a long sentence of prose (a fact box's last line reads as one): the article's text. */
export function paragraph(b: ClassedBlock | undefined): boolean {
  return isProse(b) && b!.features.words >= PARAGRAPH_WORDS;
}

/**
 * A picture's caption the stage knows (its credit in it, or left out by a caption rule before this
 * one: "V. l.: Jana Rose, Ole Berg …"): the source under it is the picture's credit ("Quelle: Jana
 * Rose/dpa"), whatever the caption's length.
 */
export function knownCaption(b: ClassedBlock | undefined): boolean {
  return !!b && (b.features.caption || (b.cls === 'bad' && b.pictureCaption === b.why));
}

export function sourcesBetweenParagraphs(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    if (blocks[i].cls === 'bad' || !sourceAlone(lines[i])) continue;
    if (!(paragraph(blocks[i - 1]) || knownCaption(blocks[i - 1])) || !paragraph(blocks[i + 1])) continue;
    leaveOut(blocks[i], WHY);
  }
}

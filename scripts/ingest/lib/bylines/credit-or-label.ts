/**
 * What stands in a byline's place without naming anyone: a picture's credit ("Getty Images", "Harbor
 * Wire Pictures", "AFP Photo") or a page's label ("Current Issue"). The people pages build a person
 * from every byline, so the byline cleaner (lib/bylines/author.ts) answers no name for these.
 */

/**
 * The words a picture credit holds as a word of its own, capitalised as credits write them: a
 * picture agency's or stock library's name, or a word for pictures in the languages bylines are read
 * in. Whole words only: "Imagesmith" or "Fotopoulos" are surnames.
 */
const CREDIT_WORD =
  /(?:^|[\s/|·•,-])(?:Images?|Imagery|Pictures?|Photos?|Photography|Photographer|Fotos?|Fotografie|Fotograf(?:ía|ia|o)|Getty|Shutterstock|iStock(?:photo)?|Alamy|Unsplash|Pexels|Pixabay|Imago|Dreamstime|Depositphotos)(?=$|[\s/|·•,-])/u;

/** A page's label about an issue of the magazine, not a person: "Current Issue", "Latest Issue", "Back Issues". */
const ISSUE_LABEL = /^(?:Current|Latest|This|Last|Next|Previous|Past|Back|Recent|New|Print|Digital)\s+Issues?$/iu;

/** Whether a byline's cleaned text is a picture's credit or a page's label rather than anyone's name. */
export function creditOrPageLabel(name: string): boolean {
  const text = name.trim();
  return CREDIT_WORD.test(text) || ISSUE_LABEL.test(text);
}

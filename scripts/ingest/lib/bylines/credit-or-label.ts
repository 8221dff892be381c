/**
 * What stands in a byline's place without naming anyone: a picture's credit ("Getty Images", "Harbor
 * Wire Pictures", "AFP Photo") or a page's label ("Current Issue"). The people pages build a person
 * from every byline, so the byline cleaner (lib/bylines/author.ts) answers no name for these.
 */

/**
 * The words a picture credit holds as a word of its own, capitalised as credits write them: a
 * picture agency's or stock library's name, or a word for pictures in the languages bylines are read
 * in ("Immagine di Freepik", "Imagen: …"). Whole words only: "Imagesmith" or "Fotopoulos" are surnames.
 */
const CREDIT_WORD =
  /(?:^|[\s/|·•,-])(?:Images?|Imagery|Immagin[ei]|Imagen(?:es)?|Imágenes|Imagem|Imagens|Pictures?|Photos?|Photography|Photographer|Fotos?|Fotografie|Fotograf(?:ía|ia|o)|Getty|Shutterstock|iStock(?:photo)?|Alamy|Unsplash|Pexels|Pixabay|Freepik|Imago|Dreamstime|Depositphotos)(?=$|[\s/|·•,-])/u;

/** A text in capitals with each word capitalised instead ("PHOTOGRAPHY BY ANNA BERG" → "Photography By Anna Berg"), for CREDIT_WORD's capitalised words. */
function capitalisedWords(text: string): string {
  return text.replace(/\p{Lu}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
}

/** A page's label about an issue of the magazine, not a person: "Current Issue", "Latest Issue", "Back Issues". */
const ISSUE_LABEL = /^(?:Current|Latest|This|Last|Next|Previous|Past|Back|Recent|New|Print|Digital)\s+Issues?$/iu;

/** Whether a byline's cleaned text is a picture's credit or a page's label rather than anyone's name. */
export function creditOrPageLabel(name: string): boolean {
  const text = name.trim();
  // A credit in capitals ("PHOTOGRAPHY BY ANNA BERG") is read with its words capitalised, as CREDIT_WORD writes them.
  return CREDIT_WORD.test(text) || (!/\p{Ll}/u.test(text) && CREDIT_WORD.test(capitalisedWords(text))) || ISSUE_LABEL.test(text);
}

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

/**
 * The word for a photo opening a credit in scripts without capitals to tell it from a name: Russian
 * and Ukrainian ("Фото из Инстаграма …", "Фото: …", "Світлина …"), Arabic ("صورة: …", "تصوير …"),
 * and Japanese, Korean, Chinese ("写真：…", "사진=…", "照片：…"). Only as the first word, followed by a
 * space, a colon, an "=" or the word for "provided" (提供, 제공): "Фотиева" or "Фотопулос" are surnames,
 * and a writer credited for text and photos ("文・写真") has the label taken off before this is asked.
 */
const OTHER_SCRIPT_CREDIT =
  /^(?:(?:Фото|Фотография|Фотографии|Світлина|Світлини|صورة|صور|تصوير)(?=$|[\s:：=/|·•,-])|(?:写真|사진|照片|图片|圖片)(?=$|[\s:：=/／|・·]|提供|제공))/u;

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
  return CREDIT_WORD.test(text) || OTHER_SCRIPT_CREDIT.test(text) || (!/\p{Ll}/u.test(text) && CREDIT_WORD.test(capitalisedWords(text))) || ISSUE_LABEL.test(text);
}

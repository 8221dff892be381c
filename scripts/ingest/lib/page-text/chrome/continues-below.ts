/**
 * The note that the article goes on under an advertisement (or under a box set between its
 * paragraphs), alone on its line: English "Story continues below advertisement", "Article continues
 * after this ad", and the bare "Story continues" a player's or an advertisement's box leaves; and the
 * same note in the languages of most news on the web ("Continua depois da publicidade", "La suite
 * après la publicité", "Weiterlesen nach der Anzeige"). The article goes on under it, so it ends nothing.
 */
const ENGLISH =
  String.raw`^(?:.{0,60}\s)?(?:story|article) continues (?:below|after (?:the |this )?(?:advertisement|ad))(?: (?:the |this )?advertisement)?\.?$|^(?:story|article) continues\.?$`;

/** "(the article) goes on after the advertisement", as the Romance languages and German write it. */
const OTHER_LANGUAGES = [
  String.raw`^(?:(?:o artigo|a matéria|a reportagem|el artículo|la nota|l['’]articolo|l['’]article) )?(?:continua|continúa|sigue|segue|prosegue|continue) (?:depois|após|después|tras|dopo|après) (?:da|de la|del|la|de|della|le|la) (?:publicidade|publicidad|anuncio|pubblicità|publicité|pub)\.?$`,
  String.raw`^la suite après (?:la |cette )?(?:publicité|pub)\.?$`,
  String.raw`^(?:weiterlesen|(?:lesen sie )?weiter|fortsetzung|der artikel geht weiter) nach der (?:anzeige|werbung)\.?$|^(?:lesen sie )?nach der (?:anzeige|werbung) weiter\.?$`,
];

export const CONTINUES_BELOW = new RegExp([ENGLISH, ...OTHER_LANGUAGES].join('|'), 'iu');

/** Every line CONTINUES_BELOW matches holds one of these: most lines are not looked at further. */
export const CONTINUES_BELOW_MAY_MATCH = /contin|sigue|segue|prosegue|suite|nach der/i;

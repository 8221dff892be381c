/**
 * A button's call alone on its line, as a text copy keeps it: "Jetzt kaufen", "Hier bestellen!",
 * "HIER KOSTENLOS ANMELDEN »", "Zum Shop", "Kostenlos registrieren und weiterlesen", "Schon registriert? Hier
 * einloggen", "Abonnez-vous", "Suscríbete", "Zapisz się". A shop's box, a sign-up, a paywall or a
 * donation form sets it between an article's paragraphs or under them; short, it weighed as a heading
 * and the run kept it. The whole line is the button: an imperative or an infinitive of buying,
 * signing up, downloading or giving, with its "now", "here", "free" and its arrow. An article's
 * sentence that says so ("Wer jetzt kaufen will, …", "Hier können Sie sich anmelden.") has more
 * words around the verb, and is none. English buttons are the newsletter and app rules' (chrome-rules.ts):
 * the metadata set's truth keeps an English article's own calls ("Read our full review."), so none is
 * added here.
 *
 * Each alternative is words in a fixed order, anchored at both ends: tried once, from the line's start.
 */

/** German: what the button does, in the infinitive ("Jetzt … bestellen", "Kostenlos testen"). */
const GERMAN_VERB =
  '(?:anmelden|registrieren|abonnieren|bestellen|kaufen|herunterladen|downloaden|einloggen|spenden|sichern|testen|buchen|teilnehmen|mitmachen|weiterlesen|freischalten|zugreifen)';
const GERMAN = [
  // "Jetzt kaufen", "Hier bestellen!", "Jetzt die Ausgabe bestellen", "Jetzt gratis testen": now or here, at most two words, the verb.
  String.raw`(?:jetzt|hier)(?: (?:gratis|kostenlos|direkt|online|sofort))?(?: \p{L}[\p{L}-]*){0,2} ${GERMAN_VERB}`,
  // "Kostenlos registrieren und weiterlesen", "Gratis testen".
  String.raw`(?:gratis|kostenlos) (?:anmelden|registrieren|abonnieren|bestellen|herunterladen|testen)(?: und (?:gratis |kostenlos )?weiterlesen)?`,
  // "Zum Shop", "Zum Deal »", "Zur Anmeldung": the link to the shop's or the form's page.
  String.raw`zum (?:online-?)?(?:shop|deal|angebot|produkt|gutschein)|zur (?:anmeldung|bestellung|kasse)`,
];
/** The same buttons in the other languages of most news on the web (the imperative, or the verb with its "now"). */
const OTHER_LANGUAGES = [
  String.raw`je m['’]abonne|abonnez-vous|je m['’]inscris|inscrivez-vous|(?:acheter|commander|télécharger) maintenant`,
  String.raw`suscr[ií]b(?:ete|ase)(?: (?:ahora|aquí|gratis))?|(?:comprar?|descargar?) ahora|reg[ií]strate(?: gratis)?`,
  String.raw`abbonati(?: ora| subito)?|iscriviti(?: ora| subito| gratis)?|(?:acquista|compra|scarica) ora`,
  String.raw`(?:nu|hier) (?:bestellen|kopen|aanmelden|inschrijven|abonneren|downloaden)|(?:abonneer|bestel|koop) nu`,
  String.raw`(?:kup|zamów|pobierz) teraz|zapisz się(?: teraz)?|zarejestruj się`,
  String.raw`assine(?: já| agora)|compre (?:já|agora)|inscreva-se(?: já| agora)?`,
];
/** "Schon registriert?", "Bereits Abonnent?": the question a login button answers, on its line. */
const ALREADY = String.raw`(?:(?:schon|bereits) (?:registriert|abonnent(?:in)?|kunde|kundin|mitglied)\s*\?\s*)?`;

export const CALL_BUTTON = new RegExp(
  String.raw`^(?:[›»>→]\s*)?${ALREADY}(?:${[...GERMAN, ...OTHER_LANGUAGES].join('|')})\s*[!.]?\s*(?:[»›→]+|>>)?$`,
  'iu',
);
/** Every line CALL_BUTTON matches holds one of these: most lines are not looked at further. */
export const CALL_BUTTON_MAY_MATCH =
  /jetzt|hier|zum |zur |kostenlos|gratis|abonn|inscri|inscre|suscr|regist|iscri|acquista|compra|scarica|nu |koop|kup |zamów|pobierz|zapisz|assine|compre|maintenant/i;

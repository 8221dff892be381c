/**
 * The toggles of a box that opens and closes ("Box aufklappen", "Show more", "Vis mer Vis mindre"),
 * and a picture's or player's full-screen buttons ("Vollbild", "helskärm"),
 * in English and the languages of most news on the web, alone on their line or side by side (chrome
 * rule `box-toggle`): buttons, never the article's words. A sentence that begins with them reads on.
 */

/** "Box aufklappen", "Show more", "Vis mer Vis mindre": a box's open and close buttons, alone or side by side. */
const TOGGLE =
  '(?:[\\p{L}-]+-)?box (?:auf|zu)klappen|(?:mehr|weniger) anzeigen|(?:alle[s]? )?(?:aufklappen|zuklappen|ausklappen|einklappen)|show (?:more|less)|read less|see less|(?:vis|visa|se|toon) (?:mer|mere|meer|mindre|minder)|afficher (?:plus|moins)|voir moins|(?:ver|mostrar) (?:más|menos)|mostra (?:di più|meno)|(?:ver|mostrar) (?:mais|menos)|zobrazit (?:vše|více|méně)|pokaż (?:więcej|mniej)|rozwiń|zwiń|показать (?:ещё|еще|больше|полностью)|свернуть' +
  // A picture's or a player's full-screen buttons ("Vollbild", "helskärm", "Развернуть на весь экран").
  '|(?:enter |exit )?full ?screen|vollbild(?:modus)?(?: (?:öffnen|schließen|beenden))?|(?:passer en |quitter le )?plein écran|pantalla completa|schermo intero|tela cheia|helskärm|fullskjerm|fuldskærm|volledig scherm|pełny ekran|развернуть на весь экран|выйти из полноэкранного режима';
export const BOX_TOGGLE = new RegExp(`^(?:${TOGGLE})(?:\\s*[|/·•]?\\s*(?:${TOGGLE}))?$`, 'iu');

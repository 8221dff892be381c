/**
 * A share, print or mail button alone on its line ("Share", "Tweet", "Email", "Print", "Copied!", "Embed",
 * "Drucken", "Partager"), where no bar of three stands round it (share-buttons.ts reads those): a page whose
 * buttons are icons shows one or two of them as words, between paragraphs or at the foot. Alone, the word
 * weighed as a short line and the run kept it. Only the buttons' actions are taken, never a network's name
 * alone ("Facebook", "TikTok", "Pinterest": an article may list them one a line), nor a word of everyday
 * text ("X", "Line", "Mail", "Send", "Save", "Stampa").
 * The text path's dev bodies (session 53, at 1225114f) kept 98 lines of these words alone (aed, meta, utomo,
 * body, fundus), none of them the truth's; on the snippet set none is in a "with" passage.
 * Under the first paragraph only: over it, the buttons are lines the header's rules read (the headline's
 * search stops at a short line), and taking them there moved the header (a headline found over a share bar,
 * and the caption and video links under it published with it: a utomo dev page F1 .955 → .921, the utomo
 * held-out recall down).
 * Read by detectMainText (through shared/lone-control-lines.ts) before the run is found, after share-buttons.ts.
 */
import type { LoneControl } from '../shared/lone-control-lines.ts';

/** The buttons' actions, each a line of its own, in the languages of most news on the web. */
const LONE_ACTIONS = [
  // English
  'share', 'share (?:this|the)? ?(?:article|story|post|page)', 'share on', 'share via', 'tweet', 'print', 'e-?mail', 'embed',
  'copy link', 'copy url', 'copy_link', '(?:link )?copied!?',
  // German
  'teilen', 'artikel teilen', 'drucken', 'link kopieren', 'link kopiert!?',
  // Spanish, Portuguese
  'compartir', 'compartilhar', 'partilhar', 'imprimir', 'copiar enlace', 'copiar link', 'enlace copiado!?', 'link copiado!?',
  // French, Italian, Dutch
  'partager', 'imprimer', 'copier le lien', 'lien copié ?!?', 'condividi', 'copia link', 'delen', 'printen', 'afdrukken', 'kopieer link',
  // Polish, Czech
  'udostępnij', 'drukuj', 'kopiuj link', 'sdílet', 'vytisknout', 'kopírovat odkaz',
];

const LONE_SHARE_BUTTON = new RegExp(`^(?:${LONE_ACTIONS.join('|')})\\s*[:：]?$`, 'iu');
/** Every button is one to four words: most lines are longer and not looked at further. */
const MAX_CHARS = 24;

export const LONE_SHARE_BUTTON_WHY = 'a share / print / e-mail button alone on its line';

/** A button is read alone; the run's weight of the line does not rise (a foot's button still weighs as furniture). */
export const LONE_SHARE_BUTTONS: LoneControl = { line: LONE_SHARE_BUTTON, maxChars: MAX_CHARS, why: LONE_SHARE_BUTTON_WHY };

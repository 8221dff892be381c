/**
 * The page's share and tool buttons, one a line: "Drucken" / "Senden" / "Zitieren", "Copiar enlace" /
 * "Facebook" / "X" / "Whatsapp", "印刷する" / "メールで送る" / "LINE". chrome-rules.ts reads a share bar
 * innerText writes on one line ("Share | Tweet | Email"); a bar laid out as a list gives each button a
 * line of its own, and a lone "Print", "X" or "Drucken" is too short to say what it is, so it was read
 * as a short line and kept wherever prose surrounds it (under the headline, between paragraphs).
 * Three or more such lines in a row, one of them more than an everyday word ("Facebook", "Drucken",
 * not only "X" and "Line"), are the bar: each is left out, and a label closed by a colon over it. Where the article's prose goes on
 * right under the bar, the bar stands inside it (under the headline, between paragraphs): it weighs
 * as little as a caption, so the article runs on past it. Elsewhere it closes the article, as a share
 * bar on one line does (chrome-rules.ts): it weighs as much as furniture, so the run does not cross
 * it into the page's foot (a list under "Share this article:" would read as the article's).
 * Used by detectMainText before the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';
import { EVERYDAY_WORD_NETWORKS, SHARE_NETWORKS } from '../../../lib/social-networks.ts';

/** The buttons' actions, in the languages of most news on the web: share, print, mail, copy the link, save, cite. */
const ACTIONS = [
  // English
  'share', 'share on', 'tweet', 'print', 'e-?mail', 'mail', 'copy', 'copy link', 'link copied!?', 'copied!?', 'save', 'bookmark',
  // German
  'teilen', 'drucken', 'senden', 'versenden', 'per e-?mail', 'zitieren', 'merken', 'link kopieren', 'kopieren', 'speichern',
  // Spanish, Portuguese
  'compartir', 'imprimir', 'enviar', 'copiar', 'copiar enlace', 'copiar link', 'guardar', 'correo', 'compartilhar', 'partilhar', 'salvar',
  // French, Italian
  'partager', 'imprimer', 'envoyer', 'copier le lien', 'enregistrer', 'condividi', 'stampa', 'invia', 'copia link', 'salva',
  // Dutch, Scandinavian
  'delen', 'printen', 'afdrukken', 'kopieer link', 'opslaan', 'dela', 'del', 'skriv ut', 'kopiera länk', 'kopier lenke', 'gem',
  // Polish, Czech
  'udostępnij', 'drukuj', 'kopiuj link', 'sdílet', 'tisk', 'vytisknout', 'kopírovat odkaz',
  // Japanese, Chinese, Korean
  '印刷する', '印刷', 'メールで送る', 'リンクをコピーする', 'リンクをコピー', 'シェア', '分享', '打印', '复制链接', '공유', '인쇄', '링크 복사',
];

/**
 * A button names a network or messenger a page shares on alone (lib/social-networks.ts, the everyday words'
 * too: a bar's row shows them among the others), or an action.
 */
const SHARE_BUTTON = new RegExp(`^(?:${[...SHARE_NETWORKS, ...EVERYDAY_WORD_NETWORKS, ...ACTIONS].join('|')})\\s*[:：]?$`, 'iu');
/**
 * Buttons that are words of everyday text too ("X", "Line", "Mail", "Save", "Truth", Danish "Del"):
 * a row of these alone may be a list the article writes, so a bar needs one button besides them. The
 * networks among them are lib/social-networks.ts's; the actions are this reader's own.
 */
const COMMON_WORD = new RegExp(`^(?:${[...EVERYDAY_WORD_NETWORKS, 'mail', 'e-?mail', 'save', 'copy', 'share', 'print', 'del', 'gem', 'send', 'senden', 'enviar', 'invia', 'stampa', 'tisk', 'correo', 'salva', 'salvar', 'guardar', 'merken', 'kopieren', 'copiar'].join('|')})\\s*[:：]?$`, 'iu');

/** How many buttons in a row make a bar: a lone "Print" or "X" may be anything, and so may a pair ("Facebook" / "Twitter" as a list's items). */
const BAR_BUTTONS = 3;
/** Words of the bar's label over it ("Artikel mit Freunden teilen:", "Share this story:"). */
const LABEL_WORDS = 6;
/** Lines under the bar in which the article's next paragraph shows the bar stood inside it (a sign-in note for saving the article may come between). */
const PROSE_UNDER = 6;
/** What each button of a bar that closes the article weighs at least: as much as a line of furniture. */
const CLOSING_WEIGHT = -10;

export const SHARE_BUTTONS_WHY = 'share / print / e-mail buttons, one a line';

function isButton(line: string, b: ClassedBlock): boolean {
  return b.features.chrome?.id === 'share-bar' || (b.cls !== 'good' && SHARE_BUTTON.test(line.trim()));
}

export function shareButtonsOneALine(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!isButton(lines[i], blocks[i])) continue;
    let j = i;
    while (j + 1 < lines.length && isButton(lines[j + 1], blocks[j + 1])) j++;
    const telling = lines.slice(i, j + 1).some((l, k) => blocks[i + k].features.chrome?.id === 'share-bar' || !COMMON_WORD.test(l.trim()));
    if (j - i + 1 >= BAR_BUTTONS && telling) {
      const inside = blocks.slice(j + 1, j + 1 + PROSE_UNDER).some((b) => b.cls === 'good');
      // The bar's label right over it, a few words closed by a colon, goes with it.
      const label = i > 0 && blocks[i - 1].cls !== 'good' && blocks[i - 1].features.words <= LABEL_WORDS && /[:：]$/.test(lines[i - 1].trim());
      // A button the chrome rules read already keeps its own reason and weight.
      for (let k = label ? i - 1 : i; k <= j; k++) if (blocks[k].cls !== 'bad') leaveOut(blocks[k], SHARE_BUTTONS_WHY, inside ? undefined : Math.min(blocks[k].weight, CLOSING_WEIGHT));
    }
    i = j;
  }
}

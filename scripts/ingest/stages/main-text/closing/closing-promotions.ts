/**
 * The site's promotions closing the article: a newsletter's box (a "Newsletter" label, the
 * newsletter's name, a line on what it brings, the sign-up), an appeal to follow the site on a
 * messenger channel or in its app (outside German: on its social accounts, in the page's own voice), a question to the reader in the familiar "du" under an article
 * that never says "du". Each reads as a short line of prose, so the run took them in and the article
 * ended on them. What shows them to be the site's: they stand after the article's last paragraph,
 * each of them short, and the topmost names a channel of the site (newsletter, app, messenger,
 * inbox) with an appeal or a reader addressed, or sits over the sign-up form the page shows right
 * under the run. The same words inside an article (a paragraph on a messenger's scams) have no such
 * appeal, or more of the article under them. Used by detectMainText after the run's end is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isGoodOrNear as isParagraph } from '../shared/prose.ts';
import { leaveOut, runEndingWeight } from '../shared/leave-out.ts';
import { READER_ADDRESSED } from '../../../lib/page-text/boxes/reader-addressed.ts';
import { ACCOUNT_NETWORKS, SHARE_NETWORKS } from '../../../lib/social-networks.ts';

/** A channel of the site's: where a reader subscribes or follows it. */
const CHANNEL =
  /(?<!\p{L})(?:newsletters?|whats\s?app|telegram|messenger|push-(?:nachrichten|mitteilungen|benachrichtigungen)|posteingang|postfach|inbox|apps?|kanal|channel|podcasts?|mediathek|youtube|per (?:e-?)?mail|e-?mail-?adresse|boletín|boletim|infolettre|lettre d['’]information)(?!\p{L})/iu;
/** An appeal: the sign-up's words, "now", "here", "free". */
const APPEAL =
  /(?<!\p{L})(?:jetzt|hier|kostenlos|gratis|anmelden|abonnieren|abonniere|registrieren|herunterladen|folgen|folge|entdecken|sign up|subscribe|download|follow|join|free|now|here|suscr[ií]b\p{L}*|síguenos|descarga|abonnez|inscrivez|téléchargez|suivez|ahora|aquí|maintenant|ici)(?!\p{L})/iu;
/**
 * Outside German the words above and the reader addressed are as often an article's own ("Which app do you use?", a guide to
 * apps, "free download"): there the page must speak for itself ("sign up for our newsletter").
 */
const PAGE_VOICE = /(?<!\p{L})(?:our|us|nous|notre|nos|nuestr[oa]s?|nossa|nosso|nostr[aoie])(?!\p{L})/iu;
/** There, too, only the channels no guide to software names: not "app", "channel", "podcast". */
const NEWS_CHANNEL = /(?<!\p{L})(?:newsletters?|inbox|whats\s?app|telegram|boletín|boletim|infolettre|lettre d['’]information)(?!\p{L})/iu;
/**
 * The site's accounts on the social networks and video sites, and its apps in the stores: an article names
 * them as often as the site does ("posted on Instagram", "available for iOS"), so outside German they make
 * a promotion only with the page's voice and a call to follow, join or fetch them ("follow us on
 * Instagram", "¡Mira nuestro canal de YouTube!"). The networks are lib/social-networks.ts's, those no
 * everyday word names ("follow our line" is anything), not after an "@" (an address's "@gmail.com" names
 * no channel); the stores are this reader's own.
 */
const SOCIAL_CHANNEL = new RegExp(`(?<![\\p{L}@])(?:${[...SHARE_NETWORKS, ...ACCOUNT_NETWORKS, 'app store', 'google play', 'play store'].join('|')})(?!\\p{L})`, 'iu');
const FOLLOW_APPEAL =
  /(?<!\p{L})(?:follow|join|subscribe|download|like|s[ií]gue(?:nos)?|[uú]nete|suscr[ií]bete|descarga|mira|suivez|rejoignez|abonnez|téléchargez|seguici|iscriviti|scarica|siga|segue|inscreva|baixe)(?!\p{L})/iu;
/** The page's voice in the verb alone: "we have a channel", "tenemos canal de Telegram". */
const SITE_VERB = /(?<!\p{L})(?:tenemos|temos|abbiamo|nous avons|we have|we['’]re on)(?!\p{L})/iu;

/** A label of the site's newsletter alone, in any language. */
const NEWSLETTER_LABEL = /(?<!\p{L})newsletters?(?!\p{L})/iu;
/** The familiar "du": a closing question to the reader when the article above never said it. */
const DU = /(?<!\p{L})(?:du|dich|dir|dein|deine[mnrs]?)(?!\p{L})/iu;
/** A sign-up form's fields, each alone on its line, right under the run. */
// Not "Name" nor "E-Mail" alone: a comment form asks for them too.
const FORM_FIELD = /^(?:anrede|vorname|nachname|e-?mail-adresse)(?!\p{L}).{0,24}$/iu;
/** Lines under the run that may hold the form, and how many of its fields show it. */
const FORM_REACH = 8;
const FORM_FIELDS = 2;
/** A promotion's line is short: a paragraph longer than this is the article's. */
const PROMOTION_WORDS = 45;
/** Lines of prose a closing box of promotions holds at most; the walk up stops there. */
const PROMOTION_PARAGRAPHS = 6;
/** Short lines over the topmost promotion that are its box's (a newsletter's name and its days). */
const BOX_LABELS = 2;
const PROMOTION_WHY = "a promotion of the site's closing the article (a newsletter, its app, a channel to follow)";

/**
 * The sign-up's own words, in German: "Hier gratis herunterladen", "Jetzt kostenlos anmelden", "Hier
 * geht es zur Anmeldung". An article on an app says it "can be downloaded"; only the site's appeal
 * speaks the button's imperative.
 */
const SIGN_UP =
  /(?<!\p{L})(?:hier (?:gratis |kostenlos )?(?:herunterladen|downloaden|anmelden|abonnieren|entlang|bestellen|registrieren)|hier geht(?:['’]s| es) zu(?:r|m)?|jetzt (?:gratis |kostenlos )?(?:herunterladen|downloaden|anmelden|abonnieren|registrieren|bestellen)|(?:kostenlos|gratis) (?:anmelden|abonnieren|herunterladen|registrieren|bestellen))(?!\p{L})/iu;
const APPEAL_WHY = "a promotion of the site's between paragraphs (its app, its newsletter: the sign-up's words)";

/**
 * A German page's appeal to take its app or its newsletter, set between the article's paragraphs:
 * a short line naming the channel and speaking the sign-up's imperative. Furniture that weighs little,
 * so the article runs on past it (as any promotion between paragraphs). Used before the run is found.
 */
export function appealsBetweenParagraphs(lines: string[], blocks: ClassedBlock[], lang: string): void {
  if (lang !== 'de') return;
  blocks.forEach((b, i) => {
    if (b.cls === 'bad' || b.features.words > PROMOTION_WORDS || !CHANNEL.test(lines[i]) || !SIGN_UP.test(lines[i])) return;
    leaveOut(b, APPEAL_WHY);
  });
}

/**
 * May the line be one the walk below takes for a promotion: it names a channel of the site's (any, in
 * German; a newsletter, an inbox, a messenger elsewhere), or asks a German reader a question in the "du".
 */
export function mayBeAPromotion(line: string, lang: string): boolean {
  return lang === 'de' ? CHANNEL.test(line) || (DU.test(line) && line.includes('?')) : NEWS_CHANNEL.test(line) || SOCIAL_CHANNEL.test(line);
}

/** Outside German: a channel no guide names in the page's own voice, or the site's accounts with a call to follow them. */
function appealsElsewhere(line: string): boolean {
  const voice = PAGE_VOICE.test(line) || SITE_VERB.test(line);
  return voice && (NEWS_CHANNEL.test(line) || (SOCIAL_CHANNEL.test(line) && FOLLOW_APPEAL.test(line)));
}

/** Returns the article's last line: above the promotions that close the run, if it does close on them. */
export function aboveTheClosingPromotions(lines: string[], blocks: ClassedBlock[], start: number, end: number, lang: string): number {
  const german = lang === 'de';
  const appeals = (line: string) => (german ? CHANNEL.test(line) && (APPEAL.test(line) || READER_ADDRESSED.test(line)) : appealsElsewhere(line));
  const form = german && formUnder(lines, end);
  const duAbove = (to: number) => {
    for (let i = start; i < to; i++) if (isParagraph(blocks[i]) && DU.test(lines[i])) return true;
    return false;
  };
  // The walk below changes no block: the run's last paragraph is found once, not for each line it passes.
  const last = german ? lastParagraph(blocks, start, end) : -1;
  let top = -1;
  for (let i = end, paragraphs = 0; i > start; i--) {
    const b = blocks[i];
    if (b.cls === 'bad') continue;
    const line = lines[i];
    if (isParagraph(b)) {
      if (b.features.words > PROMOTION_WORDS || ++paragraphs > PROMOTION_PARAGRAPHS) break;
      if (appeals(line) || (form && READER_ADDRESSED.test(line))) top = i;
      else if (german && i === last && DU.test(line) && line.includes('?') && !duAbove(i)) top = i;
    } else if ((german ? CHANNEL : NEWSLETTER_LABEL).test(line) && !b.features.sentenceEnd) top = i;
  }
  if (top === -1) return end;
  // The box's name and its days over its first promotion ("Harbor Kompakt" / "Montag bis Freitag").
  for (let k = 0; k < BOX_LABELS && top - 1 > start && blocks[top - 1].cls === 'short' && !blocks[top - 1].features.sentenceEnd; k++) top--;
  let cut = top - 1;
  while (cut > start && blocks[cut].weight <= 0) cut--;
  // The article keeps most of the run's prose: a run of nothing but short lines is no article closed by a box.
  let above = 0;
  let below = 0;
  for (let i = start; i <= end; i++) if (blocks[i].cls === 'good') (i <= cut ? (above += blocks[i].features.words) : (below += blocks[i].features.words));
  if (cut <= start || above <= below) return end;
  for (let i = top; i <= end; i++) if (blocks[i].cls !== 'bad') leaveOut(blocks[i], PROMOTION_WHY, runEndingWeight(blocks[i]));
  return cut;
}

function lastParagraph(blocks: ClassedBlock[], start: number, end: number): number {
  for (let i = end; i > start; i--) if (isParagraph(blocks[i])) return i;
  return -1;
}

/** Does a sign-up form (its fields alone on their lines) stand right under the run? */
function formUnder(lines: string[], end: number): boolean {
  let fields = 0;
  for (let i = end + 1; i < lines.length && i <= end + FORM_REACH; i++) if (FORM_FIELD.test(lines[i].trim())) fields++;
  return fields >= FORM_FIELDS;
}

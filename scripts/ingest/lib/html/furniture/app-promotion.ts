/**
 * The site's app promotion, which a template sets in the article's box or under it: the app stores'
 * badges, whose text is the store's name ("Google Play", "GET IT ON Google Play", "Download on the App
 * Store", "Explore it on AppGallery"), and the promo line above them that names the app ("Download the
 * … app for mobile phones", "حمل الآن تطبيق …"), with the line under it ("For the latest news …"). None
 * of it is the article's: the badges link to a store, the lines sell the site's app.
 * What keeps the article's own lines: a badge's line is the store's name and nothing else (a sentence
 * that says where an app is sold names the store among its words); one store's name alone counts only
 * when the article ends on it (as a sub-heading, "App Store" has the article's text under it); the
 * promo line is short, names an app, and is no sentence ending on its full stop (the article's last
 * paragraph about an app).
 * Used by html-furniture.ts; each block it marks is reported (stages/html.ts).
 */
import { countWords } from '../../page-text/language/text.ts';
import type { FurnitureBlock as Block } from './furniture-block.ts';

export const APP_PROMOTION_WHY = "the site's app promotion (the app stores' badges and the line that names the app)";

/** A badge's text: a store's name, after the words badges put before it in the stores' languages. */
const STORE_BADGE = new RegExp(
  String.raw`^(?:(?:get it on|download (?:it )?(?:on|from)(?: the)?|available (?:on|in|at)(?: the)?|explore it on|jetzt bei|laden im|erhältlich (?:bei|im)|disponible (?:sur|en|no|na)(?: l[ae'’])?|descárgala en|descargar en|baixe na|baixar na|scarica su|télécharger (?:dans|sur)(?: l['’])?)\s*)?(?:google play(?: store)?|(?:apple )?app ?store|(?:huawei )?app ?gallery|galaxy store)$`,
  'iu',
);
/** "app", "application", "تطبيق", "アプリ", "앱": the promo line names what it sells. */
const NAMES_APP = /(?<![\p{L}])(?:apps?|applications?|aplicaci[oó]n|aplicativo|applicazione|anwendung|uygulama\p{L}*|aplikasi|приложени\p{L}*)(?![\p{L}])|تطبيق|应用|アプリ|앱/iu;
/** A promo line is a line: the call and the line under it. */
const PROMO_WORDS = 15;
const PROMO_LINES = 2;
/** Two stores side by side are a row of badges anywhere; one alone only closing the article. */
const BADGES_ANYWHERE = 2;
const ENDS_ON_FULL_STOP = /[.。]$/u;

/**
 * Whether a text is a badge's (STORE_BADGE, its spaces made single). Asked of every block of the article,
 * paragraphs among them, whose spaces were copied just to fail the pattern at its first letters (~0.8 % of
 * the HTML path): a badge ends on its store's last word ("… Play", "… Store", "… Gallery"), so on a "y" or
 * an "e" in either case (no other character is one of those to "iu": tests/ingest/html-speed58-equivalence.test.ts),
 * and a text that ends otherwise is read no further.
 */
export function isBadgeText(text: string): boolean {
  const end = text.trimEnd();
  const last = end.charCodeAt(end.length - 1) | 0x20;
  if (last !== 0x65 && last !== 0x79) return false;
  return STORE_BADGE.test(end.trim().replace(/\s+/g, ' '));
}
/** The pattern alone, for the test that holds isBadgeText to it. */
export const STORE_BADGE_PATTERN = STORE_BADGE;

const isBadge = (b: Block) => !b.furniture && isBadgeText(b.text);
const isPromoLine = (b: Block) => !b.furniture && b.kind !== 'item' && countWords(b.text, PROMO_WORDS + 1) <= PROMO_WORDS && !ENDS_ON_FULL_STOP.test(b.text.trim());

/** Marks each row of store badges (two at least, or one the article ends on) and the promo lines above it. */
export function markAppPromotion(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (!isBadge(blocks[i])) continue;
    let j = i;
    while (j < blocks.length && (isBadge(blocks[j]) || (blocks[j].furniture && j > i))) j++;
    let badges = 0;
    for (let k = i; k < j; k++) if (!blocks[k].furniture) badges++;
    const closing = blocks.slice(j).every((b) => b.furniture);
    if (badges < BADGES_ANYWHERE && !closing) {
      i = j - 1;
      continue;
    }
    // The promo line above: the highest of the lines right above the badges that names an app.
    let from = i;
    for (let k = i - 1, seen = 0; k >= 0 && seen < PROMO_LINES; k--) {
      // A line left out already (a call to action: "Download the … app") may be the promo line: read it, not counted.
      if (blocks[k].furniture) {
        if (NAMES_APP.test(blocks[k].text)) from = k;
        continue;
      }
      if (!isPromoLine(blocks[k])) break;
      seen++;
      if (NAMES_APP.test(blocks[k].text)) from = k;
    }
    for (let k = from; k < j; k++) blocks[k].furniture ??= APP_PROMOTION_WHY;
    i = j - 1;
  }
}

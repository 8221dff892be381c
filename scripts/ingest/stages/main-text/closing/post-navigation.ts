/**
 * A blog's or a news site's links to the previous and the next post, near the run's foot: a label
 * ("Previous article", "Nächster Beitrag", "Article précédent", "Entrada anterior"), alone on its line
 * or run into the other post's title ("Vorheriger ArtikelVerbände lehnen …", "PREVIOUS Cost-of-living
 * …"), or the other post's title behind an arrow ("← Der erste Stammtisch steht fest!", "Steuerdarling
 * – Die PARTEI als Ehestifter →"). Sites print them where the post is over, and what follows is the
 * site's: the other posts' titles and teasers, the comments, the sidebar, the footer. The run carried
 * them when a teaser's summary or the sidebar's blurb under them weighed more.
 *
 * What keeps the article's own lines:
 * - the label is the line's opening phrase and the line is short (a sentence that opens on "Next, …"
 *   or "Previous studies …" is none: a bare "next" or "previous" counts only in capitals before a
 *   title, never alone, as a gallery's or a carousel's button); a guillemet is no arrow (« … » quotes);
 * - it stands near the run's foot: the prose under it is little beside the article's above it
 *   (UNDER_SHARE, MAX_UNDER_WORDS) and one paragraph at most (the other post's teaser, the blog's
 *   blurb), so a "Previous" box set between paragraphs, the article going on under it, ends nothing;
 * - a paragraph stands above it in the run.
 * The links to both neighbours (a pair a few lines apart, or run onto one line), or one right over
 * the comment section's mark, end the post whatever prose stands under them (aboveAPairOrTheComments:
 * the comments, the other posts' teasers; found in aed's and utomo's dev pages).
 * The article then ends above the link, and each line from there on is reported with the reason; the
 * lines over it that weigh against the run leave it with dangling-foot.ts. Found with scripts/bench/extract/census/kept-lines.ts on the
 * snippets' dev pages (other posts' titles and blurbs kept under "← …" / "… →", "Vorheriger Artikel").
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isGoodOrNear as isParagraph } from '../shared/prose.ts';
import { closeFrom, linesNearTheFoot } from '../shared/near-the-foot.ts';
import { inClass, trimCharacters } from '../../../lib/trim-characters.ts';

/** Prose under the link at most, as a share of the prose above it. */
const UNDER_SHARE = 0.5;
/** Prose under the link at most, in words. */
const MAX_UNDER_WORDS = 250;
/** Paragraphs under the link at most: the other post's teaser, or the blog's blurb. */
const PARAGRAPHS_UNDER = 1;
/** Words of the line at most: a label and the other post's title. */
const NAVIGATION_WORDS = 20;

/** "Previous article", "Nächster Beitrag", "Article précédent", "Entrada anterior": the label of a link to a neighbouring post. */
const POST_LABEL = new RegExp(
  String.raw`^(?:(?:previous|next|older|newer|prev\.?) (?:post|article|story|entry|page)s?|(?:vorherige[rs]?|nächste[rs]?|ältere[rs]?|neuere[rs]?) (?:artikel|beitrag|eintrag|post|meldung|nachricht)|(?:article|billet|post|message) (?:précédent|suivant)|(?:publication|entrée) (?:précédente|suivante)|(?:artículo|entrada|post|publicación|nota|noticia|artigo|publicação|notícia) (?:anterior|siguiente|seguinte)|(?:próxim[oa]) (?:artigo|post|publicação|notícia)|articolo (?:precedente|successivo)|(?:vorig(?:e)?|volgend(?:e)?) (?:artikel|bericht)|(?:poprzedni|następny) (?:artykuł|wpis|post))`,
  'iu',
);
/**
 * The bare word in capitals before the other post's title: "PREVIOUS Cost-of-living adjustment …".
 * Alone on its line it is no post's link: a gallery's, a carousel's, a form's button says "Next" too.
 */
const CAPITALS_LABEL = /^(?:PREVIOUS|NEXT|PREV|VORHERIGER|NÄCHSTER|PRÉCÉDENT|SUIVANT|ANTERIOR|SIGUIENTE)\s+\p{Lu}/u;
/** Arrows before the label or the title ("« Previous Post", "< Prev"), and after it ("Next Post »"). */
const ARROW_BEFORE = inClass(/[\s«‹<←]/u);
const ARROW_AFTER = inClass(/[\s»›>→]/u);
/** A title behind an arrow that points back: "← Older post's title". */
const ARROW_THEN_TITLE = /^←\s*\p{L}/u;
/** A title before an arrow that points on: "Newer post's title →" (a letter before it is read apart: linearTitleBeforeArrow). */
const SPACED_ARROW_AT_END = /\s→$/u;
const LETTER = /\p{L}/u;

export const POST_NAVIGATION_WHY = 'the links to the previous and next posts under the article, and what follows them';

/** "Previous article", "Vorheriger ArtikelVerbände lehnen …", "PREVIOUS Cost-of-living …", "← Older post's title": a link to a neighbouring post. */
export function isPostNavigation(line: string): boolean {
  return postNavigationSide(line) !== null;
}

/**
 * The label of the link to the next post inside a line that opens on the previous one's: "Previous
 * article Why the … Next article How the …", the two links run onto one line as innerText gives them.
 * POST_LABEL and CAPITALS_LABEL's words for "next", after a space or a title's last letter.
 */
const NEXT_LABEL_INSIDE = new RegExp(
  String.raw`(?:next|newer) (?:post|article|story|entry)|(?:nächste[rs]?|neuere[rs]?) (?:artikel|beitrag|eintrag|post|meldung|nachricht)|(?:article|billet|post|message) suivant|(?:publication|entrée) suivante|(?:artículo|entrada|post|publicación|nota|noticia|artigo|publicação|notícia) (?:siguiente|seguinte)|próxim[oa] (?:artigo|post|publicação|notícia)|articolo successivo|volgend(?:e)? (?:artikel|bericht)|następny (?:artykuł|wpis|post)`,
  'giu',
);
/** The label's word that points back ("Previous", "Vorheriger", "précédent", "anterior"), wherever it stands in the label: any other label points on. */
const POINTS_BACK = /(?<!\p{L})(?:previous|prev|older|vorherige[rs]?|ältere[rs]?|précédente?|anterior|precedente|vorige?|poprzedni)(?!\p{L})/iu;

/**
 * Which neighbour a line links to, 'previous' or 'next' ('both' for the two links run onto one line),
 * or null when it is no link to a neighbouring post.
 */
export function postNavigationSide(line: string): 'previous' | 'next' | 'both' | null {
  const text = line.trim();
  if (!text) return null;
  const words = text.split(/\s+/u).length;
  if (words > 2 * NAVIGATION_WORDS) return null;
  if (words <= NAVIGATION_WORDS && ARROW_THEN_TITLE.test(text)) return 'previous';
  if (words <= NAVIGATION_WORDS && titleBeforeArrow(text)) return 'next';
  const bare = trimCharacters(text, ARROW_BEFORE, ARROW_AFTER).trim();
  let labelEnd: number;
  if (CAPITALS_LABEL.test(bare)) labelEnd = bare.search(/\s/u);
  else {
    const m = POST_LABEL.exec(bare);
    // The label alone, or run into the title after it: not "Previous articles have shown …".
    if (!m || (m[0].length !== bare.length && !RUN_IN.test(bare.slice(m[0].length)))) return null;
    labelEnd = m[0].length;
  }
  const side = POINTS_BACK.test(bare.slice(0, labelEnd)) ? 'previous' : 'next';
  const both = side === 'previous' && nextLabelInside(bare.slice(labelEnd));
  // Longer than one link: the two links on one line, the next post's label after the previous one's title.
  if (words > NAVIGATION_WORDS) return both ? 'both' : null;
  return both ? 'both' : side;
}

/** What follows a label run into the other post's title: a capital, a colon or a dash, a space and a capital. */
const RUN_IN = /^(?:\s*[:：|–-]\s*\S|\s+\p{Lu}|\p{Lu})/u;

/** Does the next post's label stand inside `rest` (what follows the previous post's label), run into its title or alone at the end? */
function nextLabelInside(rest: string): boolean {
  for (const m of rest.matchAll(NEXT_LABEL_INSIDE)) {
    const after = rest.slice(m.index + m[0].length);
    if (!after.trim() || RUN_IN.test(after)) return true;
  }
  return false;
}

/**
 * A letter, then the rest of the line, then a space and "→" closing it (what `/\p{L}.*\s→$/u` matches,
 * read without trying the pattern from every letter of a long line: tests/ingest/regex-audit.test.ts).
 */
function titleBeforeArrow(text: string): boolean {
  if (!SPACED_ARROW_AT_END.test(text)) return false;
  const before = text.slice(0, text.length - 2);
  // `.` crosses no line break: the letter stands after the last one.
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'), before.lastIndexOf('\u2028'), before.lastIndexOf('\u2029')) + 1;
  return LETTER.test(before.slice(lineStart));
}

/** Returns the article's last line: above the links to the neighbouring posts near the run's (start..end) foot, if any. */
export function aboveThePostNavigation(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  for (const i of linesNearTheFoot(blocks, start, end, UNDER_SHARE, MAX_UNDER_WORDS)) {
    if (!isPostNavigation(lines[i])) continue;
    // The other post's teaser or the blog's blurb under it, no more: paragraphs under it are the article going on.
    let paragraphs = 0;
    for (let k = i + 1; k <= end; k++) if (isParagraph(blocks[k])) paragraphs++;
    if (paragraphs > PARAGRAPHS_UNDER) continue;
    return closeFrom(blocks, i, end, POST_NAVIGATION_WHY);
  }
  return aboveAPairOrTheComments(lines, blocks, start, end);
}

/** Lines from one link of a pair to the other at most: "PREVIOUS POST", its title, "NEXT POST". */
const PAIR_REACH = 3;
/** Lines from the links down to the comment section's mark at most: the author's name, a count between. */
const COMMENTS_REACH = 3;
/** Prose under a pair of links at most, as a share of the prose above: the site's teasers and notes, not a second article. */
const PAIR_UNDER_SHARE = 1;

/**
 * The links to both neighbouring posts ("Previous article …" and "Next article …", on one line or a
 * few apart), or either of them right over the comment section's mark ("8 COMMENTS", "Leave a
 * Reply"): the post is over, whatever the prose under them (comments, the other posts' teasers, a
 * comment policy). A single link with more than a teaser under it is left to the rule above, which
 * reads it as a box the article may go on under. The links may read as a line of prose ("Previous
 * articleCol. (Ret.) Jane Doe, 94, of Harbor Town, pioneer in …"): the label decides.
 */
function aboveAPairOrTheComments(lines: string[], blocks: ClassedBlock[], start: number, end: number): number {
  let over = 0;
  let under = 0;
  for (let i = start; i <= end; i++) if (isParagraph(blocks[i])) under += blocks[i].features.words;
  for (let i = start; i <= end; i++) {
    const side = over > 0 ? postNavigationSide(lines[i]) : null;
    if (isParagraph(blocks[i])) under -= blocks[i].features.words;
    if (!side) {
      if (isParagraph(blocks[i])) over += blocks[i].features.words;
      continue;
    }
    // The other link of the pair: on the same line ('both'), or a few lines under this one.
    let last = i;
    if (side !== 'both') for (let k = i + 1; k <= Math.min(end, i + PAIR_REACH) && last === i; k++) if (isOtherSide(side, lines[k])) last = k;
    const pair = side === 'both' || last !== i;
    if (pair && under <= PAIR_UNDER_SHARE * over) return closeFrom(blocks, i, end, POST_NAVIGATION_WHY);
    if (commentsFollow(blocks, last, end)) return closeFrom(blocks, i, end, POST_NAVIGATION_WHY);
  }
  return end;
}

function isOtherSide(side: 'previous' | 'next', line: string): boolean {
  const other = postNavigationSide(line);
  return other !== null && other !== side;
}

/** A comment section's mark within COMMENTS_REACH lines under line `last`, no paragraph between. */
function commentsFollow(blocks: ClassedBlock[], last: number, end: number): boolean {
  for (let k = last + 1; k <= Math.min(end, last + COMMENTS_REACH); k++) {
    if (blocks[k].features.commentMark) return true;
    if (blocks[k].cls === 'good') return false;
  }
  return false;
}

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
  const text = line.trim();
  if (!text || text.split(/\s+/u).length > NAVIGATION_WORDS) return false;
  if (ARROW_THEN_TITLE.test(text) || titleBeforeArrow(text)) return true;
  const bare = trimCharacters(text, ARROW_BEFORE, ARROW_AFTER).trim();
  if (CAPITALS_LABEL.test(bare)) return true;
  const m = POST_LABEL.exec(bare);
  // The label alone, or run into the title after it (a capital, a colon, a space and a capital): not "Previous articles have shown …".
  return !!m && (m[0].length === bare.length || /^(?:\s*[:：|–-]\s*\S|\s+\p{Lu}|\p{Lu})/u.test(bare.slice(m[0].length)));
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
  return end;
}

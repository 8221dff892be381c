/**
 * The sections of an article a page builder made from one template, beyond those Readability joined.
 *
 * A page builder gives every section of an article (a numbered tip, a heading and its paragraph) a box
 * of its own, all with the same class names, side by side under one parent. Readability joins to its
 * top candidate the siblings that score well; prose-siblings.ts (joinProseSiblings) adds those of 800
 * characters of prose or more and the rows between two that join. A list's last sections are often
 * shorter than that, and nothing joins after them: the article was cut after its third tip of six
 * (the "article cut in two" of the worst pages of the metadata set, scripts/bench/extract/census/html-lost-text.ts
 * "inside, not taken"). So a sibling next to the run that joined, with the very class names of a
 * sibling in it, is the same template's next section and joins too, when it is prose: Readability
 * scored it above nothing (it holds paragraphs, and no class or id word weighs against it), two
 * sentences or more, little of it in links, no form. Empty siblings (a spacer row) are stepped over;
 * the first other sibling ends the run, so a box of the same template after an unlike one (a footer's)
 * is not reached. HTML body F1, dev / held out: metadata set .96223 → .96239 (one page up, .86 → 1.0;
 * one down, .992 → .977: a "Need more help?" box of the same template closing the article) / = ;
 * fundus .9641 → .9643 (one page up) / = ; body set = / = .
 */

/** What is read of one sibling: its class attribute, text and Readability's score (null: it gave none). */
export interface SectionSibling {
  className: string;
  chars: number;
  sentences: number;
  linkDensity: number;
  score: number | null;
  hasForm: boolean;
}

/** Less than this is a label or a button row, not a section of the article. */
const MIN_CHARS = 150;
const MIN_SENTENCES = 2;
/** As joinProseSiblings: a tenth or more of the text in links is a box of teasers. */
const MAX_LINK_DENSITY = 0.1;

const isSection = (s: SectionSibling, templates: ReadonlySet<string>) =>
  templates.has(s.className) && s.score !== null && s.score > 0 && s.chars >= MIN_CHARS && s.sentences >= MIN_SENTENCES && s.linkDensity <= MAX_LINK_DENSITY && !s.hasForm;

/**
 * The indexes of the siblings that continue the joined run as sections of its template, before its
 * first sibling and after its last (`joins[i]`: sibling i joins already). `classOf(i)` is asked of
 * the siblings that join, `sibling(i)` (their text, links and form read) only of those next to the
 * run, so a long row of other boxes costs nothing.
 */
export function sameTemplateSections(count: number, joins: readonly boolean[], classOf: (i: number) => string, sibling: (i: number) => SectionSibling): number[] {
  const first = joins.indexOf(true);
  if (first === -1) return [];
  const last = joins.lastIndexOf(true);
  const templates = new Set<string>();
  for (let i = first; i <= last; i++) {
    if (!joins[i]) continue;
    const name = classOf(i);
    if (name.trim() !== '') templates.add(name);
  }
  if (templates.size === 0) return [];
  const found: number[] = [];
  const walk = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < count; i += step) {
      const s = sibling(i);
      if (s.chars === 0) continue;
      if (!isSection(s, templates)) return;
      found.push(i);
    }
  };
  walk(last + 1, 1);
  walk(first - 1, -1);
  return found.sort((a, b) => a - b);
}

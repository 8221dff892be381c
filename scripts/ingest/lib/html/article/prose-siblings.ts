/**
 * The siblings of Readability's top candidate that are the article's although they score too little to
 * be joined: prose siblings, the rows between two siblings that join, the sections of the same template
 * (template-sections.ts). Hooked into a reader before it parses (readability-reading.ts).
 */
import { sameTemplateSections, type SectionSibling } from './template-sections.ts';

/**
 * Readability joins to its top candidate only the siblings that score at least a fifth of it (and
 * at least 10). A page builder puts each heading and its paragraphs in a box of its own, a few
 * levels deep; a paragraph's score reaches a box four levels up divided by twelve, so each section
 * scores little and all but the top candidate's own are lost. A sibling Readability has scored (it
 * holds scored paragraphs), with a positive score (no class name that marks it as furniture), that
 * is prose (800 characters or more, a tenth or less of it in links, two sentences or more) is
 * joined too. Readability names each sibling through its log hook just before its test (a new
 * Readability that renames the message fails tests/ingest/html-sections.test.ts); the sibling is
 * given a score that passes the test, so Readability's own cleaning applies to it as to every
 * joined sibling. Metadata set body F1 0.945 → 0.947 dev, 0.942 → 0.944 held out (recall up,
 * precision as before); the body set unchanged; no cost in CPU time. The rows between two siblings that
 * join are joined with them (siblingsBetweenJoined).
 */
const SIBLING_MIN_CHARS = 800;
const SIBLING_MAX_LINK_DENSITY = 0.1;
const SIBLING_MIN_SENTENCES = 2;
const SENTENCE_ENDS = /[.!?。！？](?:\s|$)/g;

type ScoredNode = { readability?: { contentScore: number } };
type FormHolder = { getElementsByTagName(tag: string): ArrayLike<unknown> };
type ReaderInternals = { log: (...args: unknown[]) => void; _getLinkDensity(e: unknown): number; _getInnerText(e: unknown, normalizeSpaces?: boolean): string };

/** A sibling Readability scored that is prose enough to join whatever its score (see joinProseSiblings). */
function joinsAsProse(r: ReaderInternals, node: unknown, scored: { contentScore: number }): boolean {
  if (scored.contentScore <= 0) return false;
  if (r._getLinkDensity(node) > SIBLING_MAX_LINK_DENSITY) return false;
  const text = r._getInnerText(node);
  return text.length >= SIBLING_MIN_CHARS && (text.match(SENTENCE_ENDS)?.length ?? 0) >= SIBLING_MIN_SENTENCES;
}

/**
 * A page builder puts each heading, each paragraph or run of them, and each picture in a row of its
 * own: the rows between two that join (the top candidate, a sibling that scores, a prose sibling
 * above) are the article's too, a heading's row or a short paragraph's, which score too little to be
 * joined alone. So a sibling between the first and the last that join is joined as well, unless its
 * class names weigh against it (a negative score), a tenth or more of its text is links (a box of
 * teasers), or it holds a form (its labels: "Your Email*") — a form's inputs are gone with the
 * prune pass, its <form> and <label>s are not. Readability's own cleaning and the furniture rules
 * then read it as every joined sibling. HTML body F1, dev / held out: metadata set .9616 → .9622 (5 pages
 * up, 0.78 → 0.93 the most; none down) / .9576 = ; fundus .9599 → .9595 (one page, whose truth keeps two
 * sub-headings and leaves out their paragraphs) / .9590 = ; body set = / = ; trafilatura's snippets, HTML
 * .9159 → .9161 (one passage more found).
 */
function siblingsBetweenJoined(r: ReaderInternals, children: ScoredNode[], passing: number): { between: Set<unknown>; prose: Set<unknown> } {
  // The siblings that join as prose although they score under the passing score (joinsAsProse, asked once a sibling).
  const prose = new Set<unknown>();
  const joins = children.map((c) => {
    const scored = c.readability;
    if (scored && scored.contentScore >= passing) return true;
    if (scored && joinsAsProse(r, c, scored)) {
      prose.add(c);
      return true;
    }
    // Readability's own rule for a <p> sibling (its short-paragraph case aside).
    return (c as { nodeName?: string }).nodeName === 'P' && r._getInnerText(c).length > 80 && r._getLinkDensity(c) < 0.25;
  });
  const between = new Set<unknown>();
  const holdsForm = (c: FormHolder) => c.getElementsByTagName('form').length > 0 || c.getElementsByTagName('label').length > 0;
  for (let i = joins.indexOf(true) + 1; i < joins.lastIndexOf(true); i++) {
    const c = children[i] as ScoredNode & FormHolder;
    if (joins[i] || (c.readability && c.readability.contentScore < 0)) continue;
    if (r._getLinkDensity(c) > SIBLING_MAX_LINK_DENSITY) continue;
    if (holdsForm(c)) continue;
    between.add(c);
  }
  // The sections of the same template next to the run (lib/html/article/template-sections.ts).
  const classOf = (i: number) => (children[i] as { className?: string }).className ?? '';
  const describe = (i: number): SectionSibling => {
    const c = children[i] as ScoredNode & FormHolder;
    const text = r._getInnerText(c);
    return {
      className: classOf(i),
      chars: text.length,
      sentences: text.match(SENTENCE_ENDS)?.length ?? 0,
      linkDensity: text.length ? r._getLinkDensity(c) : 0,
      score: c.readability ? c.readability.contentScore : null,
      hasForm: text.length > 0 && holdsForm(c),
    };
  };
  for (const i of sameTemplateSections(children.length, joins, classOf, describe)) between.add(children[i]);
  return { between, prose };
}

export function joinProseSiblings(reader: object): void {
  const r = reader as unknown as ReaderInternals;
  // The score that passes Readability's test among one parent's children: at least 10 and a fifth
  // of the best of them (the top candidate is one). No more: the top candidate's score also sets
  // the bonus of siblings that share its class name.
  let parent: unknown = null;
  let passing = 0;
  let between = new Set<unknown>();
  let prose = new Set<unknown>();
  r.log = (message: unknown, node: unknown) => {
    // A new attempt reads a page rebuilt from source, whose <body> is the same element: its
    // siblings' scores are new.
    if (message === 'Starting grabArticle loop') parent = null;
    if (message !== 'Looking at sibling node:') return;
    const siblings = (node as { parentNode: { children: ScoredNode[] } }).parentNode;
    if (siblings !== parent) {
      parent = siblings;
      let best = 0;
      for (const child of siblings.children) best = Math.max(best, child.readability?.contentScore ?? 0);
      passing = Math.max(10, 0.2 * best);
      ({ between, prose } = siblingsBetweenJoined(r, siblings.children, passing));
    }
    if (between.has(node)) {
      // Readability tests a sibling's score only where it has one (it scores only paragraphs' ancestors).
      const n = node as ScoredNode;
      n.readability ??= { contentScore: passing };
      n.readability.contentScore = Math.max(n.readability.contentScore, passing);
      return;
    }
    // A prose sibling scoring under the passing score is given it.
    if (prose.has(node)) (node as Required<ScoredNode>).readability.contentScore = passing;
  };
}

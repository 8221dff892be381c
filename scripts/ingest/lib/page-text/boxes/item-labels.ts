/**
 * The labels of a guide's items: a review or a plan repeats the same few headings in every item
 * ("Pros" / "Cons", "Best for" / "Our verdict", "Monthly pricing" / "Key features"), each copy on a
 * line of its own between the item's own lines. Every copy is the article's: the reader needs the
 * label to tell the item's pros from its cons. Used by dedupe, which otherwise keeps one copy of a
 * short line repeated more than a few times (a button under every item).
 *
 * What tells the labels from a button or a site's furniture repeated down the page:
 * - they come as a set: two labels or more, each repeated as many times as there are items (the
 *   item's template). A lone line repeated between the paragraphs ("Article content", "Advertisement",
 *   "Read the article" in any language) is no set;
 * - each copy stands alone between lines the page shows once (the item's name, its text); a row of
 *   buttons or a store list under each item ("Where to buy" / "Camera shop") repeats side by side;
 * - a label names, it does not ask: a line opening on a verb of a call to action ("Book now", "Check
 *   price", "Read our review"), closing on "now", "here" or "more", or with no word in it is a button.
 */

/** A line opening on a call to action's verb, or on what a button names (a map, the website, a price). */
const BUTTON_START =
  /^\P{L}*(?:click|tap|subscribe|sign|log|register|follow|download|install|join|read|watch|listen|share|get|like|support|donate|visit|discover|explore|check|see|view|browse|send|tell|contact|email|find|book|buy|shop|order|learn|try|go|jump|track|compare|chat|call|apply|start|request|add|save|print|show|open|reserve|more|back|next|previous|skip|close|load|play|website|map|source|price)(?!\p{L})/iu;
/** "… now", "… here", "… more", "… deal" closing a short line: a button's words. */
const BUTTON_END = /(?<!\p{L})(?:now|here|more|deal)\P{L}*$/iu;
/** Two letters in a row: a line without them (a number, a mark, an arrow) labels nothing. */
const A_WORD = /\p{L}{2}/u;

export function buttonLike(text: string): boolean {
  return BUTTON_START.test(text) || BUTTON_END.test(text) || !A_WORD.test(text);
}

/** How many items a guide must have for its labels to count as a set: fewer repeat under SHORT_LINE_COPIES anyway. */
const SET_MEMBERS = 2;

/**
 * Of the candidate lines (key → its text, how many copies the article shows, and whether each copy
 * stands alone between lines shown once; a candidate not alone stands beside other labels of the
 * item, dedupe's labelsBeside), the keys that are item labels: not button-like, and sharing their
 * number of copies with another such label, one of them at least alone (`alone` unset counts as alone).
 */
export function itemLabels(candidates: Map<string, { text: string; copies: number; alone?: boolean }>): Set<string> {
  const byCopies = new Map<number, { keys: string[]; alone: boolean }>();
  for (const [key, { text, copies, alone = true }] of candidates) {
    if (buttonLike(text)) continue;
    const group = byCopies.get(copies) ?? { keys: [], alone: false };
    group.keys.push(key);
    group.alone ||= alone;
    byCopies.set(copies, group);
  }
  const labels = new Set<string>();
  for (const group of byCopies.values()) if (group.keys.length >= SET_MEMBERS && group.alone) for (const key of group.keys) labels.add(key);
  return labels;
}

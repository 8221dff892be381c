/**
 * A box on a person, as news sites print one beside an interview or under a comment: her name alone
 * on its line, her trade alone under it ("Politikwissenschaftler", "Redakteurin", "Korrespondentin",
 * perhaps with the box's open and close buttons between), then a short note on her ("Der Politologe
 * Ann Lee ist Professor für …", "Seit 2019 im Haus. Schreibt über Verkehr."). innerText gives the box
 * as a heading and a paragraph, so the run takes it in:
 *
 * - a note that names the person again (her family name) is the box's wherever it stands: the three
 *   lines are left out, weighing as little as a caption, so the article runs on past them
 *   (markPersonBoxes, before the run is found);
 * - any such box under most of the run's prose, with no more than a teaser's summary of prose under
 *   it (the site's other stories after the author's box), closes the article: it ends above the box
 *   (abovePersonBoxAtTheFoot, once the run's end is known). A quoted person's name and role inside
 *   the article, with the article going on under them, stay.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { CAPTION_WEIGHT, leaveOut, runEndingWeight } from '../shared/leave-out.ts';
import { TRADE } from '../../../lib/page-text/boxes/writer-bio.ts';
import { AUTHOR_NOTE_WORDS } from '../../../lib/page-text/boxes/author-box.ts';
import { NAME_PARTICLE } from '../../../lib/bylines/name-shape.ts';

/**
 * A person's name alone: two to four capitalised words, with the particles of names between
 * (name-shape.ts: "Hans von Berg", "Ana de la Cruz") or the Spanish and Portuguese "y" and "e"
 * ("Lucía Marín y Soto").
 */
const NAME_ALONE = new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:${NAME_PARTICLE}(?:\s+la)?|y|e)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$`, 'u');
/**
 * Trades a person box names under the name besides the writers' (writer-bio.ts): the experts an
 * interview quotes, in the languages of most news on the web ("Politikwissenschaftlerin",
 * "Korrespondent", "Historiador", "Politologue").
 */
const EXPERT_TRADE = String.raw`(?:wissenschaftler(?:in)?|politolog(?:e|in|ue|o|a)|soziolog(?:e|in|ue|o|a)|ökonom(?:in)?|historiker(?:in)?|korrespondent(?:in)?|expert(?:e|in)|professor(?:in)?|analyst(?:in)?|reporter(?:in)?|moderator(?:in)?|kolumnist(?:in)?|correspondante?|corresponsal|corrispondente|correspondente|économiste|economista|historien(?:ne)?|historiador(?:a)?|storic[oa]|politólog[oa]|politolog[oa]|sociólog[oa]|investigador(?:a)?|chercheu(?:r|se)|ricercatore|ricercatrice|pesquisador(?:a)?|publicysta|dziennikarz(?:ka)?|redaktor(?:ka)?|korespondent(?:ka)?|novinář(?:ka)?)`;
/** The trade alone, a word or two before it or fused into a compound ("Freie Autorin", "Politikredakteurin", "Corresponsal en Atenas"). */
const TRADE_ALONE = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,2}[\p{L}-]*?(?:${TRADE}|${EXPERT_TRADE})s?(?:\s+(?:en|in|à|a|em|w|für|for|bei|at)\s+\p{Lu}[\p{L}-]+)?$`, 'iu');
/** Lines between the name and the note at most: the trade, the box's buttons. */
const BETWEEN = 3;
/** Prose under a box at the run's foot at most: another story's summary, not the article going on. */
const PROSE_UNDER_A_CLOSING_BOX = 50;

export const PERSON_BOX = 'a box on a person (her name, her trade, a note on her)';
const CLOSING_PERSON_BOX = 'a box on the author under the article, the site\'s other stories under it';

export interface PersonBox {
  /** The name's line, the note's line. */
  name: number;
  note: number;
  /** The note names the person again: the box's wherever it stands. */
  named: boolean;
}

/** The person boxes of a page: name alone, trade alone (the box's buttons may stand between), a short note. */
export function personBoxes(lines: string[], blocks: ClassedBlock[]): PersonBox[] {
  const boxes: PersonBox[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const name = lines[i].trim();
    if (blocks[i].cls === 'good' || !NAME_ALONE.test(name)) continue;
    let k = i + 1;
    let trade = false;
    for (; k < lines.length && k <= i + BETWEEN; k++) {
      const b = blocks[k];
      if (!trade && b.cls !== 'good' && TRADE_ALONE.test(lines[k].trim())) trade = true;
      // The box's open and close buttons ("Personen-Box aufklappen"): chrome that sits inside articles.
      else if (!(trade && b.cls === 'bad' && b.features.chrome && !b.features.chrome.endsArticle)) break;
    }
    const note = blocks[k];
    if (!trade || !note || (note.cls !== 'good' && note.cls !== 'near') || note.features.words > AUTHOR_NOTE_WORDS) continue;
    const family = name.split(/\s+/).pop()!;
    boxes.push({ name: i, note: k, named: lines[k].includes(family) });
    i = k;
  }
  return boxes;
}

function markBox(blocks: ClassedBlock[], box: PersonBox, why: string, weight: (b: ClassedBlock) => number): void {
  for (let k = box.name; k <= box.note; k++) {
    const b = blocks[k];
    // The box's buttons keep their own reason.
    if (b.cls === 'bad' && k !== box.name && k !== box.note && b.features.chrome) continue;
    leaveOut(b, why, weight(b));
  }
}

/** A box whose note names the person again: left out wherever it stands, weighing as a caption does. */
export function markPersonBoxes(blocks: ClassedBlock[], boxes: PersonBox[]): void {
  for (const box of boxes) if (box.named) markBox(blocks, box, PERSON_BOX, () => CAPTION_WEIGHT);
}

/**
 * A person box inside the run (start..end) under most of its prose, with no more than a teaser's
 * summary of prose under it: the article ends above it, and the box is reported. Returns the
 * article's last line.
 */
export function abovePersonBoxAtTheFoot(blocks: ClassedBlock[], boxes: PersonBox[], start: number, end: number): number {
  const prose = (from: number, to: number) => {
    let words = 0;
    for (let k = from; k <= to; k++) if (blocks[k].cls === 'good' || blocks[k].cls === 'near') words += blocks[k].features.words;
    return words;
  };
  for (const box of boxes) {
    if (box.name <= start || box.note > end) continue;
    const below = prose(box.note + 1, end);
    if (below > PROSE_UNDER_A_CLOSING_BOX || below >= prose(start, box.name - 1)) continue;
    markBox(blocks, box, CLOSING_PERSON_BOX, (b) => runEndingWeight(b));
    let cut = box.name - 1;
    while (cut > start && blocks[cut].weight <= 0) cut--;
    return cut;
  }
  return end;
}

/**
 * The number of a numbered heading over a section of the article ("3. Snowflake", "Tip #3 - Lock
 * your screen", "Schritt 2: …"): read by the rules on numbered sections after the run and above it,
 * and by the boxes of other stories that a ranking's next item ends (../inside/next-numbered-item.ts).
 */
import type { ClassedBlock } from '../../main-text.ts';

/**
 * "3. Snowflake", "4) Where to stay": a numbered heading over a section of the article; or one a word
 * names before its number, as a how-to numbers its tips and steps ("Tip #3 - Lock your screen",
 * "Step 4: Rinse the jars", "Schritt 2: …").
 */
const NUMBERED_HEADING = /^(?:(?:tips?|steps?|days?|weeks?|parts?|rules?|lessons?|reasons?|mistakes?|ideas?|ways?|methods?|options?|tipps?|schritt|tag|woche|teil|grund|étape|jour|astuce|conseil|paso|día|consejo|parte|passo|giorno|stap|dag) ?#?(\d{1,2})(?: ?[.):–—-])? |(\d{1,2})[.)]\s+)\p{L}/iu;
/** Words of a numbered heading: a name or a title, not a numbered step written as a sentence. */
const NUMBERED_HEADING_WORDS = 12;

/** The number of a numbered heading ("3. Snowflake") at line i, or -1. */
export function sectionNumber(lines: string[], blocks: ClassedBlock[], i: number): number {
  const b = blocks[i];
  if (b.cls === 'good' || b.features.sentenceEnd || b.features.words > NUMBERED_HEADING_WORDS) return -1;
  const m = NUMBERED_HEADING.exec(lines[i].trim());
  return m ? Number(m[1] ?? m[2]) : -1;
}

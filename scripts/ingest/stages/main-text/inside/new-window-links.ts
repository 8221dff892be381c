/**
 * A link whose text innerText gives with the page's note for screen readers that it opens in a new
 * window ("Engineer (m/w/d) Harbor Works GmbH (öffnet im neuen Fenster)", "Share on Facebook (opens
 * in a new window)"): a job board's entries, share buttons, other stories' headlines. A line that is
 * such a link and nothing more (no sentence ends before the note) is furniture, and so is the short
 * heading over two or more of them (the box's "New jobs at …"). A sentence with a link inside it
 * ("…Harbor Works(öffnet im neuen Fenster) sagte…") keeps its words. Used by detectMainText before
 * the run is found.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';

/** The note at the end of the line, in the languages of most news on the web. */
const NEW_WINDOW =
  /\((?:öffnet (?:im|in einem|in neuem) neuen (?:fenster|tab)|öffnet in neuem (?:fenster|tab)|wird in (?:einem neuen|neuem) (?:fenster|tab) geöffnet|opens in (?:a )?new (?:window|tab)|(?:s['’])?ouvre (?:dans )?(?:une )?nouvelle (?:fenêtre|page|onglet)|se abre en (?:una )?(?:nueva )?(?:ventana|pestaña)(?: nueva)?|abre (?:numa|em uma|em) nova (?:janela|aba)|si apre in una nuova (?:finestra|scheda)|opent in (?:een )?nieuw (?:venster|tabblad)|otwiera się w nowym (?:oknie|karcie))\)$/iu;
const NEW_WINDOW_MAY_MATCH = /fenster|tab\)|window|fenêtre|onglet|page\)|ventana|pestaña|janela|aba\)|finestra|scheda|venster|tabblad|oknie|karcie/i;
/** A link's text is a few words: a sentence running on to the note is prose with its link. */
const LINK_WORDS = 25;
/** A sentence's end before the note: prose closed by a link. */
const SENTENCE_BEFORE = /[.!?。…]["'”’»)]*\s*$/u;
const LINK_WHY = 'a link that opens in a new window (a job board, share buttons, other stories)';

function isLink(line: string, b: ClassedBlock): boolean {
  const trimmed = line.trim();
  if (b.features.words > LINK_WORDS || !NEW_WINDOW_MAY_MATCH.test(trimmed)) return false;
  const m = NEW_WINDOW.exec(trimmed);
  return !!m && !SENTENCE_BEFORE.test(trimmed.slice(0, m.index));
}

export function linksToNewWindows(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (!isLink(lines[i], blocks[i])) continue;
    leaveOut(blocks[i], LINK_WHY);
    // The box's heading: a short line over the first two links of a box.
    const above = blocks[i - 1];
    if (above && above.cls === 'short' && !above.features.sentenceEnd && i + 1 < blocks.length && isLink(lines[i + 1], blocks[i + 1])) {
      leaveOut(above, `the heading of ${LINK_WHY.replace(/^a link/, 'links')}`);
    }
  }
}

/**
 * A photo's caption signed the way German and many other news sites sign it: the credit after the
 * caption's last sentence names the agency and the photographer joined by a slash with no spaces
 * ("… in Schmalkalden. IMAGO/Jan Ritter", "… on Monday. Harbor Images/Jan Ritter", "… | Jan
 * Ritter/Harbor Images via Coastline"), under the label "Bildrechte:" (picture rights), as the source
 * in brackets ("(Quelle: Hafenblatt/Ann Lee)"), or after a © in lower case ("© hafenbild/Jan Ritter").
 * All are captions, left out of the article with their reason; prose that names a band with a slash
 * or cites its source in brackets within a sentence stays, and so does a numbered heading ("8. Seamless UX/UI
 * Design"). Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS;
const de = detectLanguage(A.join(' '));
const en = detectLanguage('The new ferry docks in the harbour for the first time on Monday, and the mayor says the town has waited for it for years.');

const GERMAN_CAPTIONS = [
  'Pro Stunde werden in der Halle am Hafen etwa vierzig Kisten verladen. Bildrechte: Hafenfunk/Jan Ritter',
  'Der Bürgermeister bei der Eröffnung der neuen Fähre am Montag. (Quelle: Hafenblatt/Ann Lee)',
  'Feuerwehrleute versuchen, das Feuer in der Lagerhalle zu löschen. © hafenbild/Jan Ritter',
  'Die neue Fähre legt am Montag zum ersten Mal im Hafen an. NORDBILD/Jan Ritter',
];

describe('a caption signed with a slashed credit, "Bildrechte:" or "(Quelle: …)"', () => {
  it('is known by its credit', () => {
    for (const line of GERMAN_CAPTIONS) expect(blockFeatures(line, de).caption, line).toBe(true);
    for (const line of ['The new ferry docks in the harbour for the first time on Monday. Harbor Images/Jan Ritter', 'The mayor and the captain at the opening on Monday. | Jan Ritter/Harbor Images via Coastline']) {
      expect(blockFeatures(line, en).caption, line).toBe(true);
    }
  });

  it('leaves prose alone', () => {
    for (const line of [
      'Die Band spielte am Abend ihre größten Hits, darunter Lieder von AC/DC und Queen.',
      'Die Zahl der Fahrgäste stieg im vergangenen Jahr um fünf Prozent (Quelle: Statistisches Landesamt).',
      'Der Verein zählt heute mehr als vierhundert Mitglieder. Die Beiträge bleiben gleich',
    ]) {
      expect(blockFeatures(line, de).caption, line).toBe(false);
    }
    for (const line of ['The chain sells timber, tools and paint. Read more / Share', 'Prices rose in the valley. Home / Business', '8. Seamless UX/UI Design', '3.1. Raw Request/Response Capture']) {
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });

  it('is left out of the article between its paragraphs, with its reason', () => {
    const page = `${GERMAN_HEAD}\n${A[0]}\n${GERMAN_CAPTIONS[0]}\n${A[1]}\n${A[2]}\n${GERMAN_CAPTIONS[1]}\n${A[3]}\nImpressum`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(A);
    for (const c of GERMAN_CAPTIONS.slice(0, 2)) expect(why.get(c)).toMatch(/caption/);
  });
});

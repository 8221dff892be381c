/**
 * Main-text precision: more headings of boxes of other stories. German sites head them "Aktuelle
 * Nachrichten", "Top-Themen", "Neues aus der Redaktion", "Mehr zu Fleischkonsum", "Mehr von <site>";
 * Scandinavian ones "Mest lest" / "Mest läst" / "Mest læste", and their "read also" link is "Les også:",
 * "Läs också:", "Læs også:". The box set between the article's paragraphs stays out and the article
 * runs on under it. A sub-heading that only starts like one ("Mehrere Zeugen", "Aktuelle Lage") is
 * none. Invented pages; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS;
const german = detectLanguage(A.join(' '));

describe('main-text precision: box headings in German and the Scandinavian languages', () => {
  it('leaves out a box of headlines headed "Mehr zu <topic>" between paragraphs, and the article runs on', () => {
    const box = ['Mehr zu Fernwärme', 'Hafenkran stürzt bei Sturm auf Lagerhalle', 'Neue Fähre verbindet die Inseln ab Mai', 'Bürgermeisterin tritt nicht mehr an'];
    const { kept } = chooseArticle(`${GERMAN_HEAD}\n${A[0]}\n${A[1]}\n${box.join('\n')}\n${A[2]}\n${A[3]}\nImpressum`);
    expect(kept).toEqual(A);
  });

  it('reads German box headings as such, and sub-headings that only start like them not', () => {
    for (const heading of ['Aktuelle Nachrichten', 'Top-Themen', 'NEUES AUS DER REDAKTION', 'Mehr zu Fleischkonsum', 'Mehr von Hafenblatt']) {
      expect(blockFeatures(heading, german).boxHeading, heading).toBe(true);
    }
    // "Mehr aus …" is left alone: boxes so headed stand between an article's paragraphs, and weighed as a box's heading they cut the article short.
    for (const heading of ['Mehrere Zeugen meldeten sich', 'Aktuelle Lage am Hafen', 'Mehr Geld für die Schulen', 'Mehr aus dem Ressort']) {
      expect(blockFeatures(heading, german).boxHeading, heading).toBe(false);
    }
  });

  it('reads Scandinavian box headings and "read also" links as furniture', () => {
    const norwegian = detectLanguage('Regjeringen vil bruke mer penger på veier og jernbane i nord, sa statsministeren da hun la fram planen for de neste årene.');
    expect(blockFeatures('Mest lest', norwegian).boxHeading).toBe(true);
    expect(blockFeatures('MEST LÄST', norwegian).boxHeading).toBe(true);
    expect(chromeRuleOf('Les også: Fergen går igjen etter stormen')?.id).toBe('read-also');
    expect(chromeRuleOf('Läs också: Färjan går igen efter stormen')?.id).toBe('read-also');
    expect(chromeRuleOf('Læs også: Færgen sejler igen efter stormen')?.id).toBe('read-also');
  });

  it('reads "Les også" run into the headline with no colon as a link, not a sentence that reads on', () => {
    expect(chromeRuleOf('Les også Fergen går igjen etter stormen')?.id).toBe('read-also');
    expect(chromeRuleOf('Lees ook Veerboot vaart weer na de storm')?.id).toBe('read-also');
    expect(chromeRuleOf('Les også hva forskerne sier om stormen')?.id).toBeUndefined();
    expect(chromeRuleOf('Les også rapporten fra kommunen før møtet.')?.id).toBeUndefined();
  });
});

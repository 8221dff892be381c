/**
 * Main-text precision: a picture's caption with its credit run onto its line as names alone, no © nor
 * picture word ("The road to the harbour. Jane Roe for Harbor World", "… en Madrid. EFE/ J.J. Roe",
 * "… à Dnipro. HANDOUT / AFP", "… near the port. AP Photo"). The run kept such a line as a paragraph;
 * it is left out with its reason (main-text/inside/captions-ending-on-names.ts). What has the same
 * shape and stays: a hard-wrapped paragraph's line, a headline in title case, a labelled item, an
 * abbreviation's stop, one capitalised word after a sentence, a line among short lines (a product list). Invented pages; the caption cases failed
 * before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { endsOnNamesAfterACaption } from '../../scripts/ingest/stages/main-text/inside/captions-ending-on-names.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';

const EN = BRIDGE_PARAGRAPHS;
const DE = GERMAN_PARAGRAPHS;

describe('main-text precision: a caption whose credit is names after its full stop', () => {
  it('leaves out English captions with a photographer "for" a site or "via" an agency, an agency and its picture word', () => {
    const caps = [
      'The road to the new bridge from the harbour district in the spring. Jane Roe for Harbor World',
      'Workers lift the last steel beam into place over the river. AP Photo',
      'The builder and his team in front of the finished deck. Jane Roe via Harbor Wire',
    ];
    const page = [BRIDGE_HEAD, EN[0], caps[0], EN[1], caps[1], EN[2], caps[2], EN[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(EN);
    for (const c of caps) expect(why.get(c)).toMatch(/credit run onto its line as names/);
  });

  it('leaves out Spanish, French and German captions with a slashed agency credit', () => {
    const caps = [
      'El ministro de Exteriores, este domingo en la plaza del ayuntamiento. EFE/ J.J. Roe',
      'Des pompiers devant le nouveau réseau de chaleur à Talheim. HANDOUT / AFP',
      'Die Baustelle des Wärmenetzes am Ortsrand von Talheim im Frühjahr. Hafenbild / Jana Rose',
    ];
    const page = [GERMAN_HEAD, DE[0], caps[0], DE[1], caps[1], DE[2], caps[2], DE[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toEqual(DE);
  });

  it('keeps a hard-wrapped paragraph whose line ends on capitalised words', () => {
    const wrapped = [
      'The council agreed on Monday that the new bridge will open early.',
      'Officials said the work cost less than they had expected. The Harbor Builders',
      'company hired more people for the night shifts on the site, they said.',
    ];
    const page = [BRIDGE_HEAD, EN[0], ...wrapped, EN[2], EN[3]].join('\n');
    expect(chooseArticle(page).kept.join('\n')).toContain(wrapped[1]);
  });

  it('keeps a product list whose items end on their names (short lines around each, no paragraphs)', () => {
    const items = [
      'Harbor Red',
      'Harbor White: A crisp, refreshing white wine for any occasion. Harbor Cellars White',
      'A smooth and fruity red wine that goes well with the harbour fish. Harbor Cellars Red',
      'Harbor Rosé',
    ];
    const page = [BRIDGE_HEAD, EN[0], EN[1], ...items, EN[2], EN[3]].join('\n');
    const { why } = chooseArticle(page);
    for (const item of items.slice(1, 3)) expect(why.get(item) ?? '').not.toMatch(/credit run onto its line as names/);
  });

  it('reads a title-case headline, a labelled item, an abbreviation, and one closing word as no caption', () => {
    expect(endsOnNamesAfterACaption('Team Harbor Is Ready to Lose the Bridge Vote Case. They Are Celebrating')).toBe(false);
    expect(endsOnNamesAfterACaption('Harbor White: A crisp, refreshing white wine for any occasion. Harbor Cellars White')).toBe(false);
    expect(endsOnNamesAfterACaption('The Problem: Upfront Cost vs. Long-Term Value')).toBe(false);
    expect(endsOnNamesAfterACaption('The new console looks just as good to the eye as a gaming computer. Harborsoft')).toBe(false);
    expect(endsOnNamesAfterACaption('The council agreed on Monday that the bridge will open early.')).toBe(false);
    expect(endsOnNamesAfterACaption('The new bridge over the river in the spring sun. Jane Roe for Harbor World')).toBe(true);
  });
});

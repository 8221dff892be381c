/**
 * Which of a saved page's headline fields is its headline when they disagree (lib/html/headline/html-headline.ts):
 * the fields' votes, what a field adds to the headline the page shows (a label before it, a word
 * after it), a share title cut short, and the <title>'s site part that is not one.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('headline fields that disagree', () => {
  it("on a tie, the <title> counts least, and the extractor's copy of og:title breaks no tie", () => {
    const head =
      '<title>Ocean survey finds new species | Example Wire</title>' +
      '<meta property="og:title" content="Ocean survey finds new species">' +
      ld({ '@type': 'Article', headline: 'Joint ocean survey finds forty new species' });
    const body = '<h1>Joint ocean survey finds forty new species</h1>';
    expect(headlineOf(head, body, 'Ocean survey finds new species')).toBe('Joint ocean survey finds forty new species');
  });

  it('on a tie between the <h1> with the <title> and og:title with the JSON-LD headline, the edited fields win', () => {
    const head =
      '<title>Ocean survey finds forty new species - Example Wire</title>' +
      '<meta property="og:title" content="Deep-sea survey: forty species no one had seen">' +
      ld({ '@type': 'NewsArticle', headline: 'Deep-sea survey: forty species no one had seen' });
    const body = '<h1>Ocean survey finds forty new species</h1>';
    expect(headlineOf(head, body, 'Deep-sea survey: forty species no one had seen')).toBe('Deep-sea survey: forty species no one had seen');
  });

  it('forms of the same words that differ in punctuation only are left to the tie-break, as before', () => {
    const head =
      "<title>Survey ship can't reach the ice shelf.</title>" +
      `<meta property="og:title" content="Survey ship can't reach the ice shelf.">` +
      ld({ '@type': 'Article', headline: 'Survey ship can’t reach the ice shelf' });
    expect(headlineOf(head, '<h1>Survey ship can’t reach the ice shelf</h1>', "Survey ship can't reach the ice shelf.")).toBe("Survey ship can't reach the ice shelf.");
  });

  it('a lone <h1> against a lone <title> is often a section: the extractor breaks that tie', () => {
    expect(headlineOf('<title>Babies who eat peanuts early may avoid allergy</title>', '<h1>Allergies health center</h1>', 'Babies who eat peanuts early may avoid allergy')).toBe(
      'Babies who eat peanuts early may avoid allergy',
    );
  });

  it('a word a field adds after the shown headline\'s closing "!" or "?" (a category) is not part of it', () => {
    const head =
      '<title>Five easy sewing patterns</title>' +
      '<meta property="og:title" content="Five easy patterns to start sewing with confidence! Sewing">';
    expect(headlineOf(head, '<h1>Five easy patterns to start sewing with confidence!</h1>', 'Five easy patterns to start sewing with confidence! Sewing')).toBe(
      'Five easy patterns to start sewing with confidence!',
    );
  });

  it('fields that all hold a title cut short ("…") do not outvote the whole headline the page shows', () => {
    const cut = 'Wedding checklist wedding planning checklists wedding timeline…';
    const head = `<title>${cut}</title><meta property="og:title" content="${cut}">`;
    expect(headlineOf(head, '<h1>Wedding checklist :: printable to-do timeline</h1>', cut)).toBe('Wedding checklist :: printable to-do timeline');
  });

  it('a headline the page shows with its ellipsis in an <h1> is the headline as written, not a title cut short', () => {
    const written = 'Halfway into the year, a look at polar research trends...';
    const head = `<title>${written}</title><meta property="og:title" content="${written}">`;
    expect(headlineOf(head, `<h1>Example Marketplace | Climate Notes</h1><h1>${written}</h1>`, written)).toBe(written);
  });
  it("the extractor's title alone takes no votes from the headline the <h1> and the <title> state in full", () => {
    // Readability cuts a title at its " - " when it guesses a site's name follows; the page says otherwise.
    const whole = 'Polar field stations - How small research teams lose their long winters';
    expect(headlineOf(`<title>${whole}</title>`, `<h1>${whole}</h1>`, 'Polar field stations')).toBe(whole);
  });

  it('a <title> cut off inside a word of the headline the page shows gives its votes to the whole headline', () => {
    const head = '<title>Field station checklist: how to pack your tent, stove, and w | Example Shop</title>';
    const shown = 'Field station checklist: how to pack your tent, stove, and water filter (printable)';
    expect(headlineOf(head, `<h1>${shown}</h1>`, 'Field station checklist: how to pack your tent, stove, and w')).toBe(shown);
  });

  it('a <title> that ends at a word of the <h1> is a shorter headline, not one cut off', () => {
    const head = '<title>Field station checklist | Example Shop</title><meta property="og:title" content="Field station checklist">';
    expect(headlineOf(head, '<h1>Field station checklist for winter crews</h1>', 'Field station checklist')).toBe('Field station checklist');
  });
  it('when every field says something else, the <h1> that reads as a headline is the one the reader sees', () => {
    const head =
      '<title>Best field tents of 2026, tested and reviewed</title>' +
      '<meta property="og:title" content="Not sure which tent to take north? Here is all you need to know">' +
      '<meta name="twitter:title" content="Not sure which tent to take north? Here is all you need to know">';
    expect(headlineOf(head, '<h1>The field tents our polar crews trust</h1>', 'Not sure which tent to take north? Here is all you need to know')).toBe(
      'The field tents our polar crews trust',
    );
  });
  it("against a lone <title>, an <h1> of four words or more wins: the extractor's copy of the <title> is no vote", () => {
    const title = 'How to write the best field report from a polar station';
    expect(headlineOf(`<title>${title}</title>`, '<h1>How to write a field report</h1>', title)).toBe('How to write a field report');
  });
});

/**
 * The head's own headline field, <meta name="headline"> (or itemprop), as a vote among the saved page's
 * headline fields, and the <title> that writes that headline after the site's and the section's names
 * ("Site | Section | Headline": lib/html/headline/names-before-headline.ts). Guards: a field that repeats
 * another title field adds no vote, and a longer part before the headline is no name.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { namesBeforeHeadline } from '../../scripts/ingest/lib/html/headline/names-before-headline.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe('<meta name="headline">', () => {
  it('the <title> "Site | Section | Headline" yields the headline the meta field states', () => {
    const head = '<title>POLAR POST | Science | Ice cores dated at last</title><meta name="headline" content="Ice cores dated at last">';
    expect(headlineOf(head, '', 'POLAR POST | Science | Ice cores dated at last')).toBe('Ice cores dated at last');
  });

  it('several names before the headline, itemprop form', () => {
    const head = '<title>Harbor Daily | Programmes | Field Notes | Ferries stay in port</title><meta itemprop="headline" content="Ferries stay in port">';
    expect(headlineOf(head)).toBe('Ferries stay in port');
  });

  it('a <title> "Headline - Deck" and a section shown as the <h1>: the meta field names the headline', () => {
    const head = '<title>Thin Ice - New Rules for Survey Ships in the Arctic</title><meta name="headline" content="Thin Ice">';
    expect(headlineOf(head, '<h1>Features</h1>', 'New Rules for Survey Ships in the Arctic')).toBe('Thin Ice');
  });

  it('guard: a meta headline that repeats the <title> without its site part is no second vote over the <h1>', () => {
    const head =
      '<title>Ancient seals grew smaller in a warm spell | Example Wire</title><meta name="headline" content="Ancient seals grew smaller in a warm spell">' +
      '<meta property="og:title" content="Seals and other mammals shrank in an ancient warm spell">';
    const body = '<h1>Could warming shrink animals? Seals grew smaller in a warm spell long ago</h1>';
    expect(headlineOf(head, body, 'Seals and other mammals shrank in an ancient warm spell')).toBe('Could warming shrink animals? Seals grew smaller in a warm spell long ago');
  });

  it('guard: without another field stating the end part, "Site | Section | Headline" stands as the page gives it', () => {
    const head = '<title>POLAR POST | Science | Ice cores dated at last</title>';
    expect(headlineOf(head, '', 'POLAR POST | Science | Ice cores dated at last')).toBe('POLAR POST | Science | Ice cores dated at last');
  });
});

describe('an <h1> the meta field states, that the <title> sets last after longer names', () => {
  it('is the headline, not a logo\'s name (the last part shorter than the names before it)', () => {
    const head = "<title>HARBOR NEWS | Science &amp; Environment | 'Ghost' crab shows its claws</title><meta name=\"headline\" content=\"'Ghost' crab shows its claws\">";
    expect(headlineOf(head, "<h1>'Ghost' crab shows its claws</h1>", 'HARBOR NEWS | Science & Environment')).toBe("'Ghost' crab shows its claws");
  });

  it('guard: an <h1> no field states, that the <title> ends on, still names the site', () => {
    const head = '<title>Ice cores dated at last, the survey says | Polar Post</title>';
    expect(headlineOf(head, '<h1>Polar Post</h1>')).toBe('Ice cores dated at last, the survey says');
  });
});

describe('the meta headline field alone, against a lone <title> or a short <h1>', () => {
  it("stands over a <title> that says something else (the page's search title, its deck)", () => {
    const head = '<title>Ferry Strike - Can the Union Keep the Islands Cut Off Over the Holiday?</title><meta name="headline" content="Rough Crossing">';
    expect(headlineOf(head, '', 'Ferry Strike - Can the Union Keep the Islands Cut Off Over the Holiday?')).toBe('Rough Crossing');
  });

  it("stands over a lone short <h1> (a section's name) and the <title>", () => {
    const head = '<title>Harbor Grill - Example Magazine Restaurant Review</title><meta name="headline" content="Salt and Smoke">';
    expect(headlineOf(head, '<h1>Restaurant Review</h1>', 'Harbor Grill')).toBe('Salt and Smoke');
  });

  it('guard: an <h1> of four words or more that the page shows stays the headline', () => {
    const head = '<title>Ferry Strike - Example Post</title><meta name="headline" content="Rough Crossing">';
    expect(headlineOf(head, '<h1>Ferry crews call off the strike</h1>')).toBe('Ferry crews call off the strike');
  });
});

describe('namesBeforeHeadline', () => {
  it('reads names of one to a few words, each set off by a separator', () => {
    expect(namesBeforeHeadline('Polar Post | Science | ', 3)).toBe(true);
    expect(namesBeforeHeadline('Polar Post – ', 3)).toBe(true);
  });
  it('guard: a longer part, or no separator at the end, is no name', () => {
    expect(namesBeforeHeadline('Storm live: harbor stand-off sees ferries held - ', 3)).toBe(false);
    expect(namesBeforeHeadline('Polar Post ', 3)).toBe(false);
    expect(namesBeforeHeadline('Polar: ', 3)).toBe(false);
  });
});

/**
 * A kicker the page sets above its headline on a line of its own inside the <h1> ("<div>Get the
 * field kit</div><span>Nine polar tents …</span>") is read with it as one text; when another field
 * states the last line as the headline, alone or before a site's name, the <h1> shows that headline
 * (lib/html/headline/html-headline.ts, lib/html/headline/heading-text.ts's headingLines).
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { headingLines } from '../../scripts/ingest/lib/html/headline/heading-text.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const story = 'Nine polar tents we tested';
const pageTitle = `${story} | Example Gear Market`;
const head = `<title>${pageTitle}</title><meta property="og:title" content="${pageTitle}">`;

describe('a kicker on a line of its own in the <h1>', () => {
  it('is not part of the headline another field states before a site name', () => {
    const h1 = `<h1><div class="kicker">Get the field kit</div> <span>${story}</span></h1>`;
    expect(headlineOf(head, h1, `Get the field kit ${story}`)).toBe(story);
  });

  it('nor when set apart by a <br>', () => {
    expect(headlineOf(`<title>${story}</title>`, `<h1>Field kit<br>${story}</h1>`, `Field kit${story}`)).toBe(story);
  });

  it('with no field stating the last line, the <h1> stands as shown', () => {
    const h1 = `<h1><div>Get the field kit</div> <span>${story}</span></h1>`;
    expect(headlineOf('<title>Polar gear | Example Gear Market</title>', h1, null)).toBe(`Get the field kit ${story}`);
  });

  it('a longer first line is the headline\'s own part, not a kicker', () => {
    const first = 'From the ship to the ice shelf and back again in one season:';
    const h1 = `<h1><div>${first}</div> <span>${story}</span></h1>`;
    expect(headlineOf(head, h1, null)).toBe(`${first} ${story}`);
  });

  it('the lines are those the heading shows: an inline element\'s edge begins none', () => {
    expect(headingLines(['Field kit', '\u0002', 'Nine ', '\u0001', 'polar', '\u0001', ' tents'])).toEqual(['Field kit', 'Nine polar tents']);
  });
});

/**
 * A <title> that names another text than the headline (the story's earlier headline left in the page's
 * head): it says nothing of where the headline ends, so a short last part the <h1> shows and a share
 * field writes as it is stays ("… – Monday Update"; lib/html/headline/html-headline.ts, wholeHeadline).
 * Guards: a <title> that writes the headline still sets where it ends (the part is cut when the <title>
 * ends at it, as before), and a part the <h1> does not show is cut.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const shareFields = (text: string) => `<meta property="og:title" content="${text}"><meta name="twitter:title" content="${text}">`;
const whole = 'Ferry strike ends after three days of talks – Monday Update';
const earlier = '<title>Ferry strike enters its second day | Harbor Post</title>';

describe('a <title> naming another text', () => {
  it('leaves the short last part the <h1> shows and the share fields write', () => {
    expect(headlineOf(earlier + shareFields(whole), `<h1>${whole}</h1>`, whole)).toBe(whole);
  });
});

describe('guards: the part is still cut', () => {
  it('when the <title> writes the headline and ends at the part', () => {
    expect(headlineOf(`<title>${whole}</title>${shareFields(whole)}`, `<h1>${whole}</h1>`, whole)).toBe('Ferry strike ends after three days of talks');
  });

  it('when the <h1> does not show it', () => {
    expect(headlineOf(earlier + shareFields(whole), '<h1>Ferry strike ends after three days of talks</h1>', whole)).toBe('Ferry strike ends after three days of talks');
  });
});

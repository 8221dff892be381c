/**
 * A <title> that writes a show's or a column's name before the headline ("Morning Desk | Harbor
 * cranes fall silent as crews strike | 88.1 Example Radio"), on a page that shows both as <h1>s: the
 * short name is no headline the title's page-title form belongs to. The part after the separator is
 * the headline another <h1> shows, not a site's name (lib/html/headline/html-headline.ts, pageTitleForm).
 * Only a name of three words or fewer is read so: a docs page shows its project's name as an <h1>
 * too, after the page's own headline in its <title>.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe("a show's name the <title> and an <h1> set before the headline", () => {
  it('takes no votes of the <title>: the headline the next <h1> shows does', () => {
    const head =
      '<title>Morning Desk | Harbor cranes fall silent as crews strike | 88.1 Example Radio</title>' +
      '<meta property="og:title" content="Why the harbor crane crews walked out">' +
      '<meta property="og:site_name" content="Example Public Radio">';
    const body = '<h1>Morning Desk</h1><h1>Harbor cranes fall silent as crews strike</h1><h1>More from Morning Desk</h1>';
    expect(headlineOf(head, body, 'Why the harbor crane crews walked out')).toBe('Harbor cranes fall silent as crews strike');
  });

  it('a headline that the <h1> shows before a site part stays the headline (the part is a name, no <h1>)', () => {
    const head =
      '<title>Harbor cranes fall silent as crews strike | Example Radio</title>' +
      '<meta property="og:title" content="Why the harbor crane crews walked out">';
    const body = '<h1>Harbor cranes fall silent as crews strike</h1>';
    expect(headlineOf(head, body, 'Why the harbor crane crews walked out')).toBe('Harbor cranes fall silent as crews strike');
  });

  it("a headline before a docs project's name, shown as <h1>s both, keeps the <title>'s votes: the project's name is the site's", () => {
    const head = '<title>Ice core ledger: Shared sample history - field notes toolkit for polar survey labs</title>';
    const body = '<h1>field notes toolkit for polar survey labs</h1><h1>Ice core ledger: Shared sample history</h1>';
    expect(headlineOf(head, body)).toBe('Ice core ledger: Shared sample history');
  });

  it('a short <h1> whose <title> goes on with a part no <h1> shows keeps the votes of that page-title form', () => {
    const head = '<title>Crane strike ends | Harbor Desk of the Example Radio Network</title><meta property="og:title" content="Crane strike ends">';
    expect(headlineOf(head, '<h1>Crane strike ends</h1><h1>Weather for the harbor</h1>', 'Crane strike ends')).toBe('Crane strike ends');
  });
});

/**
 * The article's byline or stamp row under its headline, when main-text's run took it in (the run
 * opened on a headline long enough to read as prose, or on a standfirst): its date and name are the
 * header's, and the row is left out of the article's text, with its reason. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
/** A headline of two sentences reads as a line of prose: the run opens on it. */
const HEADLINE = 'Observatory Budget Rises After the Partners Meeting. Why the Academy Is Not Worried.';

describe('main-text: header rows inside the run', () => {
  for (const row of ['By Jane Smith Updated March 4, 2025 8:21 am ET / Original March 4, 2025 8:02 am ET', 'Posted by Jane Smith on March 4, 2025 in Science, Space']) {
    it(`leaves out "${row}" under the headline, its byline and date still read`, () => {
      const { record, report, body } = article(`Menu\nScience\n${HEADLINE}\n${row}\nPrint Article\n${A1}\n${A2}\n${A3}\n`);
      expect(body).not.toContain('Jane Smith');
      expect(body).toContain(A1);
      expect(record.author).toMatch(/^Jane Smith/);
      if (row.startsWith('Posted')) expect(record.date?.date).toBe('2025-03-04');
      const entry = report.entries.find((e) => e.text === row && e.stage === 'main-text');
      expect(entry?.detail).toMatch(/byline or stamp row/);
    });
  }

  it('keeps a paragraph that opens on a date under the headline', () => {
    const dated = 'On March 4, 2025 the academy said the first antenna was ready for its tests in the desert near the border.';
    const { body } = article(`Menu\nScience\n${HEADLINE}\n${dated}\n${A1}\n${A2}\n${A3}\n`);
    expect(body).toContain(dated);
  });
});

describe('main-text: markup above the article', () => {
  it('leaves out a line of markup the scraper left above the headline, however much it says', () => {
    const markup =
      '<div class="notice-box"> <div class="notice"> <i></i><p>Script is <em>off</em> here. Every feature of the site needs it.<br>To switch it on, see <a href="https://help.example.org/browser/settings/script/how-to-switch-on.html">help</a>. </p> </div> </div>';
    const { body, report } = article(`Menu\nScience\n${markup}\nObservatory opens its doors\nMarch 4, 2025\n${A1}\n${A2}\n${A3}\n`);
    expect(body).not.toContain('notice');
    expect(body).not.toContain('Script is');
    expect(body).toContain(A1);
    expect(report.entries.find((e) => e.text === markup && e.stage === 'main-text')?.detail).toMatch(/markup/);
  });
});

/**
 * Session 36's rules against pages of 0.5–2 MB made of what each rule reads, on both paths: a reader's
 * widgets (reader-widgets.ts), a contact box (contact-box.ts), heads over links (link-box-heads.ts),
 * the headline run into its kicker (headline-run-in.ts), amounts above the article
 * (quantity-list-above.ts), the site's chrome under it (foot-across-chrome.ts), tables between its
 * paragraphs (tables-between-paragraphs.ts, table-lines.ts), comment forms under a short post
 * (short-post-over-comments.ts), pages that are all one kind of chrome, and lines with bidi controls,
 * joiners, CR and U+2028 line ends. Nothing here broke when written (session 37's hostile pass): each
 * page is read twice to the same outcome within a CPU limit far above its time (a regression to the
 * square of the size fails it), and the article's paragraphs are in the body wherever it has one.
 * Every fixture is written for the test.
 */
import { beforeAll, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const HEADLINE = 'Harbour board reopens the north pier at Eastwick';
const PARAGRAPHS = [
  'The harbour board opened the rebuilt north pier at Eastwick on Monday, three years after a winter storm tore away its seaward end.',
  'Divers checked the new piles for a week before the opening, and the board says the pier can now take the weight of two fishing boats unloading.',
  'Fishermen who moved their boats to the next town after the storm said they would be back by the summer, though the ice house is not yet rebuilt.',
  'The board paid for the work from its reserve and a grant from the region, and expects the pier to need no large repair for forty years.',
];
const WIDGETS = ['Was this article helpful?', 'Rate this article', '★★★★☆', '4.2/5 (17 votes)', 'Log in to comment', 'Comments are closed.', 'Kommentare geschlossen'];
const times = (n: number, piece: (i: number) => string, join = '') => Array.from({ length: n }, (_, i) => piece(i)).join(join);

const text = (middle: string, after: string) => [HEADLINE, 'By Ida Holm', '12 May 2025', PARAGRAPHS[0], PARAGRAPHS[1], middle, PARAGRAPHS[2], PARAGRAPHS[3], after].join('\n');
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE} | The Coast Post</title></head><body>${body}</body></html>`;
const html = (middle: string, after: string, before = '') =>
  page(`<article><h1>${HEADLINE}</h1>${before}<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${middle}<p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p>${after}</article>`);

/** `article`: what the body must hold (the article's opening), or false: the page must be skipped. */
const OPENING = PARAGRAPHS.slice(0, 2);
const POST = 'A short post of ten words or so, not much more at all.';
const PAGES: Record<string, { seed: string; source: () => string; article: string[] | false }> = {
  'text: 100,000 widget lines under the article': { seed: 'a.txt', source: () => text('', times(100_000, (i) => WIDGETS[i % WIDGETS.length], '\n')), article: OPENING },
  'text: a page of widgets only': { seed: 'a.txt', source: () => times(50_000, (i) => WIDGETS[i % WIDGETS.length], '\n'), article: false },
  'text: a page of table rows only': { seed: 'a.txt', source: () => times(50_000, (i) => `Row ${i}\tCell\tOther cell\tMore`, '\n'), article: false },
  'text: 4,000 amounts above the article, counting by one': { seed: 'a.txt', source: () => [HEADLINE, times(4000, (i) => `${(i % 999) + 1} guests`, '\n'), PARAGRAPHS.join('\n')].join('\n'), article: OPENING },
  'text: stretches of chrome with a paragraph under each': {
    seed: 'a.txt',
    source: () => text('', times(4500, (i) => (i % 9 === 8 ? 'A reader wrote that the pier looked fine and the café was pleasant.' : ['Share on Facebook', 'Related articles', 'Sign up for our newsletter', 'Tags', 'Menu'][i % 5]), '\n')),
    article: OPENING,
  },
  'text: a table between every two paragraphs': { seed: 'a.txt', source: () => text(times(2000, (i) => (i % 2 ? 'Model\tWeight\tLength\tYes' : `${PARAGRAPHS[i % 4].slice(0, 60)} ${i}.`), '\n'), ''), article: OPENING },
  'text: comment forms under a short post': { seed: 'a.txt', source: () => [HEADLINE, POST, times(20_000, (i) => (i % 2 ? 'Leave a comment' : 'Fill in your details below or click an icon to log in.'), '\n')].join('\n'), article: [POST] },
  'text: widgets with bidi controls and joiners, CR and U+2028 line ends': {
    seed: 'a.txt',
    source: () => text('', times(20_000, (i) => `\u202e${WIDGETS[i % WIDGETS.length]}\u202c`.replace('e', 'e\u200d') + lineEnd(i))).replace(/\n/g, '\r'),
    article: OPENING,
  },
  'html: 50,000 widget paragraphs under the article': { seed: 'a.html', source: () => html('', times(50_000, (i) => `<p>${WIDGETS[i % WIDGETS.length]}</p>`)), article: OPENING },
  'html: a page of widgets only': { seed: 'a.html', source: () => page(times(50_000, (i) => `<p>${WIDGETS[i % WIDGETS.length]}</p>`)), article: false },
  'html: a contact box of 100,000 lines': { seed: 'a.html', source: () => html('', `<p>Pressekontakt:</p>${times(100_000, (i) => `<p>Tel. 0123 ${i}</p>`)}`), article: OPENING },
  'html: 30,000 heads over two links each': {
    seed: 'a.html',
    source: () => html('', times(30_000, (i) => `<h3>Read more?</h3><p><a href="/a${i}">Another story about the pier</a></p><p><a href="/b${i}">A second story about boats</a></p>`)),
    article: OPENING,
  },
  'html: 20,000 headings of the headline with a kicker': { seed: 'a.html', source: () => html('', '', times(20_000, (i) => `<h2>Kicker ${i}: ${HEADLINE}</h2>`)), article: OPENING },
  'html: a heading of a million characters before the headline': { seed: 'a.html', source: () => html('', '', `<h2>${'k'.repeat(1_000_000)}${HEADLINE.replace(/ /g, '')}</h2>`), article: OPENING },
};

/** A line end for line `i`: LF, CRLF or U+2028 in turn. */
function lineEnd(i: number): string {
  return ['\n', '\r\n', '\u2028'][i % 3];
}

beforeAll(() => {
  processSeed('warm.html', new TextEncoder().encode(html('', '')), []);
  processSeed('warm.txt', new TextEncoder().encode(text('', '')), []);
});

it.each(Object.keys(PAGES))('%s: the same outcome twice, within a few CPU seconds', (name) => {
  const { seed, source, article } = PAGES[name];
  const bytes = new TextEncoder().encode(source());
  const outcomes: ReturnType<typeof processSeed>[] = [];
  const seconds = cpuSeconds(() => {
    outcomes.push(processSeed(seed, bytes, []), processSeed(seed, bytes, []));
  });
  const [first, second] = outcomes;
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  if (article) {
    expect(first.record, first.skip).toBeDefined();
    const body = first.record!.paragraphs.map((p) => p.text).join('\n');
    for (const p of article) expect(body).toContain(p);
  } else expect(first.skip).toMatch(/no article text/);
  // Two readings of a page of at most 2 MB: each took well under a second when written.
  expect(seconds, `${seconds.toFixed(2)} s of CPU`).toBeLessThan(8);
}, 60_000);

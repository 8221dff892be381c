/**
 * A saved page none of whose fields dates it, but whose shown text does (a date line in an aside under
 * the headline, in the article header's <footer>, beside "Written by …"): dated by that line, read as the
 * text path reads a text seed (stages/html-shown-date.ts), with its own source (`page-text`) and the
 * line as evidence. Never over a date a field gives; never a related story's or a comment's date.
 * Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { shownText } from '../../scripts/ingest/lib/html/prune/html-shown-text.ts';

const PROSE = [
  'Three national laboratories agreed on Friday to share the measurements of their fusion experiments, the first such agreement between them in a decade of joint work.',
  'The agreement covers the data of the next five years and opens the archives of the last three to researchers of all three countries, the laboratories said in a joint statement.',
  'Researchers welcomed the step, which they said would let smaller teams test their models on measurements they could never take themselves.',
  'The first shared measurements are expected in the spring, once the three archives have been put in one format that every team can read.',
].map((p) => `<p>${p}</p>`).join('');

const HEADLINE = 'Labs in three countries agree to share fusion data';

function recordOf(body: string, head = ''): ReturnType<typeof processArticle> & { report: Report } {
  const html = `<!DOCTYPE html><html lang="en"><head><title>${HEADLINE} | Harbor Post</title>${head}</head><body>${body}</body></html>`;
  const report = new Report('labs.html');
  return { ...processArticle('labs.html', new TextEncoder().encode(html), [], report), report };
}

const MENU = '<nav><ul><li><a href="/">Home</a></li><li><a href="/science">Science</a></li><li><a href="/world">World</a></li></ul></nav>';

describe("a date line only the page's shown text gives", () => {
  it('in an aside under the headline dates the page, the line as evidence', () => {
    const record = recordOf(`${MENU}<main><h1>${HEADLINE}</h1><div class="grid"><aside><p class="article-day">May 25, 2023</p><p>Written By Ann Lee</p></aside><article>${PROSE}</article></div></main>`);
    expect(record.date).toMatchObject({ date: '2023-05-25', source: 'page-text', evidence: 'May 25, 2023' });
    expect(record.report.entries.some((e) => e.rule === 'date-from-page-text')).toBe(true);
  });

  it("in the article header's footer, beside its byline", () => {
    const record = recordOf(`${MENU}<main><article><h1>${HEADLINE}</h1><footer class="author-meta"><div>By <a href="/u/ann">Ann Lee</a></div><span class="meta-day">March 30, 2023</span> <span>|</span> <span>4 min read</span></footer>${PROSE}</article></main>`);
    expect(record.date).toMatchObject({ date: '2023-03-30', source: 'page-text' });
  });

  it('a line that says only when the page was changed dates it as an update', () => {
    const record = recordOf(`${MENU}<main><h1>${HEADLINE}</h1><aside><p>Updated on: January 30, 2026</p></aside><article>${PROSE}</article></main>`);
    expect(record.date).toMatchObject({ date: '2026-01-30', source: 'update', evidence: 'Updated on: January 30, 2026' });
  });

  it('gives way to a date a field gives', () => {
    const record = recordOf(`${MENU}<main><h1>${HEADLINE}</h1><aside><p>May 25, 2023</p></aside><article>${PROSE}</article></main>`, '<meta property="article:published_time" content="2023-05-24T22:00:00Z">');
    expect(record.date).toMatchObject({ date: '2023-05-24', source: 'metadata' });
    expect(record.report.entries.some((e) => e.rule === 'date-from-page-text')).toBe(false);
  });

  it("takes no masthead's date over the headline (the day the page was saved), nor a menu's", () => {
    const masthead = '<header><div class="masthead"><span>Thursday, December 3, 2026</span> <a href="/">Harbor Post</a></div></header>';
    const record = recordOf(`${masthead}${MENU}<main><article><h1>${HEADLINE}</h1>${PROSE}</article></main>`);
    expect(record.date).toBeNull();
    // The article's own date line under the headline still dates it, the masthead's over it set aside.
    const dated = recordOf(`${masthead}${MENU}<main><article><h1>${HEADLINE}</h1><footer><span>March 30, 2023</span></footer>${PROSE}</article></main>`);
    expect(dated.date).toMatchObject({ date: '2023-03-30', source: 'page-text' });
  });

  it("takes no related story's or comment's date", () => {
    const related = ['Fusion lab opens doors', 'New magnet record set', 'Telescope data shared'].map((t, i) => `<li><a href="/s/${i}">${t}</a><span>June ${i + 2}, 2024</span></li>`).join('');
    const comments = ['Great news for science.', 'About time they shared.', 'Will smaller labs get access?'].map((c, i) => `<li class="comment"><b>Reader ${i + 1}</b> <span>July ${i + 5}, 2024</span><p>${c}</p></li>`).join('');
    const record = recordOf(`${MENU}<main><h1>${HEADLINE}</h1><article>${PROSE}</article><aside><h2>Related</h2><ul>${related}</ul></aside><section><h2>Comments</h2><ul>${comments}</ul></section></main>`);
    expect(record.date).toBeNull();
  });
});

describe('a page whose shown text holds no date as it stands', () => {
  it('is still read for a date run into its label ("Published14 March 2021"), which only the label set aside shows', () => {
    const record = recordOf(`${MENU}<main><h1>${HEADLINE}</h1><aside><p>Ann Lee</p><p>Published14 March 2021</p></aside><article>${PROSE}</article></main>`);
    expect(record.date).toMatchObject({ date: '2021-03-14', source: 'page-text' });
  });
});

describe("a page's shown text", () => {
  it('holds its navigation, asides and footers, one block a line, and nothing a reader does not see', () => {
    const text = shownText([
      '<html><head><title>T</title><style>p{}</style></head><body><nav><a>Home</a> <a>News</a></nav>',
      '<h1>Head&amp;line</h1><p hidden>Secret</p><div style="display: none">Gone</div><script>var a = "<p>x</p>";</script>',
      '<p>One <b>two</b><br>three</p><table><tr><td>a</td><td>b</td></tr></table><footer>May 1, 2024</footer></body></html>',
    ]);
    expect(text.split('\n')).toEqual(['Home News', 'Head&line', 'One two', 'three', 'a b', 'May 1, 2024']);
  });
});

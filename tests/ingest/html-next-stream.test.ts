/**
 * A page built with Next.js's app router may ship its article not in the DOM but in the React Server
 * Component data it streams: `self.__next_f.push([1,"…"])` scripts whose JSON strings, joined in
 * order, hold rows of that data, one of them the article's HTML (lib/html/read/next-stream.ts). When
 * the page's DOM shows no article, or only a small part of what the stream holds, the stream's
 * article is read as a page's article is (stages/html.ts); the page's own fields give its headline,
 * author and date as before. Every fixture here is written for the test.
 */
import { describe, expect, it, vi } from 'vitest';
import { article, rules } from './helpers.ts';
import { articleHtmlInStream, hasNextStream, nextStreamPayload } from '../../scripts/ingest/lib/html/read/next-stream.ts';
import { streamedArticleWhy } from '../../scripts/ingest/lib/html/article/streamed-article.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const PARAGRAPHS = [
  'The river authority opened the new flood gates at Millbrook on Tuesday, two years after the spring floods that reached the market square.',
  'Engineers said the gates can hold back water a metre higher than the old wall, and will close on their own when the river rises quickly.',
  'Shop owners on the square, who lost stock worth thousands in the last flood, said they would sleep better, though some still keep sandbags by the door.',
  'The authority paid for the work from its national fund and a loan from the county, and says the gates should last for at least sixty years.',
  'A second set of gates, further downstream at the old mill, is planned for next year once the survey of the river bed is finished.',
];

/** How Next.js writes a string into a push: JSON, with <, > and & escaped for the script element. */
const pushOf = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}])</script>`;

/** A text row ("T"), its length counted in UTF-8 bytes as React writes it. */
const textRow = (id: string, text: string) => `${id}:T${new TextEncoder().encode(text).length.toString(16)},${text}`;

const articleHtml = (paragraphs: string[]) => paragraphs.map((p, i) => (i === 2 ? `<h3 class="editor-tit">What the shops say</h3><p class="editor-p">${p}</p>` : `<p class="editor-p">${p}</p>`)).join('');

/** The rows of a stream: module rows, the article as a text row, a teaser row after it. */
const rowsWith = (html: string) =>
  '0:["$","$L1",null,{"buildId":"x"}]\n' +
  '1:I[4412,["static/chunks/app/page.js"],"ArticleBody"]\n' +
  textRow('2a', html) +
  '3:["$","div",null,{"className":"related","children":["$","p",null,{"children":"Related: the bridge reopens next month"}]}]\n';

/** The payload cut into pushes of `size` characters: cuts fall inside tags and words. */
const pushesOf = (payload: string, size = 97) => {
  const parts: string[] = [];
  for (let i = 0; i < payload.length; i += size) parts.push(pushOf(payload.slice(i, i + size)));
  return parts.join('');
};

const page = (dom: string, scripts: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>New flood gates open at Millbrook | The Valley Courier</title>
<meta property="og:title" content="New flood gates open at Millbrook">
<meta name="author" content="Anna Berg">
<meta property="article:published_time" content="2025-03-04T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main>${dom}</main><footer>© The Valley Courier</footer>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>${scripts}</body></html>`;

const read = (html: string) => article(html, 'page.html');

describe("a Next.js page's streamed article", () => {
  it('is read when the DOM shows none, with the page’s own headline, author and date, and reported', () => {
    const { body, record, report } = read(page('<div id="article-root"></div>', pushesOf(rowsWith(articleHtml(PARAGRAPHS)))));
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    expect(body).toContain('What the shops say');
    expect(body).not.toContain('Related: the bridge');
    expect(record.title).toBe('New flood gates open at Millbrook');
    expect(record.author).toBe('Anna Berg');
    expect(record.date?.date).toBe('2025-03-04');
    const entry = report.entries.find((e) => e.rule === 'next-stream');
    expect(entry?.detail).toMatch(/streamed/);
  });

  it('decodes escaped quotes, \\u003c forms, entities and characters beyond ASCII', () => {
    const odd = [
      'The mayor said the gates were “a promise kept” and added: "We will not wait for the next flood to act on the river."',
      'Café owners near the Mühlgasse, Ōsaka visitors and the 東京 delegation watched as the first gate closed 🚧 in under four minutes.',
      'Costs &amp; benefits were set out in the report, which found the new gates would pay for themselves within fifteen years of use.',
      ...PARAGRAPHS.slice(0, 3),
    ];
    const { body } = read(page('', pushesOf(rowsWith(articleHtml(odd)), 61)));
    expect(body).toContain('"We will not wait for the next flood to act on the river."');
    expect(body).toContain('Ōsaka visitors and the 東京 delegation watched as the first gate closed 🚧');
    expect(body).toContain('Costs & benefits were set out');
    expect(body).not.toMatch(/\\u003c|<p|editor-p/);
  });

  it('reads an article held in a JSON string of a row (set as inner HTML), not only a text row', () => {
    const row = `5:["$","div",null,{"dangerouslySetInnerHTML":{"__html":${JSON.stringify(articleHtml(PARAGRAPHS))}}}]\n`;
    const { body } = read(page('', pushesOf('0:["$","$L1",null,{}]\n' + row)));
    for (const p of PARAGRAPHS) expect(body).toContain(p);
  });

  it('reads an article streamed as plain text (a text row of lines), its characters kept as text', () => {
    const text = [...PARAGRAPHS.slice(0, 2), 'Levels at the gauge: 3 < 4 metres & rising, and the warning line at the bridge stays at five.', ...PARAGRAPHS.slice(2)].join('\n\n');
    const { body } = read(page('', pushesOf(rowsWith(text) + textRow('9a', 'body{margin:0}\n.a{color:red}\n'))));
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    expect(body).toContain('Levels at the gauge: 3 < 4 metres & rising, and the warning line at the bridge stays at five.');
    expect(body).not.toMatch(/Related|margin|&amp;|&lt;/);
  });

  it('takes no plain text row with too few lines of prose (styles, code, a list of names)', () => {
    const rows = textRow('4', 'Anna Berg\nJohn Smith\nMaria Rossi\n' + 'body{margin:0} '.repeat(100));
    expect(() => read(page('', pushesOf('0:["$","$L1",null,{}]\n' + rows)))).toThrow();
  });

  it("keeps a DOM that shows the article: the page's body is the same with or without the stream", () => {
    const dom = `<article><h1>New flood gates open at Millbrook</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const longer = [...PARAGRAPHS, ...PARAGRAPHS.map((p) => p.replace('the', 'this'))];
    const withStream = read(page(dom, pushesOf(rowsWith(articleHtml(longer)))));
    const without = read(page(dom, ''));
    expect(withStream.body).toBe(without.body);
    expect(rules(withStream.report)).not.toContain('next-stream');
  });

  it('reads the stream when the DOM shows only the opening of the article the stream holds', () => {
    const { body, report } = read(page(`<article><h1>New flood gates open at Millbrook</h1><p>${PARAGRAPHS[0]}</p></article>`, pushesOf(rowsWith(articleHtml(PARAGRAPHS)))));
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    expect(rules(report)).toContain('next-stream');
    // What the DOM showed is not lost silently: each of its blocks replaced is reported.
    expect(report.entries.filter((e) => e.rule === 'next-stream-replaced').map((e) => e.text)).toContain(PARAGRAPHS[0]);
  });

  it('keeps a short DOM article the stream does not hold (the stream is another text)', () => {
    const shown = 'The county fair returns to the showground this weekend, with a new tent for local bakers and the usual tractor parade along the lane.';
    const { body } = read(page(`<article><h1>Fair returns</h1><p>${shown}</p></article>`, pushesOf(rowsWith(articleHtml(PARAGRAPHS)))));
    expect(body).toContain(shown);
    expect(body).not.toContain(PARAGRAPHS[3]);
  });

  it('lets no script or markup of the stream through: only the text of its paragraphs', () => {
    const html = `<script>document.title="pwned"</script><style>p{}</style>${articleHtml(PARAGRAPHS)}<p onclick="alert(1)"><img src=x onerror="alert(2)">Last line of the report on the gates.</p>`;
    const { body } = read(page('', pushesOf(rowsWith(html))));
    expect(body).toContain(PARAGRAPHS[0]);
    expect(body).not.toMatch(/pwned|alert|onerror|<img/);
  });

  it('skips malformed pushes, never crashing, and reads the rest', () => {
    const good = rowsWith(articleHtml(PARAGRAPHS));
    const scripts = '<script>self.__next_f.push([1,"\\x41 bad escape"])</script><script>self.__next_f.push([1,"never closed])</script>' + pushesOf(good);
    const { body, report } = read(page('', scripts));
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    expect(report.entries.find((e) => e.rule === 'next-stream')?.detail).toMatch(/malformed/);
  });

  it("leaves out a template's placeholder no script filled (an ad slot between paragraphs), reported", () => {
    const html = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('$$INLINE_AD$$<div>{{ ad_slot }}</div>');
    const { body, report } = read(page('', pushesOf(rowsWith(html))));
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    expect(body).not.toMatch(/INLINE_AD|ad_slot/);
    expect(report.entries.filter((e) => e.rule === 'template-placeholder')).toHaveLength(2 * (PARAGRAPHS.length - 1));
  });

  it('reads a hostile stream within its budgets, never crashing: deep nesting, a flood of pushes, a huge one', () => {
    const deep = rowsWith('<div>'.repeat(50_000) + articleHtml(PARAGRAPHS) + '</div>'.repeat(50_000));
    const flood = '<script>self.__next_f.push([1,"\\u003cp\\u003e"])</script>'.repeat(25_000);
    let streamed: ReturnType<typeof read> | undefined;
    const seconds = cpuSeconds(() => (streamed = read(page('', pushesOf(deep, 5000) + flood + pushOf('x'.repeat(9_000_000))))));
    const { body, report } = streamed!;
    expect(body).toContain(PARAGRAPHS[0]);
    expect(report.entries.find((e) => e.rule === 'next-stream-budget')?.detail).toMatch(/chunks not read/);
    expect(seconds).toBeLessThan(15);
  });

  it('leaves a stream with too little prose alone', () => {
    expect(() => read(page('', pushesOf(rowsWith('<p>Short.</p><p>Also short.</p>'))))).toThrow();
  });
});

describe("the stream's payload (lib/html/read/next-stream.ts)", () => {
  it('is tested for with a byte search only', () => {
    expect(hasNextStream(new TextEncoder().encode('<script>self.__next_f.push([1,"x"])</script>'))).toBe(true);
    expect(hasNextStream(new TextEncoder().encode('<script>self.__next_data = 1</script>'))).toBe(false);
  });

  it('joins the pushes in order, a text row ending where its UTF-8 length says', () => {
    const html = '<p>Ünïcödé 한국어 텍스트 🚀 paragraph one of the article, long enough.</p><p>Two.</p>';
    const payload = nextStreamPayload(page('', pushesOf(rowsWith(html), 13)));
    expect(payload.text).toBe(rowsWith(html));
    const found = articleHtmlInStream(payload.text);
    expect(found?.html).toBe(html);
  });

  it('stays within its budgets on a huge payload: many chunks, or one too large', () => {
    const many = Array.from({ length: 30_000 }, () => '<script>self.__next_f.push([1,"a"])</script>').join('');
    const seconds = cpuSeconds(() => {
      const cutMany = nextStreamPayload(many);
      expect(cutMany.cut).toMatch(/chunks/);
      const huge = pushOf(rowsWith(articleHtml(PARAGRAPHS))) + pushOf('x'.repeat(9_000_000));
      const cutHuge = nextStreamPayload(huge);
      expect(cutHuge.cut).toMatch(/characters/);
      expect(articleHtmlInStream(cutHuge.text)?.html).toBe(articleHtml(PARAGRAPHS));
    });
    expect(seconds).toBeLessThan(3);
  });

  it('reads the same however slow the machine: no budget is counted in time, so two builds agree', () => {
    const html = pushesOf(rowsWith(articleHtml(PARAGRAPHS)), 7);
    const whole = nextStreamPayload(html);
    // Each reading of the clock a minute later than the last: a loaded machine, seen from the reader.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 60_000));
    try {
      expect(nextStreamPayload(html)).toEqual(whole);
    } finally {
      clock.mockRestore();
    }
    expect(whole.cut).toBeNull();
  });

  it('survives a text row whose length runs past the payload, and rows that are not rows', () => {
    expect(articleHtmlInStream('7:Tffffff,<p>' + PARAGRAPHS.join('</p><p>') + '</p>')?.html).toContain(PARAGRAPHS[4]);
    expect(articleHtmlInStream('not a row at all "<p>unclosed\n:T,\n"')).toBeNull();
  });
});

describe("whether the stream's article is taken (lib/html/article/streamed-article.ts)", () => {
  it("finds the DOM's paragraphs in the stream's article in one pass, however many: a hostile page stays fast", () => {
    // 20,000 short paragraphs shown, and a stream whose article holds them only after 4.5 MB of other
    // text: looking each up from the start of the stream's text read it 20,000 times.
    const shown = Array.from({ length: 20_000 }, (_, i) => ({ kind: 'paragraph' as const, text: `Paragraph number ${i} of the shown opening, with words enough to be prose here.` }));
    const filler = { kind: 'paragraph' as const, text: 'Other words of the stream, none of them shown in the DOM at all. '.repeat(70_000) };
    const streamed = [filler, ...shown];
    let why: string | null = null;
    expect(cpuSeconds(() => (why = streamedArticleWhy(shown, false, streamed)))).toBeLessThan(2);
    expect(why).toMatch(/each paragraph of its prose/);
  });

  it("keeps the DOM's article when one of its paragraphs is not in the stream's", () => {
    const shown = [{ kind: 'paragraph' as const, text: PARAGRAPHS[0] }, { kind: 'paragraph' as const, text: 'A paragraph only the DOM shows, long enough to count as prose of its own.' }];
    const streamed = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].map((text) => ({ kind: 'paragraph' as const, text }));
    expect(streamedArticleWhy(shown, false, streamed)).toBeNull();
    expect(streamedArticleWhy(shown.slice(0, 1), false, streamed)).toMatch(/each paragraph/);
  });
});

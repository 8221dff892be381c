/**
 * HTML seeds: saved pages as they come, nasty ones included. The article's text, headline, outlet,
 * author and dates come from the page; scripts, styles, comments and markup never reach the body;
 * a date the page does not state stays null.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { article, rules } from './helpers.ts';
import { ingestProject } from './cli-project.ts';
import { serializeBody } from '../../scripts/ingest/stages/emit.ts';
import { decodeHtml } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { runIngest } from '../../scripts/ingest/run.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const P1 = 'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.';
const P2 = 'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.';
const P3 = 'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.';
const P4 = 'Researchers welcomed the agreement, saying that long-term access to shared data sets was the most important part of the deal for their work on sea levels.';

const page = ({ head = '', before = '', after = '', h1 = '<h1>EU and China expand climate research</h1>', body = [P1, P2, P3, P4].map((p) => `<p>${p}</p>`).join('\n') } = {}) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/science">Science</a></li></ul></nav></header>
${before}
<main><article>${h1}<div class="article-body">${body}</div></article></main>
${after}
<footer><p>© 2024 Example News. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>`;

describe('HTML seeds', () => {
  it('reads the article body and the headline the page fields agree on, with outlet, author and date from metadata', () => {
    const html = page({
      head: `<title>EU and China expand climate research | Example News</title>
<meta property="og:title" content="EU and China expand climate research">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
<meta property="article:modified_time" content="2024-03-14T10:00:00+01:00">`,
    });
    const { record, report, body } = article(html, 'page.html');
    expect(record.title).toBe('EU and China expand climate research');
    for (const p of [P1, P2, P3, P4]) expect(body).toContain(p);
    expect(body).not.toMatch(/Privacy|All rights reserved|Home/);
    expect(record.outlet).toBe('Example News');
    expect(record.author).toBe('Jane Doe');
    expect(record.date).toEqual({ date: '2024-03-12', precision: 'day', source: 'metadata', evidence: '<meta article:published_time="2024-03-12T09:30:00+01:00">' });
    expect(record.dateModified).toBe('2024-03-14');
    expect(rules(report)).toContain('headline');
  });

  it('prefers JSON-LD and survives broken JSON-LD blocks', () => {
    const html = page({
      head: `<script type="application/ld+json">{ "@type": "NewsArticle", "headline": "broken, </script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"EU and China expand climate research","datePublished":"2024-03-11","author":[{"@type":"Person","name":"Li Wei"},{"@type":"Person","name":"Anna Berg"}],"publisher":{"@type":"Organization","name":"Example Wire"}}]}</script>`,
    });
    const { record } = article(html, 'page.html');
    expect(record.title).toBe('EU and China expand climate research');
    expect(record.date?.date).toBe('2024-03-11');
    expect(record.date?.source).toBe('metadata');
    expect(record.date?.evidence).toMatch(/JSON-LD datePublished/);
    expect(record.author).toBe('Li Wei and Anna Berg');
    expect(record.outlet).toBe('Example Wire');
  });

  it('with several h1s and no metadata, takes the h1 the <title> agrees with, not the logo', () => {
    const html = page({
      head: '<title>EU and China expand climate research - Example News</title>',
      before: '<h1 class="logo">Example News</h1>',
    });
    const { record } = article(html, 'page.html');
    expect(record.title).toBe('EU and China expand climate research');
  });

  it('a headline of two sentences is the headline, not the first line of the body', () => {
    const headline = 'Smog. We are on it. A campaign divides a state';
    const { record, body, report } = article(page({ head: `<title>${headline} - Example News</title><meta property="og:title" content="${headline}">`, h1: `<h1>${headline}</h1>` }), 'page.html');
    expect(record.title).toBe(headline);
    expect(body.startsWith(P1)).toBe(true);
    expect(rules(report)).not.toContain('title-from-first-sentence');
  });

  it('without any date on the page, the date stays null (never today)', () => {
    const { record, report } = article(page({ head: '<title>EU and China expand climate research</title>' }), 'page.html');
    expect(record.date).toBeNull();
    expect(rules(report)).toContain('no-date');
  });

  it('a date in the page address counts when no field gives one; a dateline in the body wins over metadata', () => {
    const byUrl = article(page({ head: '<link rel="canonical" href="https://news.example/world/2024/03/10/eu-china-climate/">' }), 'page.html').record;
    expect(byUrl.date).toMatchObject({ date: '2024-03-10', source: 'url' });
    const dateline = `BRUSSELS, March 12 (Example) -- ${P1}`;
    const html = page({ head: '<meta property="article:published_time" content="2024-03-13T01:00:00Z">', body: [dateline, P2, P3, P4].map((p) => `<p>${p}</p>`).join('') });
    const { record } = article(html, 'page.html');
    expect(record.date).toMatchObject({ date: '2024-03-12', source: 'dateline' });
    expect(record.published).toBe('2024-03-13');
  });

  it('decodes a windows-1252 page by its <meta charset>, and valid UTF-8 whatever the page declares', () => {
    const text = page({ head: '<meta charset="windows-1252"><title>Café culture</title>', body: `<p>${P1} Le café était plein.</p><p>${P2}</p><p>${P3}</p>` }).replace('<meta charset="utf-8">', '');
    const bytes = Uint8Array.from([...text].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
    expect(decodeHtml(bytes).encoding).toBe('windows-1252');
    expect(article(bytes, 'page.html').body).toContain('Le café était plein.');
    const utf8 = new TextEncoder().encode(text.replace('windows-1252', 'gb2312'));
    expect(decodeHtml(utf8)).toMatchObject({ encoding: 'utf-8' });
    expect(article(utf8, 'page.html').body).toContain('Le café était plein.');
  });

  it('reads a UTF-16 page with or without a byte order mark (no BOM: by its NUL in every other byte), not as a binary file', () => {
    const text = page({ head: '<title>EU and China expand climate research</title>', body: `<p>${P1} Le café était plein.</p><p>${P2}</p><p>${P3}</p>` });
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [['LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le])], ['LE', le], ['BE', be]] as const) {
      expect(decodeHtml(bytes).encoding, name).toBe(name === 'BE' ? 'utf-16be' : 'utf-16le');
      expect(article(bytes, 'page.html').body, name).toContain('Le café était plein.');
    }
  });

  it('keeps script, style, noscript, template and comment content out, and page text is never markup', () => {
    const html = page({
      head: '<style>p { color: red } .SECRET-STYLE {}</style><script>var SECRET_SCRIPT = 1;</script>',
      body: `<p>${P1}</p><script>document.write("SECRET_INLINE")</script><noscript>SECRET_NOSCRIPT enable JavaScript</noscript>
<!-- SECRET_COMMENT --><template><p>SECRET_TEMPLATE</p></template>
<p>${P2} The code &lt;b onclick="alert(1)"&gt;bold&lt;/b&gt; and {curly} braces stay text.</p><p onclick="alert(2)">${P3}</p><p>${P4}</p>`,
    });
    const { record, body } = article(html, 'page.html');
    expect(body).not.toMatch(/SECRET/);
    expect(body).toContain('The code <b onclick="alert(1)">bold</b> and {curly} braces stay text.');
    const mdx = serializeBody(record.paragraphs);
    // The text's "<" and "{" are escaped for MDX; the page's own attributes are gone.
    expect(mdx).toContain('\\<b onclick="alert(1)">bold\\</b> and \\{curly}');
    expect(mdx).not.toMatch(/alert\(2\)|(?<!\\)<b /);
  });

  it('keeps sub-headings, list items and quotes of the article as their own blocks', () => {
    const html = page({ body: `<p>${P1}</p><h2>What the plan covers</h2><p>${P2}</p><ul><li>Ocean observation data shared between the two regions</li><li>Twenty joint doctoral programmes in climate science</li></ul><blockquote><p>${P4}</p></blockquote><p>${P3}</p>` });
    const { record } = article(html, 'page.html');
    const texts = record.paragraphs.map((p) => p.text);
    expect(texts).toContain('What the plan covers');
    expect(texts).toContain('Ocean observation data shared between the two regions');
    expect(texts).toContain(P4);
  });

  it('reads a huge page quickly and refuses what is not a page', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i}: ${P1}</p>`).join('\n');
    let read: ReturnType<typeof article> | undefined;
    expect(cpuSeconds(() => (read = article(page({ body: many }), 'page.html')))).toBeLessThan(20);
    const { record } = read!;
    expect(record.paragraphs.length).toBeGreaterThan(100);
    expect(() => article(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), 'page.html')).toThrow(/PDF/);
    expect(() => article(new Uint8Array(0), 'page.html')).toThrow(/empty/);
    expect(() => article('   \n  ', 'page.htm')).toThrow(/whitespace|no text|no article/);
  });
});

describe('HTML seeds that browsers read and a strict reader would not', () => {
  it('a second <title> in the head, or one inside an inline SVG, does not swallow the page', () => {
    const twice = page({ head: '<title>EU and China expand climate research</title><title>News - Example</title><meta name="date" content="2021-11-12">' });
    expect(article(twice, 'page.html').record.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P4]);
    const svg = page({ head: '<title>EU and China expand climate research</title>', before: '<svg><title>Search icon</title><path d="M0 0"/></svg>' });
    expect(article(svg, 'page.html').record.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P4]);
  });

  it('a few stray NUL characters are dropped and reported (lib/safety/nul-characters.ts); a page made of them is refused', () => {
    const stray = page().replace('</head>', '\u0000</head>').replace('<footer>', '<footer>\u0000');
    const { record, report } = article(stray, 'page.html');
    expect(record.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P4]);
    expect(JSON.stringify(report)).toMatch(/NUL/);
    const binary = new Uint8Array(4000).map((_, i) => (i % 3 === 0 ? 0 : 0x41));
    expect(() => article(binary, 'page.html')).toThrow(/binary|NUL/);
  });
});

describe('an .html seed through the whole ingest', () => {
  const trees = tempTrees('html-seed-');
  afterAll(trees.cleanup);

  it('becomes an article with its headline, metadata date and body, beside a text seed', async () => {
    const { root, seedsDir } = ingestProject(trees, {
      seeds: {
        'saved-page.html': page({
          head: '<title>EU and China expand climate research | Example News</title><meta property="og:site_name" content="Example News"><script type="application/ld+json">{"@type":"NewsArticle","headline":"EU and China expand climate research","datePublished":"2024-03-12T08:00:00Z"}</script>',
        }),
        'note.txt': `2024-03-12\n\nClimate labs open\n\n${P2}\n\n${P3}`,
      },
    });
    const result = await runIngest({ root, seedsDir });
    expect(result.articles.map((a) => a.seed).sort()).toEqual(['note.txt', 'saved-page.html']);
    const files = readdirSync(join(root, 'content', 'articles'));
    const mdx = files.map((f) => readFileSync(join(root, 'content', 'articles', f), 'utf8')).find((t) => t.includes('seed: saved-page.html'))!;
    expect(mdx).toMatch(/title: EU and China expand climate research/);
    expect(mdx).toMatch(/dateSource: metadata/);
    expect(mdx).toMatch(/outlet: Example News/);
    expect(mdx).toContain(P1);
    expect(mdx).not.toMatch(/Privacy|<script/);
  });
});

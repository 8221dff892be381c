/**
 * The utomo set (scripts/bench/extract/import/import-utomo-cases.ts): how a gold file of Utomo & Leu's
 * extraction data is read (its bytes, its headline line, its body) and paired with its page, on gold
 * files and pages written here in the set's layout, and how the set is wired into the bench.
 */
import { describe, expect, it } from 'vitest';
import { SET_DIRS, splitOf } from '../../scripts/bench/extract/cases.ts';
import {
  HEADLINE_MAX_WORDS,
  decodeGold,
  goldOnPage,
  pageAddress,
  parseGold,
  sourceOfDataset,
  utomoCaseOf,
} from '../../scripts/bench/extract/import/utomo-truth.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

/** A gold file as most of the set's are: Windows-1252, CRLF, a blank line in it, typographic quotes as 0x92–0x94. */
const GOLD_1252 = bytes('Harbor ferries return after ten years\r\n\r\n', [0x93], 'We', [0x92], 're back,', [0x94], ' said the captain of the first ferry to leave the pier.\r\n', '   It was full by nine in the morning, and the second sailed at noon.  \r\n');

const PAGE = `<!DOCTYPE html><html><head><title>Harbor ferries return after ten years | Harbor Gazette</title>
<link rel="canonical" href="https://harbor.example/2017/ferries-return">
<meta property="og:url" content="https://harbor.example/other">
<script>var ignored = "the captain of the first ferry to leave";</script></head>
<body><nav>Home News Sport</nav><h1>Harbor ferries return after ten years</h1>
<p>&ldquo;We&rsquo;re back,&rdquo; said the captain of the first ferry to leave the pier.</p>
<p>It was full by nine in the morning, and the second sailed at noon.</p></body></html>`;

describe('reading a gold file', () => {
  it('reads Windows-1252 bytes as their letters and valid UTF-8 as UTF-8, line ends made \\n', () => {
    expect(decodeGold(GOLD_1252)).toBe(
      'Harbor ferries return after ten years\n\n“We’re back,” said the captain of the first ferry to leave the pier.\n   It was full by nine in the morning, and the second sailed at noon.  \n',
    );
    expect(decodeGold(new TextEncoder().encode('\uFEFFBjörk’s “new” film\r\nText'))).toBe('Björk’s “new” film\nText');
    // 0x85 is "…" in Windows-1252 (the set's "NEL line terminators"), not a line end.
    expect(decodeGold(bytes('Wait', [0x85], ' what\n'))).toBe('Wait… what\n');
  });

  it('takes the first non-blank line as the headline and the other lines, trimmed, as paragraphs', () => {
    expect(parseGold(decodeGold(GOLD_1252))).toEqual({
      headline: 'Harbor ferries return after ten years',
      body: '“We’re back,” said the captain of the first ferry to leave the pier.\n\nIt was full by nine in the morning, and the second sailed at noon.',
    });
    expect(parseGold('\n\n  Title line  \nOne.\n')).toEqual({ headline: 'Title line', body: 'One.' });
  });

  it('takes no headline from a gold that opens on a paragraph, and keeps that paragraph in the body', () => {
    const long = Array.from({ length: HEADLINE_MAX_WORDS + 1 }, (_, i) => `word${i}`).join(' ');
    expect(parseGold(`${long}\nSecond.`)).toEqual({ headline: null, body: `${long}\n\nSecond.` });
    const atTheLimit = Array.from({ length: HEADLINE_MAX_WORDS }, (_, i) => `word${i}`).join(' ');
    expect(parseGold(`${atTheLimit}\nSecond.`)?.headline).toBe(atTheLimit);
  });

  it('reads a blank gold as nothing', () => {
    expect(parseGold(' \n\t\n')).toBeNull();
  });
});

describe('pairing a gold file with its page', () => {
  it('finds the gold body on its page, entities read and scripts left out, and not on another page', () => {
    const { body } = parseGold(decodeGold(GOLD_1252))!;
    expect(goldOnPage(body, PAGE)).toBe(1);
    const other = PAGE.replace(/<p>[\s\S]*<\/body>/, '<p>The council met on Tuesday to set the budget for the coming year.</p></body>');
    expect(goldOnPage(body, other)).toBe(0);
    expect(goldOnPage('', PAGE)).toBe(0);
  });

  it("takes the page's canonical address, else its og:url, else none", () => {
    expect(pageAddress(PAGE)).toBe('https://harbor.example/2017/ferries-return');
    expect(pageAddress(`<meta content='https://harbor.example/b' property='og:url'>`)).toBe('https://harbor.example/b');
    expect(pageAddress('<link rel="canonical" href="/relative">')).toBeNull();
    expect(pageAddress('<p>no address</p>')).toBeNull();
  });

  it('names the data sets it imports and no other folder', () => {
    expect(sourceOfDataset('chaos-all')).toBe('chaos');
    expect(sourceOfDataset('big5-05')).toBe('big9');
    expect(sourceOfDataset('big5-17')).toBe('big9');
    expect(sourceOfDataset('gold')).toBeNull();
    expect(sourceOfDataset('big5-all')).toBeNull();
  });

  it('makes the case of a page and its gold, named by the page bytes, split by the id hash', () => {
    const html = new TextEncoder().encode(PAGE);
    const c = utomoCaseOf('chaos', html, GOLD_1252)!;
    expect(c.id).toMatch(/^ch-[0-9a-f]{12}$/);
    expect(c).toEqual({
      id: c.id,
      source: 'chaos',
      url: 'https://harbor.example/2017/ferries-return',
      lang: 'en',
      split: splitOf(c.id),
      headline: 'Harbor ferries return after ten years',
      headlineSource: 'annotated',
      body: '“We’re back,” said the captain of the first ferry to leave the pier.\n\nIt was full by nine in the morning, and the second sailed at noon.',
    });
    // No day or author truth: those fields stay absent, so they are not scored.
    expect('published' in c || 'author' in c).toBe(false);
    expect(utomoCaseOf('big9', html, GOLD_1252)!.id).toBe(c.id.replace('ch-', 'b9-'));
  });

  it('leaves out a gold file saved beside another page, and a blank one', () => {
    const other = new TextEncoder().encode('<html><body><h1>Budget</h1><p>The council met on Tuesday to set the budget for the coming year.</p></body></html>');
    expect(utomoCaseOf('chaos', other, GOLD_1252)).toBeNull();
    expect(utomoCaseOf('chaos', new TextEncoder().encode(PAGE), bytes('\r\n'))).toBeNull();
  });
});

describe('the utomo set in the bench', () => {
  it('is a set of its own', () => {
    expect(SET_DIRS.utomo).toMatch(/utomo$/);
  });
});

/**
 * Hostile seeds made at test time, by file name, for hostile-fuzz-cli.test.ts: the shapes the other
 * hostile sets (hostile-html-seeds.ts, hostile-text-seeds.ts, hostile-odd-files-cli.test.ts,
 * hostile-unreadable-bytes-cli.test.ts, hostile-file-names.test.ts) leave out. Each wraps the same
 * article (HEADLINE over PROSE_BEFORE and PROSE_AFTER) round its hostile part, or is no article at
 * all; two well-formed seeds of another story ("ok.html", "ok.txt") sit beside them.
 */
import { gzipSync } from 'node:zlib';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

export const HEADLINE = 'Night ferry to the harbor islands returns';
export const FRENCH = 'Le café du théâtre a rouvert ses portes à Genève, où les élèves ont fêté la rentrée avec leurs professeurs.';
const OK_PROSE = 'The city council approved a new cycling lane along the river on Tuesday, after two years of debate over parking and the cost of the work.';
const OK_PROSE_2 = 'Work on the lane will start in spring and take about eight months, the council said, with the river path closed on weekdays.';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const page = (head: string, body: string, charset = 'utf-8') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="${charset}"><title>${HEADLINE}</title>${head}</head><body>${body}</body></html>`;
/** The article inside a page, `inside` between its paragraphs and `before` above it. */
const article = (inside = '', before = '', head = '') => page(head, `${before}<article><h1>${HEADLINE}</h1><p>${PROSE_BEFORE}</p>${inside}<p>${PROSE_AFTER}</p></article>`);
/** The article as a text, `inside` between its paragraphs. */
const text = (inside = '') => `${HEADLINE}\n\n${PROSE_BEFORE}\n\n${inside ? `${inside}\n\n` : ''}${PROSE_AFTER}\n`;
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const withMark = (mark: number[], bytes: Buffer) => Buffer.concat([Buffer.from(mark), bytes]);
/** The article's page in UTF-8 with `markup` between its paragraphs in Latin-1 bytes. */
const latin1Inside = (markup: string) => {
  const [head, tail] = article('\u0000').split('\u0000');
  return Buffer.concat([utf8(head), Buffer.from(markup, 'latin1'), utf8(tail)]);
};
/** JSON nested `depth` deep: objects in objects. */
const nestedJson = (depth: number) => `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;
/** A file name of `bytes` UTF-8 bytes at most (255 is the most most file systems take), of `char` repeated. */
const longName = (char: string, ext: string, bytes = 255) => char.repeat(Math.floor((bytes - ext.length) / Buffer.byteLength(char))) + ext;

/** The seeds that must each become the article (HEADLINE, both paragraphs), by name. */
export function articleSeeds(): Map<string, Buffer> {
  return new Map<string, Buffer>([
    ['utf16le-bom.txt', withMark([0xff, 0xfe], Buffer.from(text(), 'utf16le'))],
    ['utf16be-bom.html', withMark([0xfe, 0xff], utf16be(article()))],
    ['utf16be-bom.txt', withMark([0xfe, 0xff], utf16be(text()))],
    ['utf16be-no-bom.html', utf16be(article())],
    ['utf16be-no-bom.txt', utf16be(text())],
    // UTF-8 under a <meta> that says Shift_JIS: read as the UTF-8 it is (its accents kept).
    ['charset-lies.html', utf8(article(`<p>${FRENCH}</p>`).replace('charset="utf-8"', 'charset="shift_jis"'))],
    // One paragraph of Latin-1 bytes in a UTF-8 page: read as Windows-1252, the change reported.
    ['latin1-in-utf8.html', latin1Inside(`<p>${FRENCH}</p>`)],
    // 10,000 headings above the article, and 10,000 under it.
    ['h1-10k-before.html', utf8(article('', Array.from({ length: 10_000 }, (_, i) => `<h1>Heading ${i}</h1>`).join('')))],
    ['h1-10k-after.html', utf8(page('', `<article><h1>${HEADLINE}</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article>${Array.from({ length: 10_000 }, (_, i) => `<h1>Other story ${i}</h1>`).join('')}`))],
    // One tag of 100,000 attributes, all different; one of 100,000 copies of one.
    ['attributes-100k.html', utf8(article(`<div ${Array.from({ length: 100_000 }, (_, i) => `data-a${i}="v${i}"`).join(' ')}></div>`))],
    ['attributes-100k-same.html', utf8(article(`<div ${'class="x" '.repeat(100_000)}></div>`))],
    // JSON-LD of 2 MB (its articleBody one long string), and nested 10,000 deep as objects and as arrays.
    ['json-ld-2mb.html', utf8(article('', '', `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEADLINE}","articleBody":"${`${PROSE_BEFORE} `.repeat(14_000)}"}</script>`))],
    ['json-ld-deep.html', utf8(article('', '', `<script type="application/ld+json">${nestedJson(10_000)}</script>`))],
    ['json-ld-deep-arrays.html', utf8(article('', '', `<script type="application/ld+json">${'['.repeat(10_000)}${']'.repeat(10_000)}</script>`))],
    // Bait for a pattern that backtracks: 50,000 dashes, "a." 100,000 times, in a line and in a headline.
    ['dashes-50k.txt', utf8(text('-'.repeat(50_000)))],
    ['dashes-50k.html', utf8(article(`<p>${'-'.repeat(50_000)}</p>`))],
    ['a-dot-100k.txt', utf8(text('a.'.repeat(100_000)))],
    ['a-dot-100k.html', utf8(article(`<p>${'a.'.repeat(100_000)}</p>`))],
    ['capital-dot-100k.txt', utf8(text('A.'.repeat(100_000)))],
    ['a-dot-title.html', utf8(article().replace(`<title>${HEADLINE}</title>`, `<title>${'a.'.repeat(50_000)}</title>`).replace(`<h1>${HEADLINE}</h1>`, `<h1>${HEADLINE}</h1><h2>${'a.'.repeat(50_000)}</h2>`))],
    // Names of 255 bytes: ASCII, two-byte and three-byte letters (their texts apart, or all but one were copies).
    [longName('n', '.txt'), utf8(text('The ferry leaves from the north pier.'))],
    [longName('é', '.html'), utf8(article('<p>The ferry leaves from the east pier.</p>'))],
    [longName('新', '.txt'), utf8(text('The ferry leaves from the west pier.'))],
  ]);
}

/** The seeds that are no article, by name. */
export function notArticleSeeds(): Map<string, Buffer> {
  return new Map<string, Buffer>([
    ['only-nul.html', Buffer.alloc(100_000)],
    ['only-nul.txt', Buffer.alloc(100_000)],
    // A saved page gzip'd, cut off after 40 bytes.
    ['gzip-truncated.html', gzipSync(article()).subarray(0, 40)],
  ]);
}

/** Two seeds of another story, well formed: what a run makes of them must not change beside the others. */
export function okSeeds(): Map<string, Buffer> {
  const title = 'Council approves cycling lane along the river';
  return new Map<string, Buffer>([
    ['ok.html', utf8(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>${OK_PROSE}</p><p>${OK_PROSE_2}</p></article></body></html>`)],
    ['ok.txt', utf8(`${title} again\n\n${OK_PROSE_2}\n\n${OK_PROSE}\n`)],
  ]);
}

/**
 * Saved pages whose fields are hostile, through the ingest CLI as a user runs it: a <title> and <h1>
 * holding markup, MDX expressions and `import`/`export` lines; bidi overrides left open in the
 * headline and the author; JSON-LD that is broken, has a 100 KB headline, 10,000 authors, or dates
 * no calendar has (0000-00-00, 2026-13-45, year 99999); `<base href>` and `javascript:` links; UTF-16
 * big-endian with and without a byte order mark; a page that declares windows-1251 over UTF-8 bytes,
 * and one that declares UTF-8 over windows-1251 bytes; .HTML, .htm and .xhtml names; a zero-byte page,
 * a FIFO and a symbolic link named .html. Each is one article or one skipped entry with its reason; the
 * articles' MDX holds no markup, expression or import of the page, only text; no impossible date and no
 * open bidi control reaches an article.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import YAML from 'yaml';
import { tempTrees } from '../helpers/temp-tree.ts';
import { encodeLegacy } from '../../scripts/bench/fuzz/legacy-encodings.ts';
import { ingestProject, runIngestCli, setSeeds } from './cli-project.ts';
import { expectOneOutcomeEach, seedOf, type HostileExpectation } from './hostile-outcomes.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-fields-');
afterAll(trees.cleanup);

const RLO = '\u202E';
const RU = ['Паромная переправа на острова снова работает каждую ночь, сообщила администрация порта в понедельник утром.', 'Билеты можно купить на причале или заранее, а расписание будет действовать до конца осеннего сезона.'];
const page = (head: string, h1: string, body = `<p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p>`) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body><article><h1>${h1}</h1>${body}</article></body></html>`;
const ld = (fields: object | string) => `<title>Night ferry returns</title><script type="application/ld+json">${typeof fields === 'string' ? fields : JSON.stringify({ '@type': 'NewsArticle', headline: 'Night ferry returns', ...fields })}</script>`;
const enc = (s: string) => new TextEncoder().encode(s);
const utf16be = (s: string, bom: boolean) => Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), Buffer.from(s, 'utf16le').swap16()]);
const russian = (charset: string) => `<!DOCTYPE html><html><head><meta charset="${charset}"><title>Ночной паром</title></head><body><article><h1>Ночной паром</h1><p>${RU[0]}</p><p>${RU[1]}</p></article></body></html>`;

const SEEDS = new Map<string, Uint8Array>([
  ['markup-title.html', enc(page('<title>&lt;script&gt;alert(1)&lt;/script&gt; {process.exit(1)} &lt;Tag/&gt;</title>', '&lt;script&gt;alert(1)&lt;/script&gt; {process.exit(1)} &lt;Tag/&gt;'))],
  ['import-lines.html', enc(page('<title>import fs from "node:fs"</title>', 'import fs from "node:fs"', `<p>import x from "y"</p><p>export const leak = process.env</p><p>{props.secret} &lt;Component prop={1}&gt;</p><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p>`))],
  ['bidi.html', enc(page(`<title>Night ferry ${RLO}returns</title><meta name="author" content="Anna ${RLO}Berg">`, `Night ferry ${RLO}returns`))],
  ['ld-broken.html', enc(page(ld('{"@type":"NewsArticle","headline":"Night ferry returns",,,'), 'Night ferry returns'))],
  ['ld-headline-100kb.html', enc(page(ld({ headline: 'Night ferry returns '.repeat(5_000) }), 'Night ferry returns'))],
  ['ld-authors.html', enc(page(ld({ author: Array.from({ length: 10_000 }, (_, i) => ({ '@type': 'Person', name: `Writer Number${i}` })) }), 'Night ferry returns'))],
  ['date-zero.html', enc(page(ld({ datePublished: '0000-00-00' }), 'Night ferry returns'))],
  ['date-month-13.html', enc(page(ld({ datePublished: '2026-13-45' }), 'Night ferry returns'))],
  ['date-year-99999.html', enc(page(ld({ datePublished: '99999-01-01T00:00:00Z' }) + '<meta property="article:published_time" content="+099999-12-31">', 'Night ferry returns'))],
  ['links.html', enc(page('<base href="javascript:alert(1)//"><title>Night ferry returns</title><link rel="canonical" href="javascript:alert(2)">', '<a href="javascript:alert(3)">Night ferry returns</a>', `<p>${PROSE_BEFORE} <a href="javascript:void(0)">More</a></p><p>${PROSE_AFTER}</p>`))],
  ['utf16be-bom.html', utf16be(page('<title>Night ferry returns</title>', 'Night ferry returns'), true)],
  ['utf16be-no-bom.html', utf16be(page('<title>Night ferry returns</title>', 'Night ferry returns'), false)],
  ['declares-1251-is-utf8.html', enc(russian('windows-1251'))],
  ['declares-utf8-is-1251.html', encodeLegacy(russian('utf-8'), 'windows-1251')],
  ['Upper.HTML', enc(page('<title>Night ferry returns upper</title>', 'Night ferry returns upper'))],
  ['old.htm', enc(page('<title>Night ferry returns old</title>', 'Night ferry returns old'))],
  ['doc.xhtml', enc(`<?xml version="1.0" encoding="utf-8"?>\n` + page('<title>Night ferry returns x</title>', 'Night ferry returns x'))],
  ['zero.html', new Uint8Array()],
]);

const EXPECTED: Record<string, HostileExpectation> = {
  ...Object.fromEntries([...SEEDS.keys()].map((seed) => [seed, 'article' as HostileExpectation])),
  'zero.html': /empty file/,
  'pipe.html': /FIFO/,
  'link.html': /symbolic link/,
};

/** The MDX node types an article may hold: its frontmatter, and paragraphs of text wrapped in <p>. */
function nodeTypes(mdx: string): Set<string> {
  const types = new Set<string>();
  const walk = (n: { type: string; name?: string; children?: unknown[] }) => {
    types.add(n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement' ? `jsx:${n.name}` : n.type);
    (n.children as (typeof n)[] | undefined)?.forEach(walk);
  };
  walk(unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).parse(mdx));
  return types;
}

describe('saved pages with hostile fields, through the CLI', () => {
  it('each is one article or one skipped entry; the MDX holds only text; no impossible date or open bidi control', async () => {
    const { root, seedsDir } = ingestProject(trees, { outside: { 'outside/secret.html': page('<title>Secret</title>', 'Secret') } });
    setSeeds(seedsDir, SEEDS);
    execFileSync('mkfifo', [join(seedsDir, 'pipe.html')]);
    symlinkSync(join(root, 'outside', 'secret.html'), join(seedsDir, 'link.html'));
    const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
    expect(run.finished, run.output).toBe(true);
    const articles = expectOneOutcomeEach(root, EXPECTED);
    const bySeed = new Map(articles.map((mdx) => [seedOf(mdx)!, mdx]));
    const front = (seed: string) => YAML.parse(/^---\n([\s\S]*?)\n---/.exec(bySeed.get(seed)!)![1]);

    for (const [seed, mdx] of bySeed) {
      expect([...nodeTypes(mdx)].sort(), seed).toEqual(['jsx:p', 'paragraph', 'root', 'text', 'yaml']);
      expect(mdx, seed).not.toMatch(/[\u202A-\u202E\u2066-\u2068]/);
      expect(mdx, seed).not.toMatch(/javascript:|Secret/);
    }
    // The page's markup is its title's text, kept as text.
    expect(front('markup-title.html').title).toBe('<script>alert(1)</script> {process.exit(1)} <Tag/>');
    expect(front('bidi.html').author).toBe('Anna Berg');
    for (const seed of ['date-zero.html', 'date-month-13.html', 'date-year-99999.html']) expect(front(seed).date ?? null, seed).toBeNull();
    expect(front('ld-headline-100kb.html').title).toBe('Night ferry returns');
    expect(String(front('ld-authors.html').author ?? '').length).toBeLessThan(300);
    for (const seed of ['utf16be-bom.html', 'utf16be-no-bom.html']) expect(front(seed).title, seed).toBe('Night ferry returns');
    for (const seed of ['declares-1251-is-utf8.html', 'declares-utf8-is-1251.html']) {
      expect(front(seed).title, seed).toBe('Ночной паром');
      expect(bySeed.get(seed), seed).toContain(RU[0]);
    }
  }, 240_000);
});

/**
 * Saved pages whose fields hold C1 control characters, through the ingest CLI: the trace of a
 * Windows-1252 page once read as Latin-1 ("We\u0092re" for "We’re"), in the <title>, og:title, the
 * author's meta, the JSON-LD headline and author, the site's name. The page's text had its C1
 * controls read as the Windows-1252 characters of their bytes (lib/safety/c1-as-windows-1252.ts); its
 * fields kept them, and the article's title and byline showed a control character where the writer's
 * apostrophe and quotes were. Now the fields are read as the text is, and each change is reported.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject, runIngestCli, setSeeds } from './cli-project.ts';
import { expectOneOutcomeEach, seedOf } from './hostile-outcomes.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-c1-fields-');
afterAll(trees.cleanup);

const enc = (s: string) => new TextEncoder().encode(s);
// JSON escapes the controls as a CMS writes them ("\u0092"); the page's markup holds them raw.
const HEADLINE = 'We\u0092re back: the \u0093night\u0094 ferry';
const AUTHOR = 'Renée O\u0092Brien';
const everyField = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title>
<meta property="og:title" content="${HEADLINE}"><meta name="author" content="${AUTHOR}">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: HEADLINE, author: { '@type': 'Person', name: AUTHOR } })}</script>
</head><body><article><h1>${HEADLINE}</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`;
const ldOnly = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta property="og:site_name" content="Harbour\u0092s Post \u0096 Islands">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: HEADLINE, author: { '@type': 'Person', name: AUTHOR } })}</script>
</head><body><article><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`;

const SEEDS = new Map<string, Uint8Array>([
  ['every-field.html', enc(everyField)],
  ['json-ld-only.html', enc(ldOnly)],
]);

describe('C1 control characters in a saved page\'s fields, through the CLI', () => {
  it('are read as the Windows-1252 characters of their bytes, as the page\'s text is, and reported', async () => {
    const { root, seedsDir } = ingestProject(trees);
    setSeeds(seedsDir, SEEDS);
    const run = await runIngestCli(root, seedsDir, { killAfter: 180_000 });
    expect(run.finished, run.output).toBe(true);
    const articles = expectOneOutcomeEach(root, { 'every-field.html': 'article', 'json-ld-only.html': 'article' });
    const front = (seed: string) => YAML.parse(/^---\n([\s\S]*?)\n---/.exec(articles.find((mdx) => seedOf(mdx) === seed)!)![1]);
    for (const seed of SEEDS.keys()) {
      expect(front(seed).title, seed).toBe('We’re back: the “night” ferry');
      expect(front(seed).author, seed).toBe('Renée O’Brien');
      expect(articles.find((mdx) => seedOf(mdx) === seed), seed).not.toMatch(/[\u0080-\u009F]|\\x[89]/);
    }
    expect(front('json-ld-only.html').outlet).toBe('Harbour’s Post – Islands');

    const reports = readdirSync(join(root, 'content', 'data', 'report')).flatMap((f) => readFileSync(join(root, 'content', 'data', 'report', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    const read = (seed: string) => reports.find((r) => r.seed === seed)?.entries.filter((e: { rule: string; detail?: string }) => e.rule === 'c1-as-windows-1252' && /page's (?:headline|author|site)/.test(e.detail ?? '')) ?? [];
    expect(read('every-field.html').map((e: { text: string }) => e.text)).toEqual(['We’re back: the “night” ferry', 'Renée O’Brien']);
    expect(read('json-ld-only.html').map((e: { text: string }) => e.text)).toEqual(['We’re back: the “night” ferry', 'Renée O’Brien', 'Harbour’s Post – Islands']);
  }, 240_000);
});

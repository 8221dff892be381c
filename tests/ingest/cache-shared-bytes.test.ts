/**
 * Cached outcomes are keyed by a seed's bytes, so seeds with the same bytes share one entry. An entry
 * made for one name must serve another as that other's: found by the fault-kill test, where a run
 * killed after caching both copies of a duplicated seed (the later name written last) left the next
 * run placing the original's article under the duplicate's name — skipped as a duplicate, so the
 * article vanished from content/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../scripts/ingest/run.ts';
import { listFiles } from '../../scripts/lib/list-files.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { contentOf, ingestProject } from './cli-project.ts';

const trees = tempTrees('cache-shared-');
afterAll(trees.cleanup);

const story = (title: string) =>
  `2022-05-01\n\n${title}\n\nChina will build 30 more joint laboratories with partner countries, the science minister said at a press conference on research cooperation.\n\nThe laboratories will study climate change, public health and clean energy over the coming five years.`;

const project = (seeds: Record<string, string>) => ingestProject(trees, { seeds });
const dropState = (root: string) => {
  // What a run killed after caching its outcomes leaves: the entries, no state.
  const cache = join(root, '.cache', 'ingest');
  for (const f of readdirSync(cache)) if (!/^[0-9a-f]{32}\.json$/.test(f)) rmSync(join(cache, f), { recursive: true, force: true });
};

describe('a cached outcome shared by seeds with the same bytes', () => {
  it('serves a renamed seed as the new name: its article, facts and report are under that name', async () => {
    const { root, seedsDir } = project({ 'first.txt': story('Laboratory network grows') });
    await runIngest({ root, seedsDir });
    renameSync(join(seedsDir, 'first.txt'), join(seedsDir, 'second.txt'));
    const again = await runIngest({ root, seedsDir });
    expect(again.articles.map((a) => a.seed)).toEqual(['second.txt']);
    expect(readdirSync(join(root, 'content', 'articles'))).toHaveLength(1);
    const facts = listFiles(join(root, 'content', 'data', 'facts')).map((f) => readFileSync(join(root, 'content', 'data', 'facts', f), 'utf8')).join('');
    expect(facts).toContain('"seed":"second.txt"');
    expect(facts).not.toContain('first.txt');
  });

  it('keeps the original of a duplicate when the entry was last written for the duplicate', async () => {
    const text = story('Laboratory network grows');
    const cold = project({ 'a.txt': text, 'b.txt': text, 'c.txt': story('Another story entirely') });
    await runIngest({ root: cold.root, seedsDir: cold.seedsDir });
    // The entry now holds the outcome of whichever copy was processed last; a run with no state
    // reads it for both names.
    const { root, seedsDir } = project({ 'b.txt': text, 'c.txt': story('Another story entirely') });
    await runIngest({ root, seedsDir });
    writeFileSync(join(seedsDir, 'a.txt'), text);
    dropState(root);
    await runIngest({ root, seedsDir });
    expect(contentOf(root)).toEqual(contentOf(cold.root));
  });

  it('does not serve a .txt seed the outcome of an .html seed with the same bytes', async () => {
    // A fragment, not a document: a .txt seed that opens as an HTML document is read as the page it is (page-in-text.ts).
    const page = '<body><h1>Laboratory network grows</h1><p>China will build 30 more joint laboratories with partner countries, the science minister said at a press conference on research cooperation.</p><p>The laboratories will study climate change, public health and clean energy over the coming five years.</p></body>';
    const both = project({ 'page.html': page });
    await runIngest({ root: both.root, seedsDir: both.seedsDir });
    writeFileSync(join(both.seedsDir, 'page.txt'), page);
    await runIngest({ root: both.root, seedsDir: both.seedsDir });
    const alone = project({ 'page.txt': page });
    await runIngest({ root: alone.root, seedsDir: alone.seedsDir });
    // An article's body, after its frontmatter (which names its slug and event, here shared).
    const bodiesOf = (root: string) => readdirSync(join(root, 'content', 'articles')).map((f) => readFileSync(join(root, 'content', 'articles', f), 'utf8').split(/^---$/m).slice(2).join('---'));
    // The .txt seed's body is the one a run with it alone makes (its text shows the markup), beside the page's.
    const [txtBody] = bodiesOf(alone.root);
    expect(txtBody).toContain('\\<p>');
    expect(bodiesOf(both.root)).toContain(txtBody);
    expect(bodiesOf(both.root).filter((b) => b !== txtBody)).toHaveLength(1);
  });
});

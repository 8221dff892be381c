/**
 * Text is data, never code: an article full of things MDX, HTML or Markdown would act on is built
 * into the real site (ingest + astro build, in a temporary copy of the project) and must show up on
 * its page letter for letter, with no script, element or heading made from it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { elements, parseHtml } from '../helpers/quality-html.ts';

const repo = join(import.meta.dirname, '..', '..');
const HOSTILE = [
  'export const leak = process.env and more words so this line reads as prose here.',
  'import fs from "node:fs" is a line of code that a reporter pasted into the story.',
  'The minister wrote {1 + 1} and {process.exit(1)} on the board during the talk.',
  'A reader posted <script>document.title="owned"</script> under the story yesterday.',
  'The code <Tag /> and <Component prop={1}>child</Component> appeared in the leak.',
  '# Not a heading, * not a list, 1. not a list, > not a quote, --- not a rule.',
  'Entities &copy; &amp; &#x41; and `code` and <!-- a comment --> stay as written.',
];

let html = '';

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'literal-'));
  for (const entry of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  cpSync(join(repo, 'content', 'topics'), join(dir, 'content', 'topics'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'seeds'));
  for (const seed of readdirSync(join(repo, 'seeds'))) cpSync(join(repo, 'seeds', seed), join(dir, 'seeds', seed));
  writeFileSync(join(dir, 'seeds', 'zz-hostile.txt'), `Hostile text test page\n\n2021-05-05\n\n${HOSTILE.join('\n\n')}\n`);
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, BASE_PATH: '/' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  };
  run(['scripts/ingest/cli.ts']);
  run([join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
  html = readFileSync(join(dir, 'dist', 'articles', '2021-05-05-hostile-text-test-page', 'index.html'), 'utf8');
}, 300_000);

describe('text that looks like code', () => {
  it('shows every line letter for letter as a paragraph', () => {
    const doc = parseHtml(html);
    const paragraphs = elements(doc, (e) => e.name === 'p' && /^p-\d+$/.test(e.attribs.id ?? '')).map((p) =>
      p.children.filter((c) => !(c.type === 'tag' && (c as { attribs: Record<string, string> }).attribs.class === 'pl')).map((c) => DomUtils.textContent(c)).join(''),
    );
    expect(paragraphs).toEqual(HOSTILE);
  });

  it('makes no script, element or heading out of it', () => {
    const doc = parseHtml(html);
    const main = elements(doc, (e) => e.name === 'main')[0];
    const inArticle = elements(main, (e) => ['script', 'tag', 'component', 'h1', 'h2', 'hr', 'ul', 'ol', 'blockquote', 'code'].includes(e.name) && /^p-\d+$/.test(e.parent && 'attribs' in e.parent ? (e.parent as { attribs: Record<string, string> }).attribs.id ?? '' : ''));
    expect(inArticle).toEqual([]);
    expect(html).not.toContain('<script>document.title');
    expect(html).not.toMatch(/<Tag\b|<Component\b/);
  });
});

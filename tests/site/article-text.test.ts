/**
 * What a reader sees on every article page, against what the ingest decided: every paragraph it
 * kept is on the page, word for word (nothing lost), no line the clean stage removed as page chrome
 * is, and no sentence appears twice (the scraped copies are gone).
 */
import { readIngestOutput } from '../../scripts/ingest/output.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { htmlFiles, describeBuiltSite } from '../helpers/quality-site.ts';
import { elements, parseFile, type Element } from '../helpers/quality-html.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import { countWords, textKey } from '../../scripts/ingest/lib/page-text/language/text.ts';

/** Paragraph texts of an article's MDX, as MDX itself reads them (escapes undone). */
function mdxParagraphs(slug: string): Map<string, string> {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).parse(readFileSync(join('content', 'articles', `${slug}.mdx`), 'utf8'));
  const out = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const jsx = node.children[0] as unknown as { name: string; attributes: { value: string }[]; children: { value: string }[] };
    out.set(jsx.attributes[0].value, jsx.children.map((c) => c.value).join(''));
  }
  return out;
}

/** A paragraph's own text, without the permalink the page adds after it. */
function ownText(p: Element): string {
  return p.children
    .filter((c) => !(c.type === 'tag' && (c as Element).attribs.class?.split(' ').includes('pl')))
    .map((c) => DomUtils.textContent(c))
    .join('');
}

describeBuiltSite('article pages, as read', (site) => {
  const pages = htmlFiles(site.dir).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
  const report = readIngestOutput('.');
  const chrome = report.entries.filter((e) => e.stage === 'clean' && e.action === 'removed' && e.text && countWords(e.text) >= 2).map((e) => e.text!);

  it('has one page per generated article', () => {
    const articles = JSON.parse(readFileSync(join(site.dir, 'api', 'articles.json'), 'utf8')).articles;
    expect(pages.length).toBe(articles.length);
    expect(pages.length).toBeGreaterThan(0);
  });

  it('shows every kept paragraph word for word under its anchor, and nothing else as a paragraph', () => {
    for (const file of pages) {
      const slug = file.split('/')[1];
      const expected = mdxParagraphs(slug);
      const shown = new Map(elements(parseFile(site.dir, file), (e) => e.name === 'p' && /^p-\d+$/.test(e.attribs.id ?? '')).map((p) => [p.attribs.id, ownText(p)]));
      expect(shown, file).toEqual(expected);
    }
  });

  it('shows no line the clean stage removed, and no sentence twice', () => {
    expect(chrome.length).toBeGreaterThan(0);
    for (const file of pages) {
      const text = elements(parseFile(site.dir, file), (e) => e.name === 'p' && /^p-\d+$/.test(e.attribs.id ?? '')).map(ownText);
      for (const line of chrome) expect(text.join('\n'), `${file}: "${line}"`).not.toContain(line);
      const sentences = text.flatMap(splitSentences).filter((s) => countWords(s) >= 5).map(textKey);
      expect(sentences.length - new Set(sentences).size, file).toBe(0);
    }
  });
});

/** Helpers for the ingest unit tests: run stages on small texts written in the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { Report } from '../../scripts/ingest/report.ts';
import { processArticle, processSeed } from '../../scripts/ingest/pipeline.ts';
import { compileTopics } from '../../scripts/ingest/stages/topics.ts';
import { topicDefinition } from '../../src/schema.ts';
import { proseParagraphs } from '../../scripts/ingest/lib/html/article/picture-captions.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');

export function topicDefinitions() {
  const dir = join(repoRoot, 'content', 'topics');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => topicDefinition.parse(YAML.parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1])));
}

export const matchers = compileTopics(topicDefinitions());

export function article(text: string | Uint8Array, seed = 'fixture.txt') {
  const report = new Report(seed);
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const record = processArticle(seed, bytes, matchers, report);
  // body: the article's text, as the benchmark scores it; a saved page's pictures' captions, shown beside it, are not (lib/html/article/picture-captions.ts).
  return { record, report, body: proseParagraphs(record.paragraphs).map((p) => p.text).join('\n') };
}

export function rules(report: Report): string[] {
  return report.entries.map((e) => e.rule);
}

/** A body paragraph long enough to read as prose. */
export const PROSE = 'The ministry said the programme would support joint research by scientists from many countries over the coming five years.';

/** Four paragraphs of a plain news article, for pages written in a test around a header to read. */
export const ARTICLE_PARAGRAPHS = [
  'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.',
  'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.',
  'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.',
  'Each laboratory will publish its results in open journals, and the data will be shared with the partner universities at no cost.',
];

/** A site's menu, one link per line, as innerText gives it above an article. */
export const SITE_MENU = 'Home\nNews\nScience\nTechnology\nAbout us\nContact';

/** A saved page (`saved.html`) through the whole pipeline, as the ingest reads a seed. */
export const savedSeed = (html: string) => processSeed('saved.html', new TextEncoder().encode(html), matchers);

/** A saved page around the given markup: a headline, a paragraph of prose before it and a closing paragraph after it. */
export const savedPage = (body: string) => `<!doctype html><html lang="en"><head><title>Joint research fund opens</title></head><body><article>
<h1>Joint research fund opens</h1>
<p>${PROSE}</p>
${body}
<p>Applications close at the end of March, and the first grants are expected to be announced in the summer.</p>
</article></body></html>`;

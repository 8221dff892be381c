/**
 * Writes the corpus: one MDX file per article and the JSON data files, each validated against the
 * data contract (src/schema.ts) first. A file is rewritten only when its bytes change, and article
 * files whose seed is gone are removed, so Astro's cache sees only real changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';
import type { ArticleOut, Paragraph } from './types.ts';
import { countWords } from './lib/text.ts';
import {
  articleFrontmatter,
  eventsFile,
  figuresFile,
  mentionsFile,
  peopleFile,
  skippedFile,
  topicsFile,
  type ArticleFrontmatter,
} from '../../src/schema.ts';

export interface Written {
  changed: number;
  unchanged: number;
  removed: number;
}

export function frontmatterOf(a: ArticleOut): ArticleFrontmatter {
  return articleFrontmatter.parse({
    slug: a.slug,
    seed: a.seed,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    editor: a.editor,
    date: a.date?.date ?? null,
    datePrecision: a.date?.precision ?? null,
    dateSource: a.date?.source ?? null,
    dateEvidence: a.date?.evidence ?? null,
    datedFrom: a.datedFrom,
    published: a.published,
    topics: a.topics,
    people: a.people,
    event: a.event,
    paragraphs: a.paragraphs.length,
    words: a.paragraphs.reduce((n, p) => n + countWords(p.text), 0),
    summary: a.paragraphs.find((p) => !p.speakerLabel)?.sentences[0] ?? '',
  });
}

/**
 * `manifest` maps each article file to the key of what it was written from (its frontmatter, its
 * seed's bytes, the ingest's code): a file whose key has not changed is not serialized again,
 * which is most of the cost of a re-run.
 */
export function writeOutputs(
  root: string,
  corpus: Corpus,
  skipped: { seed: string; reason: string }[],
  toMdx: (frontmatter: object, paragraphs: Paragraph[]) => string,
  manifest: { previous: Record<string, string>; version: string },
): Written & { manifest: Record<string, string> } {
  const articlesDir = join(root, 'content', 'articles');
  const dataDir = join(root, 'content', 'data');
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const result: Written = { changed: 0, unchanged: 0, removed: 0 };
  const write = (path: string, text: string) => {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) result.unchanged++;
    else {
      writeFileSync(path, text);
      result.changed++;
    }
  };

  const wanted = new Set<string>();
  const next: Record<string, string> = {};
  for (const a of corpus.articles) {
    const file = `${a.slug}.mdx`;
    wanted.add(file);
    const frontmatter = frontmatterOf(a);
    const key = createHash('sha1').update(manifest.version).update(a.hash).update(JSON.stringify(frontmatter)).digest('hex');
    next[file] = key;
    if (manifest.previous[file] === key && existsSync(join(articlesDir, file))) result.unchanged++;
    else write(join(articlesDir, file), toMdx(frontmatter, a.paragraphs));
  }
  for (const file of readdirSync(articlesDir)) {
    if (!wanted.has(file)) {
      rmSync(join(articlesDir, file));
      result.removed++;
    }
  }

  // Compact: these files are read by programs, and at 10,000 articles indentation is most of the work.
  const json = (data: unknown) => JSON.stringify(data) + '\n';
  write(join(dataDir, 'events.json'), json(eventsFile.parse({ events: corpus.events })));
  write(join(dataDir, 'topics.json'), json(topicsFile.parse({ topics: corpus.topics })));
  write(join(dataDir, 'people.json'), json(peopleFile.parse({ people: corpus.people })));
  write(join(dataDir, 'figures.json'), json(figuresFile.parse({ series: corpus.figures })));
  write(join(dataDir, 'mentions.json'), json(mentionsFile.parse({ mentions: corpus.mentions })));
  write(join(dataDir, 'skipped.json'), json(skippedFile.parse({ skipped })));
  return { ...result, manifest: next };
}

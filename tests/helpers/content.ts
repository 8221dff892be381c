/**
 * What the ingest produced (content/), for tests that compare the built site with its data instead of
 * hard-coding today's seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleFrontmatter, EventsFile, TopicsFile, TopicDefinition } from '../../src/schema.ts';
import { readDataDir } from '../../scripts/ingest/output.ts';

const ROOT = resolve(process.env.CONTENT_DIR ?? 'content');

const json = <T>(name: string): T => JSON.parse(readFileSync(join(ROOT, 'data', name), 'utf8')) as T;

function frontmatter<T>(file: string): { data: T; body: string } {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file} has no frontmatter`);
  return { data: parseYaml(m[1]) as T, body: m[2] };
}

export const loadArticles = (): ArticleFrontmatter[] =>
  readdirSync(join(ROOT, 'articles'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => frontmatter<ArticleFrontmatter>(join(ROOT, 'articles', f)).data);

export const loadTopicDefinitions = (): { data: TopicDefinition; body: string }[] =>
  readdirSync(join(ROOT, 'topics'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => frontmatter<TopicDefinition>(join(ROOT, 'topics', f)))
    .sort((a, b) => a.data.order - b.data.order);

export const loadEvents = () => json<EventsFile>('events.json').events;
/** Each topic with its articles and excerpts, as the site groups them. */
export const loadTopicsData = (): TopicsFile['topics'] => {
  const { excerpts } = readDataDir(join(ROOT, 'data'));
  return json<{ topics: Omit<TopicsFile['topics'][number], 'excerpts'>[] }>('topics.json').topics.map((t) => ({ ...t, excerpts: excerpts.get(t.slug) ?? [] }));
};
export const loadPeople = () => readDataDir(join(ROOT, 'data')).people;
export const loadFigures = () => readDataDir(join(ROOT, 'data')).series;
export const loadMentions = () => readDataDir(join(ROOT, 'data')).mentions;

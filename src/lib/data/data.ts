/**
 * Build-time access to what the ingest writes to content/data/: events.json, topics.json,
 * skipped.json, moved-articles.json, and facts/*.jsonl (one line per article), grouped here into topic excerpts, people,
 * figure series and mentioned dates. Read once per build; validated with the same zod schemas the
 * ingest used to write them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import { articleFacts, eventsFile, movedArticlesFile, skippedFile, topicsListFile, type TopicsFile } from '../../schema';
import { aggregateFacts, type Aggregated } from './aggregate';

const dataDir = join(process.cwd(), 'content', 'data');
const cache = new Map<string, unknown>();

function read(name: string): string {
  const path = join(dataDir, name);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run \`npm run ingest\` (part of \`npm run build\`) first.`);
  }
}

function once<T>(name: string, make: () => T): T {
  if (!cache.has(name)) cache.set(name, make());
  return cache.get(name) as T;
}

const load = <T>(name: string, schema: ZodType<T>): T => once(name, () => schema.parse(JSON.parse(read(name))));

/** Every line of content/data/facts/*.jsonl (sharded by seed so the ingest can rewrite one shard). */
function factLines(): { file: string; line: string }[] {
  let files: string[];
  try {
    files = readdirSync(join(dataDir, 'facts')).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    throw new Error(`${join(dataDir, 'facts')} is missing: run \`npm run ingest\` (part of \`npm run build\`) first.`);
  }
  return files.flatMap((file) => read(join('facts', file)).split('\n').filter((line) => line !== '').map((line) => ({ file, line })));
}

const facts = (): Aggregated =>
  once('facts', () =>
    aggregateFacts(
      factLines().map(({ file, line }) => {
        const parsed = articleFacts.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`content/data/facts/${file}: ${parsed.error.message}`);
        return parsed.data;
      }),
    ),
  );

export const loadEvents = () => load('events.json', eventsFile).events;
export const loadTopicsData = (): TopicsFile['topics'] =>
  load('topics.json', topicsListFile).topics.map((t) => ({ ...t, excerpts: facts().excerpts.get(t.slug) ?? [] }));
export const loadPeople = () => facts().people;
export const loadFigures = () => facts().series;
export const loadMentions = () => facts().mentions;
export const loadSkipped = () => load('skipped.json', skippedFile).skipped;
/** Published article slugs that moved (scripts/ingest/corpus.ts); none from an ingest older than the file. */
export const loadMovedArticles = () => (existsSync(join(dataDir, 'moved-articles.json')) ? load('moved-articles.json', movedArticlesFile).moved : []);

/**
 * Build-time access to the JSON the ingest writes to content/data/.
 * Read once per build; validated with the same zod schemas the ingest used to write them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import { eventsFile, figuresFile, mentionsFile, peopleFile, skippedFile, topicsFile } from '../schema';

const dataDir = join(process.cwd(), 'content', 'data');
const cache = new Map<string, unknown>();

function load<T>(name: string, schema: ZodType<T>): T {
  if (!cache.has(name)) {
    const path = join(dataDir, name);
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`${path} is missing: run \`npm run ingest\` (part of \`npm run build\`) first.`);
    }
    cache.set(name, schema.parse(JSON.parse(raw)));
  }
  return cache.get(name) as T;
}

export const loadEvents = () => load('events.json', eventsFile).events;
export const loadTopicsData = () => load('topics.json', topicsFile).topics;
export const loadPeople = () => load('people.json', peopleFile).people;
export const loadFigures = () => load('figures.json', figuresFile).series;
export const loadMentions = () => load('mentions.json', mentionsFile).mentions;
export const loadSkipped = () => load('skipped.json', skippedFile).skipped;

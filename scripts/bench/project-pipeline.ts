/**
 * A project copy's own per-article pipeline and compiled topics, loaded from its paths, so that two
 * commits' ingests (a worktree, an older commit's `git archive`) can run side by side in one process
 * (process-seeds-once.ts, text-path-ab.ts). Its `processSeed(seed, bytes, topics)` is called as the CLI
 * calls it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';

export interface ProjectPipeline {
  processSeed: (seed: string, bytes: Uint8Array, topics: unknown) => { record?: unknown };
  topics: unknown;
}

export async function projectPipeline(root: string): Promise<ProjectPipeline> {
  const from = (path: string) => import(pathToFileURL(join(resolve(root), path)).href);
  const { processSeed } = await from('scripts/ingest/pipeline.ts');
  const { compileTopics } = await from('scripts/ingest/stages/topics.ts');
  const { topicDefinition } = await from('src/schema.ts');
  const topicsDir = join(root, 'content', 'topics');
  const definitions = readdirSync(topicsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => topicDefinition.parse(YAML.parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(topicsDir, f), 'utf8'))![1])));
  return { processSeed, topics: compileTopics(definitions) };
}

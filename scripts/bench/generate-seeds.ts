/**
 * Write a synthetic seeds folder on its own, to look at or to feed the ingest by hand:
 *   node scripts/bench/generate-seeds.ts --articles 200 --out bench/tmp/seeds [--seed 7]
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from './corpus/generate.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    out: { type: 'string', default: 'bench/tmp/seeds' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
  },
});
const corpus = generateCorpus(Number(values.articles), Number(values.seed));
rmSync(values.out!, { recursive: true, force: true });
writeCorpus(values.out!, corpus);
const kinds = new Map<string, number>();
for (const f of corpus.files) {
  const key = f.kind === 'report' ? `${f.style} / ${f.encoding}` : f.kind;
  kinds.set(key, (kinds.get(key) ?? 0) + 1);
}
console.log(`wrote ${corpus.files.length} seed files to ${values.out}`);
for (const [kind, n] of [...kinds].sort()) console.log(`  ${String(n).padStart(6)}  ${kind}`);

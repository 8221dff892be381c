import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { article } from './helpers.ts';
it('x', () => { for (const id of (process.env.IDS ?? '').split(',')) { const r = article(gunzipSync(readFileSync(`/work/extract-bench/meta/${id}/innertext.txt.gz`)), `${id}.txt`); console.log(id, JSON.stringify(r.record.author), r.report.entries.filter(e=>/byline/.test(e.rule)).map(e=>e.rule+':'+e.text)); } });

/**
 * No regex literal of the ingest is super-linear unless the allow-list says why it may be: a pattern
 * tried from every character of a long run and scanning the run from each took seconds to minutes on
 * one field (session 16's and 17's hostile tests). The detector (scslre) reads each pattern's
 * automaton, so a new pattern of that shape fails here before any page shows it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { superLinearPatterns } from '../../scripts/bench/regex-audit/super-linear-patterns.ts';
import { BOUNDED, NOT_YET_REVIEWED } from '../../scripts/bench/regex-audit/allowed-patterns.ts';

const INGEST = join(import.meta.dirname, '../../scripts/ingest');
const key = (p: { file: string; source: string }) => `${p.file}  /${p.source}/`;

describe('the regex literals of the ingest', () => {
  const findings = superLinearPatterns(INGEST);
  const allowed = new Set([...BOUNDED, ...NOT_YET_REVIEWED].map(key));

  it('are linear, or listed with a reason', () => {
    const unlisted = findings.filter((f) => !allowed.has(key(f))).map((f) => `${f.file}:${f.line} /${f.source}/${f.flags} (${f.kinds.join(', ')})`);
    expect(unlisted).toEqual([]);
  });

  it('leave no entry on the list that is no longer found (a fixed pattern leaves it)', () => {
    const found = new Set(findings.map(key));
    expect([...allowed].filter((k) => !found.has(k))).toEqual([]);
  });

  it('each bounded entry says why', () => {
    for (const entry of BOUNDED) expect(entry.reason.length).toBeGreaterThan(20);
  });

  it('the detector finds the shape it is here for: a pattern anchored at the end after a run', () => {
    const probe = superLinearPatterns(join(import.meta.dirname, 'fixtures/regex-audit'));
    expect(probe.map((f) => f.source)).toEqual(['\\s+x$']);
  });
});

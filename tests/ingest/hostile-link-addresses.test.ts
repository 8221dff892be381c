/**
 * A heading's links whose address is a long run of spaces before a letter. Whether a link points to
 * the site's home page (a logo in the heading) was read with a pattern whose two runs of optional
 * spaces, before and after the address, shared the run: 40,000 spaces took 0.8 s of CPU, for each
 * link. The address is now read trimmed.
 */
import { describe, expect, it } from 'vitest';
import { showsLogo } from '../../scripts/ingest/lib/html/prune/html-site-brand.ts';
import { cpuSeconds } from './cpu-seconds.ts';

describe('a link whose address is a run of spaces', () => {
  it('is read in well under 1 s of CPU for ten links of 50,000 spaces', () => {
    const used = cpuSeconds(() => {
      for (let i = 0; i < 10; i++) showsLogo('a', { href: `${' '.repeat(50_000)}x` });
    });
    expect(used).toBeLessThan(1);
  }, 300_000);

  it('still tells a link home from another one, spaces around it or not', () => {
    expect(showsLogo('a', { href: ' / ' })).toBe(true);
    expect(showsLogo('a', { href: '\thttps://example.org/\n' })).toBe(true);
    expect(showsLogo('a', { href: '//example.org/index.html' })).toBe(true);
    expect(showsLogo('a', { href: ' /news/2024 ' })).toBe(false);
    expect(showsLogo('a', { href: '   ' })).toBe(false);
  });
});

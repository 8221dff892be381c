/**
 * Tests and `npm run briefing:pdf` read the address a site was built for from the build itself, so
 * BASE_PATH and SITE_URL need not be set again (and cannot disagree with the build).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/quality-site.ts';
import { tempTrees } from '../helpers/temp-tree.ts';

const trees = tempTrees('built-address-');
afterAll(trees.cleanup);

describe('the address a site was built for', () => {
  it('is read from the home page of the build, not from the environment', () => {
    const dir = trees.make({ 'index.html': '<!doctype html><link rel="canonical" href="https://news.example.net/sub/dir/"><title>x</title>' });
    const saved = process.env.BASE_PATH;
    delete process.env.BASE_PATH;
    try {
      // known: the site was built for a real address, not the placeholder (src/lib/urls/printed-address.ts).
      expect(builtSite(dir)).toEqual({ dir, base: '/sub/dir/', origin: 'https://news.example.net', known: true });
    } finally {
      if (saved !== undefined) process.env.BASE_PATH = saved;
    }
  });
});

/**
 * A reading time written as a number and "min" alone ("2min", "5 min": a saved page's
 * "2<sup>min</sup>" over its article) is the page's, not the article's: a real report's page opened
 * with the paragraph "2min". A sentence that says minutes stays.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article, PROSE } from './helpers.ts';

describe('a reading time of a number and "min" alone', () => {
  it('is the reading-time rule', () => {
    for (const line of ['2min', '5 min', '12 min.']) expect(chromeRuleOf(line)?.id, line).toBe('reading-time');
    expect(chromeRuleOf('2 minutes later the rover landed.')?.id).not.toBe('reading-time');
    expect(chromeRuleOf('5 min read')?.id).toBe('reading-time');
  });

  it("leaves a saved page's article", () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Observatory opens</title></head><body><article><h1>Observatory opens</h1><span class="time_to_read">2<sup>min</sup></span><p>${PROSE}</p><p>${PROSE.replace('many', 'several')}</p></article></body></html>`;
    expect(article(page, 'page.html').record.paragraphs.map((p) => p.text)).not.toContain('2min');
  });
});

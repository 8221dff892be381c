/**
 * What a headline, an author and an outlet may be. A field far past a name's size was already no name
 * (hostile-oversized-fields: over 2,000 characters), but an og:site_name of 200 words (1,289
 * characters) was published whole as the article's outlet. An outlet is a name: one of more than
 * MAX_OUTLET_CHARS characters or MAX_OUTLET_WORDS words is none, and the report says which field it
 * was and why. Nasty cases that must stay: a real long headline (256 characters, a saved page's), a
 * long public broadcaster's name.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const WORDS = ['harbour', 'council', 'votes', 'ferry', 'night', 'plan', 'tides', 'pier'];
const words = (n: number) => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ');
const page = (head: string, h1: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body><article><h1>${h1}</h1><p>${PROSE_BEFORE}</p><p>${PROSE_AFTER}</p></article></body></html>`;
const LONG_HEADLINE =
  'Live updates: Flooding forces thousands from their homes across three provinces as rivers burst their banks, rail lines close and the government calls in the army to shore up dams, with more heavy rain forecast for the rest of the week and into next Monday';

describe('an outlet is a name', () => {
  it('an og:site_name of 200 words is no outlet, and the report says so', () => {
    const { record, report } = article(page(`<title>Night ferry returns</title><meta property="og:site_name" content="${words(200)}">`, 'Night ferry returns'), 'site.html');
    expect(record.outlet ?? null).toBeNull();
    expect(report.entries.find((e) => e.rule === 'outlet-not-a-name')?.detail).toMatch(/^page-metadata: 1,\d{3} characters, 200 words: no outlet's name \(over 100 characters or 12 words\)$/);
  });

  it('a long broadcaster\'s name stays the outlet', () => {
    const name = 'Radio and Television of the Autonomous Province of the North Coast';
    const { record, report } = article(page(`<title>Night ferry returns</title><meta property="og:site_name" content="${name}">`, 'Night ferry returns'), 'site2.html');
    expect(record.outlet).toBe(name);
    expect(report.entries.filter((e) => e.rule === 'outlet-not-a-name')).toEqual([]);
  });
});

describe('a real long headline is never cut', () => {
  it(`a saved page's <h1> of ${LONG_HEADLINE.length} characters`, () => {
    expect(article(page(`<title>${LONG_HEADLINE} | Harbour Times</title>`, LONG_HEADLINE), 'long.html').record.title).toBe(LONG_HEADLINE);
  });
});

/**
 * An article's summary (its description in the page's meta tags, preview cards, JSON-LD and feed) is the
 * first sentence of its first paragraph, not of a sub-heading: a saved page's article can open with a
 * heading (a section's name over the story, a sub-title), and a link pasted elsewhere would be
 * described by it. With no paragraph at all, the first line still gives one.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { matchers } from './helpers.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reef survey adds night dives</title></head><body><article>
<h1>Reef survey adds night dives</h1>
${body}
</article></body></html>`;

const summaryOf = (html: string) => {
  const outcome = processSeed('reef.html', new TextEncoder().encode(html), matchers);
  return outcome.summary?.summary;
};

const FIRST = 'A reef survey off the coast of Fiji will add night dives to its count of coral this year, its leader said on Tuesday.';
const REST = '<p>The divers will map reefs off four islands and share their photographs with the fisheries office of each island.</p><p>The survey has run every spring since 2015 and has counted coral on more than two hundred reefs.</p>';

describe('the summary of a saved page’s article', () => {
  it('is its first paragraph’s first sentence when a heading opens the article', () => {
    expect(summaryOf(page(`<h2>Oceans and coasts / Science</h2><p>${FIRST} Night is when the coral feeds.</p>${REST}`))).toBe(FIRST);
    expect(summaryOf(page(`<h3>Divers will count coral after dark for the first time</h3><p>${FIRST}</p>${REST}`))).toBe(FIRST);
  });

  it('is its first sentence still when a paragraph opens it, whatever headings follow', () => {
    expect(summaryOf(page(`<p>${FIRST}</p><h2>Oceans and coasts</h2>${REST}`))).toBe(FIRST);
  });
});

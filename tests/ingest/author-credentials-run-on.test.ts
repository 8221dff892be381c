/**
 * A degree or a licence run onto the name with only a space ("Jane Doe MS, RDN", "John Roe PhD"): the
 * byline cleaner, shared by both paths, sets it off with a comma as it keeps credentials after one
 * ("Jane Doe, MS, RDN"), so the name is no longer read as ending in "MS" (lib/bylines/credentials-run-on.ts).
 * A surname that looks like a credential stays the name's.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { credentialsSetOff } from '../../scripts/ingest/lib/bylines/credentials-run-on.ts';
import { article, PROSE } from './helpers.ts';

describe('byline cleaner: credentials run onto the name', () => {
  it.each([
    ['Jane Doe MS, RDN', 'Jane Doe, MS, RDN'],
    ['By Jane Doe MS, RDN, LD', 'Jane Doe, MS, RDN, LD'],
    ['John Roe PhD', 'John Roe, PhD'],
    ['John Roe Ph.D.', 'John Roe, Ph.D.'],
    ['Ann B. Lee MD', 'Ann B. Lee, MD'],
    ['Jane Doe MPH RD', 'Jane Doe, MPH, RD'],
    ['Jane Doe MSc', 'Jane Doe, MSc'],
    ['Anna Berg, Jane Doe MD', 'Anna Berg, Jane Doe, MD'],
  ])('%s', (byline, name) => {
    expect(cleanAuthor(byline)).toBe(name);
  });

  it('a credential already after a comma is left as written', () => {
    expect(cleanAuthor('Jane Doe, MS, RDN')).toBe('Jane Doe, MS, RDN');
  });

  it.each([
    'Amy Ma', // a surname, in mixed case
    'Li MD Wang', // capitals inside the name, not after it
    'Wei MA', // a surname in capitals that is also a degree's: not in the list
    'ANNA BERG MD', // a byline in capitals tells no boundary
    'George T. Conway III', // a generation, part of the name
    'Nelson C.J.', // initials
    'Jeff Lo CPP', // a trade's certification, not a degree or licence
    'Harbor MD', // one word before it: no person's full name
  ])('guard: %s stays as written', (name) => {
    expect(credentialsSetOff(name)).toBe(name);
    expect(cleanAuthor(name)).toBe(name);
  });
});

describe('both paths: the byline with its credentials run on', () => {
  it('text path: "By Jane Doe MS, RDN" under the headline', () => {
    const text = `Menu\nHome\nHeadline on joint research in science\nBy Jane Doe MS, RDN\nMarch 12, 2025\n${PROSE}\n${PROSE}\n${PROSE}`;
    expect(article(text).record.author).toBe('Jane Doe, MS, RDN');
  });

  it('HTML path: the author field', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides and the new research buoys</title><meta name="author" content="John Roe PhD"></head><body>
<main><article><h1>Harbor tides and the new research buoys</h1><div class="article-body">${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
    expect(article(html, 'page.html').record.author).toBe('John Roe, PhD');
  });
});

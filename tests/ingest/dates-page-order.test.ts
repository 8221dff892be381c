/**
 * A numeric date with two readings ("12/11/23": 12 November or December 11) is read in the order its
 * page settles (lib/dates/page-order.ts): its own numeric dates over 12, the same day written another
 * way elsewhere on it, a saved page's address (the month it files the post under), its language tags
 * (the detected language, `<html lang>`, og:locale). A page that settles nothing leaves it unread, and
 * a score or a fraction ("3/4") is never a date. An English page with no region is read as its spelling
 * writes ("color": month first; "colour": day first). Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { numericOrderOfPage } from '../../scripts/ingest/lib/dates/page-order.ts';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { englishSpelling } from '../../scripts/ingest/lib/page-text/language/english-spelling.ts';
import { article } from './helpers.ts';

const HEADLINE = 'New science plan for Africa';
const P = [
  'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said in Beijing.',
  'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.',
  'Officials said the first projects would start next spring, with researchers from both sides sharing data on crops, water and health.',
];

describe('the order of a page’s numeric dates', () => {
  it('is shown by another numeric date over 12 on the page', () => {
    expect(numericOrderOfPage('4/5/2022\nRelated\n13/5/2022')).toBe('day-first');
  });

  it('is settled by the same day written another way on the page', () => {
    expect(numericOrderOfPage('By Ann Lee • 12/11/23 4:23pm\nThe talks opened on Nov 12, 2023 in Geneva.')).toBe('day-first');
    expect(numericOrderOfPage('By Ann Lee • 12/11/23 4:23pm\nThe talks opened on December 11, 2023 in Geneva.')).toBe('month-first');
    expect(numericOrderOfPage('Posted 4/5/2022\nFiled 2022-04-05')).toBe('month-first');
  });

  it('is not settled by a page that writes both readings, or neither', () => {
    expect(numericOrderOfPage('By Ann Lee • 12/11/23 4:23pm\nTalks: Nov 12, 2023 and Dec 11, 2023.')).toBeNull();
    expect(numericOrderOfPage('By Ann Lee • 12/11/23 4:23pm\nThe talks opened on Nov 20, 2023.')).toBeNull();
  });

  it('is settled by the month the page’s address files it under', () => {
    expect(numericOrderOfPage('By Ann Lee • 12/11/23 4:23pm', { address: 'https://news.example.org/2023/12/labs-share-data/' })).toBe('month-first');
    expect(numericOrderOfPage('By Ann Lee • 12/11/23 4:23pm', { address: 'https://news.example.org/2023/november/labs-share-data' })).toBe('day-first');
    // An address that files it under neither reading's month settles nothing.
    expect(numericOrderOfPage('By Ann Lee • 12/11/23 4:23pm', { address: 'https://news.example.org/2023/10/labs-share-data/' })).toBeNull();
    expect(numericOrderOfPage('By Ann Lee • 12/11/23 4:23pm', { address: 'https://news.example.org/story/20231/labs' })).toBeNull();
  });

  it('is set by the first of the page’s language tags that settles one', () => {
    expect(numericOrderOfPage('8/1/2025', { langTags: ['en', 'en_US'] })).toBe('month-first');
    expect(numericOrderOfPage('8/1/2025', { langTags: ['de', 'en-US'] })).toBe('day-first');
    expect(numericOrderOfPage('8/1/2025', { langTags: ['en', null, undefined] })).toBeNull();
  });

  it('is settled by no score, fraction or version', () => {
    // "3/4" and "v3/4/24" are no dates in either order: they neither settle the order nor are read.
    expect(numericOrderOfPage('Rated 3/4 by 12 of 13 readers in 2022\nv3/4/24 release notes\nMarch 4, 2024')).toBeNull();
  });
});

describe('a text page’s two-reading stamp', () => {
  it('is read in the order the same day written in its text settles', () => {
    const { record } = article(`${HEADLINE}\nBy Sara Brown • 12/11/23 4:23pm\n\n${P[0]} The plan was signed on Nov 12, 2023, officials said.\n\n${P[1]}\n\n${P[2]}`);
    expect(record.date?.date).toBe('2023-11-12');
  });

  it('is read day first on a United States page that shows a day over 12 elsewhere', () => {
    const { record } = article(`${HEADLINE}\nBy Sara Brown\n4/5/2022\n\n${P.join('\n\n')}\n\nMore stories\nLabs open in Kenya\n13/5/2022`);
    expect(record.date?.date).toBe('2022-05-04');
  });

  it('stays undated when nothing settles the order, and a score is no date', () => {
    const { record } = article(`${HEADLINE}\nBy Sara Brown • 12/11/23 4:23pm\n\n${P[0]} Reviewers rated it 3/4, and 12/11 of the labs agreed.\n\n${P[1]}\n\n${P[2]}`);
    expect(record.date).toBeNull();
  });
});

const publishedOf = (head: string, body: string) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html lang="en"><head><title>Labs share data</title>${head}</head><body><article><h1>Labs share data</h1>${body}<p>Text.</p></article></body></html>`).meta, null).published;

describe('a saved page’s two-reading date line', () => {
  it('is read in the month its address files it under', () => {
    expect(publishedOf('<link rel="canonical" href="https://news.example.org/2023/12/labs-share-data/">', '<p class="date">12/11/2023 4:23pm</p>')?.date).toBe('2023-12-11');
  });

  it('is read in the order its og:locale writes, when its lang names no region', () => {
    expect(publishedOf('<meta property="og:locale" content="en_US">', '<p class="date">8/1/2025</p>')?.date).toBe('2025-08-01');
    expect(publishedOf('<meta property="og:locale" content="en_GB">', '<p class="date">8/1/2025</p>')?.date).toBe('2025-01-08');
  });

  it('stays unread when nothing settles the order', () => {
    expect(publishedOf('<link rel="canonical" href="https://news.example.org/labs-share-data/">', '<p class="date">12/11/2023</p>')).toBeNull();
  });
});

describe('an English page that declares no region', () => {
  const american = 'Visitors to the science center praised the color of the new theater, a favorite of the neighborhood since it opened.';
  const british = 'Visitors to the science centre praised the colour of the new theatre, a favourite of the neighbourhood since it opened.';

  it('reads its two-reading dates in the order its spelling writes', () => {
    expect(englishSpelling(american)).toBe('american');
    expect(englishSpelling(british)).toBe('british');
    expect(numericOrderOfPage(`By Ann Lee • 12/11/23 4:23pm\n${american}`, { langTags: ['en'] })).toBe('month-first');
    expect(numericOrderOfPage(`By Ann Lee • 12/11/23 4:23pm\n${british}`, { langTags: ['en'] })).toBe('day-first');
  });

  it('settles nothing by names, by a mixed spelling, or on a page in another language', () => {
    // Names keep their owners' spelling: "Kennedy Center", "Grey", the Labour party.
    expect(englishSpelling('The Kennedy Center and the Lincoln Center hosted Grey and the Labour Party at the Theater Royal.')).toBeNull();
    expect(englishSpelling(`${american} The colour was grey.`)).toBeNull();
    // The language's own order stands: a French page quoting American English is read day first.
    expect(numericOrderOfPage(`12/11/2023\n${american}`, { langTags: ['fr'] })).toBe('day-first');
  });

  it('dates a text page by its stamp in that order', () => {
    // Prose of its own: the paragraphs above write "programme", and a mixed spelling settles nothing.
    const lines = ['The city opened a new science center on the river this week, after a decade of planning by the mayor and the council.', american, 'Officials said the first exhibits would open next spring, with researchers from the university sharing their work.'];
    const { record } = article(`${HEADLINE}\nBy Sara Brown • 12/11/23 4:23pm\n\n${lines.join('\n\n')}`);
    expect(record.date?.date).toBe('2023-12-11');
  });
});

/**
 * Text-path precision: a review or shopping page prints the site's note on its affiliate links over the
 * headline, in the strip under its menu ("When you purchase through links on our site, we may earn an
 * affiliate commission."). The note reads as prose, no rule above the article read it as the page's,
 * and the header published it as the article's first paragraph. It is left out with its reason, the
 * headline and article under it kept; a paragraph about affiliate links in the article stays, and so
 * does a sentence over the headline that is no such note. Invented pages; the first case failed
 * before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { processArticle } from '../../scripts/ingest/pipeline.ts';
import { Report } from '../../scripts/ingest/report.ts';

function ingested(page: string): { paragraphs: string[] } {
  const record = processArticle('review.txt', new TextEncoder().encode(page), [], new Report('review.txt'));
  return { paragraphs: record.paragraphs.map((p) => p.text) };
}

/** A magazine's menu and its strip of popular stories over the article's header. */
const MENU = ['Skip to main content', 'News', 'Reviews', 'Hardware', 'Best Of', 'Magazine', 'More', 'POPULAR', 'The Winter Sale', 'Console trailers', 'Holiday gifts'];
const HEADLINE = 'Lantern Keeper review';
const BYLINE = 'By Jane Roe published 19 December 2025';
const ARTICLE = [
  'The basic idea of a lighthouse game is that you keep a light burning through a storm, and this one makes every minute of that feel like a small victory earned by hand.',
  'Each night brings a different coast with its own weather, and the supplies you can carry up the tower run short long before the ships stop coming past the rocks.',
  'It is not a long game, but the twelve hours it took me to see every coast were well spent, and I have already started again on the hardest of its settings.',
];
/** Between the note and the article: the path from the front page, the review's score, the headline, its deck, the byline, the comments' button and the picture's credit. */
const HEADER = ['Reviews Strategy Games', '88', 'LANTERN KEEPER REVIEW', 'Keeping the light on and loving it.', 'By Jane Roe published 19 December 2025', 'COMMENTS', '(Image: © Tower Games)'];
const NOTE = 'When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.';

describe('text path: the note on affiliate links over the headline', () => {
  it('leaves the note out and keeps the article under the headline', () => {
    const page = [...MENU, NOTE, ...HEADER, ...ARTICLE].join('\n');
    const { paragraphs } = ingested(page);
    expect(paragraphs).toEqual(ARTICLE);
    expect(chooseArticle(page).why.get(NOTE)).toMatch(/affiliate links over its headline/);
  });

  it('keeps a paragraph on affiliate links inside the article (the guard)', () => {
    const own = 'Some studios pay streamers through affiliate links, and the developer told me they earn a commission on about a tenth of their sales that way.';
    const page = [...MENU, HEADLINE, BYLINE, ARTICLE[0], own, ARTICLE[1], ARTICLE[2]].join('\n');
    expect(ingested(page).paragraphs).toEqual([ARTICLE[0], own, ARTICLE[1], ARTICLE[2]]);
  });

  it('leaves alone a sentence over the headline that is no note on affiliate links', () => {
    const other = 'A new coast is added to the game every month, and players vote on where the next one will be.';
    const page = [...MENU, other, HEADLINE, BYLINE, ...ARTICLE].join('\n');
    expect(chooseArticle(page).why.get(other) ?? '').not.toMatch(/affiliate/);
  });
});

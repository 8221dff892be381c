/**
 * "Documentation A Complete Guide" / "Anna Berg" / the article: a blog post's headline whose words the
 * article's opening never uses leaves the chooser with no headline (the title is chosen later among
 * the header's lines), and the name alone under it, right over the first paragraph, was never read.
 * The headline-shaped line over the name stands where the headline would.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const BODY = `${PROSE}\n${PROSE}\n${PROSE}`;
const page = (headline: string, name: string, menu = 'Menu\nHome\nBlog\n') => `${menu}${headline}\n${name}\n${BODY}`;

describe('text bylines: a name alone under a headline the chooser did not take', () => {
  it('reads the name under a headline with no verb, with digits or a colon', () => {
    for (const headline of ['Documentation A Complete Guide', 'API Documentation 101: A Complete Guide', 'Ten Tips for Better Sleep']) {
      const { record } = article(page(headline, 'Anna Berg'));
      expect(record.author).toBe('Anna Berg');
      expect(record.title).toBe(headline);
    }
  });

  it('reads it with no menu over the headline', () => {
    expect(article(page('Documentation A Complete Guide', 'Anna Berg', '')).record.author).toBe('Anna Berg');
  });

  it('a section\'s label the page writes in lower case, or a place, is no name', () => {
    const labelled = `Menu\nDocumentation A Complete Guide\nProduct Updates\n${BODY}\nSee our product updates for more.`;
    expect(article(labelled).record.author).toBeNull();
    expect(article(page('Documentation A Complete Guide', 'New Zealand')).record.author).toBeNull();
    expect(article(page('Documentation A Complete Guide', 'South Dakota')).record.author).toBeNull();
  });

  it('a headline of two capitalised words is no name, under a menu\'s entry or under a kicker whose words the page writes', () => {
    const { record } = article(`Menu\nHome\nSpring Harvest\n${BODY}`);
    expect(record.author).toBeNull();
    const kicked = `Menu\nLatest Stories From The Farm\nSpring Harvest\n${BODY}\nThe spring harvest began early this year.`;
    expect(article(kicked).record.author).toBeNull();
  });

  it('a name under a line that is no headline (a sentence, a call to act) is not read here', () => {
    expect(article(`Menu\nWe publish new guides every week.\nAnna Berg\n${BODY}`).record.author).toBeNull();
    expect(article(`Menu\nSubscribe To Our Newsletter Today\nAnna Berg\n${BODY}`).record.author).toBeNull();
  });
});

describe('text bylines: what stands over the name where no headline was chosen', () => {
  it('three capitalised words over the name are a menu\'s last entry, no headline', () => {
    expect(article(`Menu\nHome\nFrequently Asked Questions\nAnna Berg\n${BODY}`).record.author).toBeNull();
  });
});

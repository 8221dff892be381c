/**
 * The text path's byline: a name with its role in brackets right under the headline, with no stamp
 * beside it ("Anna Berg (Content Manager)"). The role note says the words before it name a person.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: a name with its role in brackets under the headline', () => {
  it('reads the name before its bracketed role, the role left out', () => {
    expect(article(page('Anna Berg (Content Manager)')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg (Korrespondentin)')).record.author).toBe('Anna Berg');
  });

  it('reads the first of the team rows, each a name and its role', () => {
    expect(article(page('Anna Berg (Content Manager)', 'Li Wei (Data Analyst)')).record.author).toBe('Anna Berg');
  });

  it('a bracketed note that is no role, or words the page writes in lower case, name nobody', () => {
    // Guards: a product and its note, a section whose words the text writes in lower case.
    expect(article(page('Solar Panels (2025 Edition)')).record.author).toBeNull();
    const lower = `Menu\nHome\nNews\nHeadline on joint research in science\nResearch Funding (Editor)\nThe research funding of the two ministries grew again this year, the report says in its summary.\n${PROSE}\n${PROSE}`;
    expect(article(lower).record.author).toBeNull();
  });
});

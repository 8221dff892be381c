/**
 * The text path's byline: a name alone over the writer's role a few lines under the headline, past a
 * standfirst and a related story's links ("Anna Berg" / "Correspondent in Athens"), where a name alone
 * with nothing beside it would be too far from the headline to be read as the byline.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const STANDFIRST = 'The two ministries agreed on a new round of joint research funding for this year.';
const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${STANDFIRST}\nRelated: Harbour talks resume after the storm\nRelated: Port budget grows again\n${header.join('\n')}\nThis feature is for subscribers only\nSign in\nDecember 2, 2024\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: a name over its role past the related links', () => {
  it('reads the name over the role', () => {
    expect(article(page('Anna Berg', 'Correspondent in Athens')).record.author).toBe('Anna Berg');
    expect(article(page('Marta Ruiz', 'Corresponsal en Atenas')).record.author).toBe('Marta Ruiz');
  });

  it('a name there with no role under it, or a section over a role, names nobody', () => {
    // Guards: the name too far with nothing to say it is the writer's; words the page writes in lower case.
    expect(article(page('Anna Berg', 'Photo gallery', 'Harbour views')).record.author).toBeNull();
    expect(article(page('Joint Research', 'Correspondent in Athens')).record.author).toBeNull();
  });
});

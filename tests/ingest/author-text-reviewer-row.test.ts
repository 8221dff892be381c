/**
 * The text path's byline in a stamp row that credits a reviewer first ("Medically reviewed by … —
 * Written by … — Updated on …"): the writer's part is the byline, credentials and all; the reviewer
 * is no author.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const HEADLINE = 'Headline on joint research in science';
const body = `${PROSE}\n${PROSE}\n${PROSE}`;
const page = (...header: string[]) => `Menu\nHome\nNews\n${HEADLINE}\n${header.join('\n')}\n${body}`;

describe('text bylines: a reviewer, then the writer, in the stamp row', () => {
  it("reads the writer's part, with the credentials", () => {
    const row = 'Medically reviewed by Kim Rose-Finch RDN, CDCES, LD — Written by Anna Berg, MS, RD — Updated on March 7, 2025';
    expect(article(page(row)).record.author).toBe('Anna Berg, MS, RD');
    expect(article(page('Reviewed by Kim Rose-Finch | Written by Anna Berg | March 7, 2025')).record.author).toBe('Anna Berg');
  });

  it('a reviewer alone in the row is no author', () => {
    expect(article(page('Medically reviewed by Kim Rose-Finch, RDN — Updated on March 7, 2025')).record.author).toBeNull();
  });
});

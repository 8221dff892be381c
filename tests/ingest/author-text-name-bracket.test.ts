/**
 * A byline's name with the writer's site or handle in brackets after it ("Ann Lee-Roe (Example
 * Software)"): the name as the byline writes it, over the note on the author closing the article. A bracket anywhere else is no name's ("Cited by (12)", "Anna (Berg) Lee").
 */
import { describe, expect, it } from 'vitest';
import { nameShaped } from '../../scripts/ingest/lib/bylines/name-shape.ts';
import { ARTICLE_PARAGRAPHS, SITE_MENU, article } from './helpers.ts';

const HEADLINE = 'Do labs need fourteen data ports on one small computer?';

describe('a name with its site in brackets', () => {
  it('is shaped as a name', () => {
    expect(nameShaped('Ann Lee-Roe (Example Software)')).toBe(true);
    expect(nameShaped('Jean-Paul Marceau (ExampleBlog)')).toBe(true);
    expect(nameShaped('Cited by (12)')).toBe(false);
    expect(nameShaped('Anna (Berg) Lee')).toBe(false);
    expect(nameShaped('(Example Software)')).toBe(false);
    expect(nameShaped('Anna Berg (the editor)')).toBe(false);
  });

  it('names the author over the note on her closing the article', () => {
    const above = `Posted on December 20, 2025 by Ann Lee-Roe (Example Software) - 5 Comments on ${HEADLINE}`;
    const note = 'Ann started the blog in 2010 as a part-time project, before leaving her job as an engineering manager to write about small computers every day.';
    const { record } = article(`${SITE_MENU}\n${above}\n${HEADLINE}\n${ARTICLE_PARAGRAPHS.join('\n')}\nAnn Lee-Roe (Example Software)\n${note}`);
    expect(record.author).toBe('Ann Lee-Roe (Example Software)');
  });
});

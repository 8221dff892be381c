/**
 * More headings over a box of other stories ("Mehr Themen:", "Empfohlen für dich", "Top Themen der
 * Redaktion", "Otras noticias", "Pour approfondir", "Zum Weiterlesen:"), and the heading that trails
 * off ("Das könnte dich auch interessieren …"). Written for the test; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

describe('more headings over other stories', () => {
  it('are related-links headings', () => {
    for (const line of [
      'Mehr Themen:',
      'Das könnte dich auch interessieren …',
      'Das Thema könnte Sie auch interessieren:',
      'Empfohlen für dich',
      'Top Themen der Redaktion',
      'Die meistgelesenen Artikel bei hafenblick.de',
      'Aktuelle Berichte aus dieser Kategorie:',
      'Zum Weiterlesen:',
      'Otras noticias',
      'Pour approfondir',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'related-links' });
  });

  it('leave a sentence that begins with the same words alone', () => {
    for (const line of ['Mehr Themen gibt es in der nächsten Sitzung des Gemeinderats.', 'Otras noticias llegaron del puerto el lunes por la tarde.', 'Pour approfondir la question, le conseil a nommé une commission.']) {
      expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
    }
  });
});

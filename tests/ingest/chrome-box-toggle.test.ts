/**
 * The open and close buttons of a box inside or beside the article ("Box aufklappen", "Show more",
 * "Vis mer Vis mindre"), in several languages: furniture alone on its line. Every line here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

describe('the toggles of a box that opens and closes', () => {
  const lines = ['Box aufklappen', 'Box zuklappen', 'Personen-Box aufklappen', 'Mehr anzeigen', 'Weniger anzeigen', 'Show more', 'Read less', 'Vis mer Vis mindre', 'Vis mer', 'Afficher plus', 'Zobrazit vše', 'Pokaż więcej', 'Mostrar más'];
  it('is a box toggle', () => {
    for (const line of lines) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'box-toggle' });
  });
  it('reads a picture\'s or a player\'s full-screen buttons as toggles too', () => {
    for (const line of ['Vollbild', 'Enter fullscreen', 'Exit full screen', 'helskärm', 'Plein écran', 'Pantalla completa', 'Развернуть на весь экран', 'Выйти из полноэкранного режима']) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'box-toggle' });
  });
  it('leaves a sentence that begins with the same words', () => {
    for (const line of ['Show more respect for the crews, the captain said.', 'Mehr anzeigen wollte die Polizei am Abend nicht.', 'Vollbild und Ton lassen sich im Menü einstellen.']) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });
});

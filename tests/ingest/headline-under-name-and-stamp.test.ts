/**
 * "Jana Berg" / "2. Okt. 2022" / "<headline>" / the article: the author's bare name over the date, set
 * above the headline, is the headline's byline, however much the article names its author.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

describe('the author’s name and the date over the headline', () => {
  it('are the byline, the line under them the headline', () => {
    const body = [
      'Gastbeitrag | Warum haben es erfolgreiche, selbstbewusste Frauen schwerer, einen Partner zu finden als Männer? Jana Berg über Dating und Erfolg.',
      'Unter meinen Freundinnen ist es längst der Normalzustand: Wir feiern uns gegenseitig für Erfolge, und Jana Berg feiert mit, wann immer sie kann.',
      'Egal um welche Art von Erfolg es sich handelt, unternehmerisch, sportlich oder akademisch: Frauen feiern einander, wann immer es geht.',
    ].join('\n');
    const page = `Startseite\nGesellschaft\nKarriere\nJana Berg\n2. Okt. 2022\nDas Dating-Dilemma erfolgreicher Frauen\n${body}`;
    expect(article(page).record.title).toBe('Das Dating-Dilemma erfolgreicher Frauen');
  });
});

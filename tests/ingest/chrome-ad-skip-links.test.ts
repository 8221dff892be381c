/**
 * The advertisement's label run into its note ("Advertisement - Continue Reading Below") and the link
 * that skips the advertisement ("Skip Ad", "Werbung überspringen", "Passer la publicité"): each alone
 * on its line between an article's paragraphs, furniture by the advertisement label's rule. Sentences
 * that use the same words stay. Every line is written for the test; the lines failed before.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

describe("the advertisement's skip link and its label run into its note", () => {
  it('are advertisement placeholders', () => {
    for (const line of ['Advertisement - Continue Reading Below', 'ADVERTISEMENT - SCROLL TO CONTINUE', 'Skip Ad', 'SKIP ADVERTISEMENT', 'Werbung überspringen', 'Anzeige überspringen', 'Passer la publicité', 'Saltar publicidad']) {
      expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'ad-label' });
    }
  });

  it('take the label with a colon too ("Advertisement:", "Anzeige:")', () => {
    for (const line of ['Advertisement:', 'ADVERTISEMENT:', 'Anzeige:', 'Publicidad:']) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'ad-label' });
    expect(chromeRuleOf('Advertisement: the council spent more on it this year')?.id).not.toBe('ad-label');
  });

  it('leave sentences with the same words alone', () => {
    for (const line of ['Skip the advertisement breaks by paying for the premium plan, the company said.', 'Wer die Werbung überspringen will, muss zahlen.', 'Passer la publicité à la télévision coûte cher aux petites entreprises.']) {
      expect(chromeRuleOf(line)?.id).not.toBe('ad-label');
    }
  });
});

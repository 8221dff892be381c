/**
 * A button's call alone on its line ("Jetzt kaufen", "Hier bestellen!", "HIER KOSTENLOS ANMELDEN »",
 * "Schon registriert? Hier einloggen") stood between or under an article's paragraphs, short, and the
 * run kept it as a heading. An article's sentence that says the same words with more around them
 * stays. Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';

describe("a button's call alone on its line", () => {
  const buttons = [
    'Jetzt kaufen',
    'Hier bestellen!',
    'HIER KOSTENLOS ANMELDEN »',
    'Jetzt registrieren',
    'Jetzt die Ausgabe bestellen!',
    'Jetzt gratis testen',
    '› hier abonnieren!',
    'Kostenlos registrieren und weiterlesen',
    'Schon registriert? Hier einloggen',
    'JETZT SPENDEN',
    'Zum Shop',
    'Zum Deal »',
    'Zur Anmeldung',
    'Abonnez-vous',
    'Je m’abonne',
    'Suscríbete ahora',
    'Iscriviti',
    'Zapisz się',
    'Nu bestellen',
    'Inscreva-se',
  ];
  it('is page chrome', () => {
    for (const line of buttons) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'call-button' });
  });

  it("leaves an article's sentences and headings that use the same words", () => {
    const prose = [
      'Wer jetzt kaufen will, zahlt deutlich mehr als im Frühjahr.',
      'Hier können Sie sich für den Lauf anmelden.',
      'Jetzt kaufen oder warten? Was Experten raten',
      'Die Stadt will jetzt sparen',
      'Kostenlos parken in der Innenstadt',
      'Hier wohnen die Störche',
      'Zum Shop gehört auch ein kleines Café',
      'Zur Anmeldung der Kinder',
      'Subscribe to our newsletter for the weekly digest of harbour news and events',
      'Comprar ahora o esperar a las rebajas de enero',
    ];
    for (const line of prose) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });

  it('is left out between and under the paragraphs, which stay', () => {
    const paragraphs = [
      'Der Hafenrat hat am Dienstag beschlossen, den alten Steg noch vor den Herbststürmen zu erneuern, nachdem Gutachter zwei morsche Pfähle gefunden hatten.',
      'Die Arbeiten beginnen im nächsten Monat und dauern bis Oktober, während die Fischer ihre Boote so lange am Nordkai festmachen, teilte der Rat mit.',
      'Die Kosten trägt zum größten Teil das Land, den Rest übernimmt die Gemeinde aus ihren Rücklagen für den Hafen, hieß es in der Sitzung weiter.',
    ];
    const { body } = article(['Hafen-Kurier', 'Alter Steg wird vor den Stürmen erneuert', paragraphs[0], 'Jetzt kaufen', paragraphs[1], paragraphs[2], 'HIER KOSTENLOS ANMELDEN »'].join('\n'));
    expect(body).toBe(paragraphs.join('\n'));
  });
});

/**
 * The text path's byline where a news agency signs the article on its stamp row, in a language other
 * than English: "Von dpa 30.04.2024, 18:58", "Por EFE 12/03/2024 10:15" (lib/bylines/agency-byline.ts).
 * The agency's short name has no name's shape; the date on the same row says the label is a byline's.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { agencyOnStampRow } from '../../scripts/ingest/lib/bylines/agency-byline.ts';

const DE = [
  'Die Stadt will in den kommenden fünf Jahren gemeinsam mit mehreren Hochschulen ein neues Forschungszentrum für Wasserstoff aufbauen.',
  'Nach Angaben der Verwaltung sollen dort bis zu zweihundert Fachleute arbeiten, die ersten Labore könnten schon im nächsten Frühjahr öffnen.',
  'Kritiker bemängeln allerdings, dass die Finanzierung über das Jahr hinaus noch nicht gesichert sei und wichtige Fragen offen blieben.',
];
const ES = [
  'El ayuntamiento anunció este martes que construirá un nuevo centro de investigación junto a varias universidades de la región.',
  'Según la administración, allí trabajarán hasta doscientos especialistas y los primeros laboratorios podrían abrir la próxima primavera.',
  'Los críticos señalan, sin embargo, que la financiación más allá de este año todavía no está garantizada y que quedan dudas importantes.',
];
const page = (headline: string, row: string, paragraphs: string[]) => `Startseite\nPolitik\n${headline}\n${paragraphs[0]}\n${row}\n${paragraphs.slice(1).join('\n\n')}\n${paragraphs[0]}\nTeilen`;

describe('text bylines: a news agency on the stamp row', () => {
  it("reads the agency's short name, in lower case or in capitals, before the row's date", () => {
    expect(article(page('Neues Zentrum für Wasserstoff geplant', 'Von dpa 30.04.2024, 18:58', DE)).record.author).toBe('dpa');
    expect(article(page('La ciudad tendrá un nuevo centro de investigación', 'Por EFE 12/03/2024 10:15', ES)).record.author).toBe('EFE');
  });

  it('a person after the label is read as before', () => {
    expect(article(page('Neues Zentrum für Wasserstoff geplant', 'Von Anna Berg 30.04.2024, 18:58', DE)).record.author).toBe('Anna Berg');
  });

  it('no date after the short name, a date before it, a word of mixed case or a longer word is no agency', () => {
    expect(agencyOnStampRow('dpa', 'dpa', null)).toBe(false);
    expect(agencyOnStampRow('dpa', '30.04.2024 dpa', null)).toBe(false);
    expect(agencyOnStampRow('Dpa', 'Dpa 30.04.2024', null)).toBe(false);
    expect(agencyOnStampRow('heutigen', 'heutigen 30.04.2024', null)).toBe(false);
    expect(agencyOnStampRow(null, '30.04.2024', null)).toBe(false);
    expect(agencyOnStampRow('dpa', 'dpa 30.04.2024, 18:58', null)).toBe(true);
    expect(agencyOnStampRow('AFP', 'AFP | 30.04.2024', null)).toBe(true);
  });
});

/**
 * Text path: a labelled update line read away from the article's header ("Akt.: 29. Juni 2025 - 21.18
 * Uhr"), with a bare date line right over it ("28. Juni 2025 - 16.03 Uhr"): the two lines are the
 * page's versions, the bare one its publication, as "Published …, updated …" on one line would be.
 * The update is kept as the page's change, not its publication. A line over it that dates a later day,
 * a change of its own, or is no date line, changes nothing. Invented page and names.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const page = (stampRows: string) => `Startseite
Politik
Kultur

Tausende demonstrieren in Hafenau gegen die Rentenreform

Die Gewerkschaften zählen an diesem Samstag zwanzigtausend Menschen auf den Straßen der Hauptstadt, die Polizei spricht von zwölftausend.

Der Zug führte vom Bahnhof über die große Brücke bis vor das Parlament, wo die Vorsitzenden beider Gewerkschaften sprachen.

Die Regierung hatte die Reform im Frühjahr vorgestellt und will das Rentenalter in den nächsten zehn Jahren schrittweise anheben.

Lena Brandt
${stampRows}

Die Opposition hat angekündigt, im Herbst einen eigenen Vorschlag vorzulegen, der die kleinen Renten stärker schützen soll.

Mehr zum Thema`;

describe('a bare date line over the page\'s labelled update', () => {
  it('is the publication, the update kept as the change', () => {
    const { record, report } = article(page('28. Juni 2025 - 16.03 Uhr\nAkt.: 29. Juni 2025 - 21.18 Uhr'));
    expect(record.date).toMatchObject({ date: '2025-06-28', source: 'explicit', evidence: '28. Juni 2025 - 16.03 Uhr' });
    expect(record.dateModified).toBe('2025-06-29');
    expect(rules(report)).toContain('date-publication-over-update');
  });

  it('is not when it names a later day than the update, or dates a change itself', () => {
    expect(article(page('30. Juni 2025 - 16.03 Uhr\nAkt.: 29. Juni 2025 - 21.18 Uhr')).record.date).toMatchObject({ date: '2025-06-29', source: 'update' });
    expect(article(page('Geändert am 28. Juni 2025\nAkt.: 29. Juni 2025 - 21.18 Uhr')).record.date?.date).not.toBe('2025-06-28');
    expect(article(page('Fotos: Jan Berg\nAkt.: 29. Juni 2025 - 21.18 Uhr')).record.date).toMatchObject({ date: '2025-06-29', source: 'update' });
  });
});

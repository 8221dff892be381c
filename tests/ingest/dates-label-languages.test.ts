/**
 * Date labels in the languages pages are written in, not only English: a stamp "Veröffentlicht am …",
 * "Offentliggjort …", "公開日：…" says it is the publication, "Aktualisiert am …", "Mis à jour le …",
 * "更新日：…" that it dates a change, and "Datum …" only that a date follows (as "Date:" does). Away from
 * the article's header only a labelled stamp dates a page, so an unread label left such pages undated,
 * and an update read as no update dated a page by its change as if it were its publication.
 * Invented pages and names.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { datesAChange, labelledAsPublication } from '../../scripts/ingest/lib/dates/date-labels.ts';

const DE = [
  'Die Stadtwerke von Hafenau haben am Montag einen neuen Solarpark am Stadtrand in Betrieb genommen, wie die Betreiber mitteilten.',
  'Der Park soll nach Angaben der Stadt rund viertausend Haushalte mit Strom versorgen und in den nächsten Jahren erweitert werden.',
  'Anwohner hatten das Vorhaben lange kritisiert, weil für die Anlage eine Wiese am Fluss bebaut wurde, auf der früher Schafe weideten.',
];
const DA = [
  'Kommunen i Havnby har mandag vedtaget en ny plan for byens havn, som skal give plads til flere boliger og en ny færgeterminal.',
  'Borgmesteren siger, at planen er blevet til efter mange møder med borgerne, og at arbejdet kan begynde allerede til sommer.',
  'Flere foreninger i byen er dog bekymrede for, at de gamle pakhuse ved kajen skal rives ned for at gøre plads til de nye huse.',
];
const HEADLINE_DE = 'Neuer Solarpark in Hafenau geht ans Netz';
const HEADLINE_DA = 'Havnby vedtager ny plan for havnen';

describe('date labels in other languages', () => {
  it('reads "Datum" under the article as the label "Date:" is read', () => {
    const footer = 'Datum 28.04.2023\nAutorin Lena Brandt\n\nMehr zum Thema\n\nNeue Radwege für die Altstadt 26.04.2023\n\nDatum 28.04.2023\nAutorin Lena Brandt';
    const { record } = article(`${HEADLINE_DE}\n\n${DE.join('\n\n')}\n\n${footer}`);
    expect(record.date?.date).toBe('2023-04-28');
  });

  it('reads a publication label inside the article\'s run ("Offentliggjort torsdag 06. feb 2025 17:25")', () => {
    const standfirst = 'Borgmesteren i Havnby glæder sig over, at byen nu får en plan for havnen, som alle partier kan stå bag.';
    const caption = 'Den gamle kaj i Havnby, hvor de nye boliger skal ligge, set fra vandet en sommeraften.';
    const { record } = article(`${HEADLINE_DA}\n${standfirst}\n${caption}\nFoto: Jens Lund\nMette Holm og Karl Berg\nOffentliggjort torsdag 06. feb 2025 17:25\n\n${DA.join('\n\n')}`);
    expect(record.date?.date).toBe('2025-02-06');
  });

  it('takes a stamp labelled as a change for an update ("Aktualisiert am …")', () => {
    const { record } = article(`${HEADLINE_DE}\nLena Brandt\nAktualisiert am 5. März 2025, 10:12 Uhr\n\n${DE.join('\n\n')}`);
    expect(record.date?.date).toBe('2025-03-05');
    expect(record.date?.source).toBe('update');
  });

  it('tells the publication from the change on one line', () => {
    const ja = '公開日：2025/01/31 11:30　更新日：2025/02/02 09:00';
    expect(labelledAsPublication(ja, ja.indexOf('2025/01/31'))).toBe(true);
    expect(datesAChange(ja, ja.indexOf('2025/02/02'))).toBe(true);
    const de = 'Veröffentlicht am 3. März 2025, aktualisiert am 5. März 2025';
    expect(labelledAsPublication(de, de.indexOf('3. März'))).toBe(true);
    expect(datesAChange(de, de.indexOf('5. März'))).toBe(true);
    const fr = 'Publié le 3 mars 2025 à 10h12, mis à jour le 5 mars 2025';
    expect(labelledAsPublication(fr, fr.indexOf('3 mars'))).toBe(true);
    expect(datesAChange(fr, fr.indexOf('5 mars'))).toBe(true);
  });
});

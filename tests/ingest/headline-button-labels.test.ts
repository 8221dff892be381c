/**
 * The page's buttons and jump links in German (headline/button-labels.ts) are no headline: "↓ Zu den
 * Kommentaren" over the headline, "Zurück Zurück zu Infos" under it, "Grafik herunterladen" by the
 * date. A headline that opens on such a verb ("Zurück zur Normalität", "Teilen macht glücklich") stays.
 */
import { describe, expect, it } from 'vitest';
import { buttonLabel } from '../../scripts/ingest/lib/page-text/headline/button-labels.ts';
import { countWords } from '../../scripts/ingest/lib/page-text/language/text.ts';
import { titleOf } from './headline-fixture.ts';

const label = (line: string) => buttonLabel(line, countWords(line));

const GERMAN_BODY = [
  'Die Bauern im Tal ernten den Reis jetzt zweimal im Jahr, mit Saatgut, das in der Regenzeit schneller wächst, und einem Plan, den der Gemeinderat aufgestellt hat.',
  'Die ersten Bauern, die das neue Saatgut ausprobierten, wurden ausgelacht, bis ihre zweite Ernte ein neues Dach für die Schule bezahlte.',
  'Heute werden die meisten Reisfelder im Tal zweimal bepflanzt, und der Gemeinderat sagt, die Einkommen hätten sich in fünf Jahren verdoppelt.',
].join('\n\n');

describe('German buttons and jump links', () => {
  it('are page labels', () => {
    for (const l of ['↓ Zu den Kommentaren', 'Zurück Zurück zu Infos', 'Zurück zur Übersicht', 'Grafik herunterladen', 'Artikel teilen', 'vorlesen Druckansicht Kommentare lesen', 'Dark Mode Go Top', 'Druckansicht', 'Teilen']) expect(label(l), l).toBe(true);
  });

  it('leave a headline that opens on the same verbs', () => {
    for (const l of ['Zurück zur Normalität', 'Teilen macht glücklich', 'Vorlesen für die Kleinsten', 'Drucken wie vor hundert Jahren', 'Nach oben geht es nur mit Geduld']) expect(label(l), l).toBe(false);
  });

  it('a jump link to the comments over the headline is not taken for it', () => {
    const page = `Reisbauern im Tal\n17. Januar 2024 · 02:16\n↓ Zu den Kommentaren\nDas Tal erntet zweimal\n\n${GERMAN_BODY}`;
    expect(titleOf(page)).toBe('Das Tal erntet zweimal');
  });
});

/**
 * Main-text precision: a list of other stories (a headline, its summary, again and again) under a
 * short article goes on past a terse headline ("Ukraine-Krieg Der ungehobene Schatz", five words).
 * The list was found as far as that headline only; the teasers after it, three summaries in all,
 * outweighed the article's single paragraph, and the run chose them. Once three teasers make the
 * list plain, a headline of four words or more goes on with it. Invented German page; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const ARTICLE =
  'Hafenstadt - Die beiden alten Kräne am Nordkai sind am Samstagmorgen nach fast sechzig Jahren abgebaut worden, nachdem die Stadt den Umbau des Hafens zu einem Wohnviertel beschlossen hatte und die Arbeiten lange vorbereitet worden waren.';

const teaser = (headline: string, summary: string) => [headline, summary];
const TEASERS = [
  teaser('Nach dem Sturm an der Küste Fähren fahren wieder nach Plan', 'Zwei Tage lang standen die Schiffe still, weil der Wind zu stark war. Seit dem Morgen fahren alle Fähren wieder, nur die erste Verbindung fiel noch aus.'),
  teaser('Streit im Gemeinderat Neue Schule kostet mehr als geplant', 'Die Baukosten für die neue Grundschule steigen um ein Viertel. Die Opposition fordert nun eine genaue Prüfung, bevor weiteres Geld bewilligt wird.'),
  teaser('Sommerfest am Hafen Tausende feiern bis in die Nacht', 'Bei bestem Wetter kamen am Wochenende mehr Gäste als je zuvor zum Fest. Die Polizei sprach von einem friedlichen Abend ohne größere Zwischenfälle.'),
  teaser('Hafen-Umbau Der verschwundene Leuchtturm', 'Wo früher der kleine Leuchtturm stand, soll bald ein Park entstehen. Doch wohin der Turm gebracht wurde, weiß in der Verwaltung heute niemand mehr genau.'),
  teaser('Bahnstrecke gesperrt Pendler müssen auf Busse umsteigen', 'Wegen Bauarbeiten an der Brücke fahren zwischen den beiden Bahnhöfen drei Wochen lang keine Züge. Die Busse brauchen für die Strecke fast doppelt so lange.'),
  teaser('Neue Zahlen aus dem Rathaus Stadt gibt mehr für Soziales aus', 'Fast vierzig Prozent des Haushalts fließen inzwischen in soziale Leistungen. Die Kämmerin warnt, dass für Straßen und Schulen immer weniger übrig bleibt.'),
].flat();

describe('main-text precision: a list of teasers goes on past a terse headline', () => {
  it('keeps the short article and leaves out every teaser of the list under it', () => {
    const page = ['Hafenblatt', 'Startseite', 'Alte Kräne am Nordkai abgebaut', '25.10.2025 - 15:26 Uhr', ARTICLE, 'Alle Angebote', 'Weitere Themen', ...TEASERS, 'Impressum', 'Kontakt'].join('\n');
    expect(chooseArticle(page).kept).toEqual([ARTICLE]);
  });
});

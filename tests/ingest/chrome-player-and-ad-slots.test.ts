/**
 * Furniture set between an article's paragraphs that the text path kept: an audio or video player's
 * controls and notes ("Artikel anhören", a clip's running time and how long it stays online, the note
 * that the read-aloud version is a machine's, the playback speed), a numbered advertisement slot
 * ("Advertisement 3") with the note left where it has not loaded, and the screen readers' label
 * "Article content". Each is removed with its rule; sentences that use the same words stay. Every
 * line is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article, rules } from './helpers.ts';

const PLAYER = [
  'Artikel anhören',
  'Anhören',
  'Artikel zum Hören•4 Min',
  'Audio starten, abbrechen mit Escape',
  '03:12 Min.. Verfügbar bis 14.09.2027.',
  'Hafenfunk Studio Nord. 02.03.2026. 00:45 Min.. Verfügbar bis 02.03.2028. Hafenfunk Online.',
  'abspielen. Laufzeit 6 Minuten 40 Sekunden.',
  'Diese Audioversion wurde künstlich generiert. Mehr Informationen zu unserer Vorlesefunktion finden Sie hier.',
  'Ljuduppspelningen är AI-genererad. Felaktigheter kan förekomma.',
  '1.5x',
];
const ADS = ['Advertisement 2', 'Advertisement 12', 'Anzeige 3', 'This advertisement has not loaded yet.', 'Article content'];

describe("a player's controls, numbered ad slots and the article's screen-reader label", () => {
  it('are furniture by their rules', () => {
    for (const line of PLAYER) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'media-player' });
    for (const line of ADS.slice(0, 4)) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'ad-label' });
    expect(chromeRuleOf('Article content')?.id).toBe('article-label');
  });

  it('leave sentences with the same words alone', () => {
    for (const line of [
      'Die Laufzeit des Vertrags beträgt 24 Monate, danach kann er monatlich gekündigt werden.',
      'Wer sich die Sitzung anhören will, kann das im Rathaus tun.',
      'Das Angebot ist verfügbar bis Ende März, sagte der Sprecher.',
      'Advertisement revenue fell by 12 percent in the third quarter.',
      'The article content was checked by two editors before it went online.',
      'The ferry runs 2x a day in winter.',
    ]) {
      expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
    }
  });

  it('are removed from between the paragraphs, each by its rule', () => {
    const paragraphs = [
      'Die Stadtwerke von Talheim wollen bis zum Jahr 2030 alle öffentlichen Gebäude mit Wärme aus dem neuen Kraftwerk am Fluss versorgen, teilte die Verwaltung am Montag mit.',
      'Nach Angaben der Stadt kostet der Ausbau des Netzes rund vierzig Millionen Euro, von denen das Land einen großen Teil übernehmen soll, wenn der Antrag rechtzeitig gestellt wird.',
      'Kritik kommt von den Anwohnern der Nordstadt, die seit Monaten über den Lärm der Baustelle klagen und eine Entschädigung für die langen Sperrungen der Straßen fordern.',
    ];
    const page = ['Talheim plant neues Wärmenetz', 'Von Ann Lee', '12.03.2024, 10:15 Uhr', 'Artikel anhören', paragraphs[0], '03:12 Min.. Verfügbar bis 14.09.2027.', 'Audio starten, abbrechen mit Escape', paragraphs[1], 'Anzeige 3', paragraphs[2]].join('\n');
    const { body, report } = article(page);
    expect(body.split('\n')).toEqual(paragraphs);
    expect(rules(report)).toContain('media-player');
  });

  it('leave a paragraph between two such labels the article\'s, whatever names it carries', () => {
    // A name in camel case after capitalised words reads like another story's headline run into its
    // summary; between paragraphs (past the labels that sit inside the article) it is a paragraph.
    const paragraphs = [
      'The harbour board said on Monday that it would hand back six floors of its tower to the landlord, because most of its staff now work from home three days a week.',
      'Board spokesperson Jane MacLeod said in an email the cost of handing back the floors came to about $58,000, most of which went toward moving furniture and equipment.',
      'The board says it will keep reviewing how much space it needs, and that staff who come in every day will keep their desks on the lower floors of the building.',
    ];
    const page = ['Harbor board hands back six floors', 'By Ann Lee', 'March 12, 2024', paragraphs[0], 'Article content', paragraphs[1], 'Article content', paragraphs[2], 'Advertisement 2'].join('\n');
    expect(article(page).body.split('\n')).toEqual(paragraphs);
  });
});

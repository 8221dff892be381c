/**
 * A comment section in another language than English: each comment under its author's name with
 * the reply button ("svara", "返信"), on a line of its own or run into the name by the
 * page's innerText ("Ann Lee antworten"), or its "says:" line ("Ann Lee sagt:"). The article above it stays; the comments go, reported.
 */
import { describe, expect, it } from 'vitest';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const GERMAN = detectLanguage('Die Stadt will im kommenden Jahr vier neue Fähren in Dienst stellen, wie das Hafenamt am Dienstag mitteilte.');

const ARTICLE = [
  'Neue Fähren für den Hafen',
  'Von Ann Lee',
  '12. März 2025',
  'Die Stadt will im kommenden Jahr vier neue Fähren in Dienst stellen, wie das Hafenamt am Dienstag mitteilte. Die Schiffe sollen mit Strom fahren und alle zwanzig Minuten ablegen.',
  'Die Kosten von rund 40 Millionen Euro teilen sich Stadt und Land, sagte eine Sprecherin. Die ersten beiden Fähren sollen im Frühjahr kommen, die übrigen im Herbst.',
  'Pendler hatten sich seit Jahren über ausgefallene Fahrten beschwert. Der Fahrgastverband begrüßte den Plan, forderte aber auch längere Fahrzeiten am Abend.',
];
const COMMENTS = [
  'Antworten',
  'Bo Chen sagt:',
  '12. März 2025 um 11:12 Uhr',
  'Endlich passiert etwas, ich fahre jeden Tag mit der Fähre zur Arbeit und warte oft eine halbe Stunde auf das nächste Schiff.',
  'Antworten',
  'Cy Park sagt:',
  '12. März 2025 um 12:34 Uhr',
  'Vierzig Millionen für vier Schiffe finde ich sehr viel Geld, da hätte man auch die alten Fähren instand setzen können, meine ich.',
  'Antworten',
  'Dee Ray sagt:',
  '12. März 2025 um 14:47 Uhr',
  'Die alten Schiffe sind über dreißig Jahre alt und fallen ständig aus, das hat der Verband doch lange genug gesagt, finde ich.',
  'Antworten',
];

describe('reply buttons of comment sections in other languages', () => {
  it('are comment marks, alone or after the commenter’s name', () => {
    for (const line of ['svara', '返信', 'Bo Chen antworten', 'Ann Lee reply', 'Jo Park répondre', 'Bo Chen sagt:', 'Cy Park écrit :'])
      expect(blockFeatures(line, GERMAN).commentMark, line).toBe(true);
    // "Antworten" alone is "answers" too, a heading as often as a button (chrome-other-languages.test.ts).
    for (const line of ['Antworten', 'Wir warten auf eine Antwort.', 'Sie wollte nicht antworten, sagte sie.', 'How to reply'])
      expect(blockFeatures(line, GERMAN).commentMark, line).toBe(false);
  });
  it('end the article where the comments begin', () => {
    const outcome = processSeed('kommentare.txt', new TextEncoder().encode([...ARTICLE, ...COMMENTS].join('\n')), []);
    const body = outcome.record!.paragraphs.map((p) => p.text).join('\n');
    for (const line of ARTICLE.slice(3)) expect(body).toContain(line);
    for (const line of COMMENTS.filter((l) => l.length > 60)) expect(body).not.toContain(line);
    expect(outcome.entries.some((e) => e.action === 'removed' && e.text === COMMENTS[3])).toBe(true);
  });
});

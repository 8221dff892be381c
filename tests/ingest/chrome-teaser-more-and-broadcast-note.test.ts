/**
 * A public broadcaster's page around its article: other stories' teasers with their "mehr" link run
 * onto them ("… ein herber Schlag. mehr", "… gegen den Ruhestand | mehr"), and the note on when the
 * station covered the subject on air ("Über dieses Thema berichtete … am … um … Uhr."). Each is
 * removed by its rule; a sentence that ends on "mehr" stays. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article, rules } from './helpers.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const TEASERS = [
  'Für die Bürgermeisterin ist es ein herber Schlag: der Rücktritt ihres Stellvertreters. mehr',
  'Rund 400 Feuerwehrleute protestieren am Hafen gegen den späteren Ruhestand | mehr',
  'The ferry will not run on Sunday, the operator said. more',
];
const NOTES = ['Über dieses Thema berichtete der Hörfunk am 24. März 2023 um 05:20 Uhr.', 'Dieses Thema im Programm: Über dieses Thema berichtet: Hafenfunk Radio am 14.04.2026 um 17:50 Uhr.'];

describe("other stories' teasers with their link, and the broadcast note", () => {
  it('are furniture by their rules', () => {
    for (const line of TEASERS) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'teaser-more-link' });
    for (const line of NOTES) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'broadcast-note' });
  });

  it('leave sentences with the same words alone', () => {
    for (const line of [
      'Die Anwohner wollen nicht länger warten und fordern mehr',
      'Über dieses Thema wird im Gemeinderat seit Monaten gestritten, sagte die Bürgermeisterin.',
      'Wer mehr wissen will, kann die Unterlagen im Rathaus einsehen.',
    ]) {
      expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
    }
  });

  it('are removed from the article, each by its rule', () => {
    const A = GERMAN_PARAGRAPHS;
    const page = [GERMAN_HEAD, A[0], A[1], TEASERS[1], A[2], A[3], NOTES[0], TEASERS[0]].join('\n');
    const { body, report } = article(page);
    expect(body.split('\n')).toEqual(A);
    expect(rules(report)).toEqual(expect.arrayContaining(['teaser-more-link', 'broadcast-note']));
  });
});

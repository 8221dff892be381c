/**
 * A link whose text ends on its arrow, alone on its line: another story's title ("Grading the new
 * stadium deal »"), a section or a gallery ("More photos ›", "Alle Meldungen »", "Explore charts >>").
 * A text copy keeps the arrow a page draws after the link; the run kept such lines between and under
 * the article's paragraphs. A paragraph that closes on such a link after its sentences, a quote set
 * in guillemets («…», »…», ‹…›) and a step of a flow written with "→" stay. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article, rules } from './helpers.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { classify } from '../../scripts/ingest/stages/main-text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const LINKS = [
  'Grading the new stadium deal »',
  'How the harbour board sold the ferry plan to the city »',
  'Coach: the season starts ... again »',
  'More photos ›',
  'Explore charts >>',
  'Alle Meldungen aus Talheim »',
  'Todas las noticias de la región ›',
  'Next Article in Science »',
];

describe('a link ending on its arrow', () => {
  it('is furniture', () => {
    for (const line of LINKS) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'arrow-link' });
  });

  it('leaves sentences, quotes and flows alone', () => {
    for (const line of [
      // A paragraph whose sentences close on a link to more: the truth of such pages keeps it whole.
      'The tapes showed the dogs fighting in staged confrontations. Watch an excerpt of the tapes »',
      // Quotes in guillemets, as French, Swiss, Scandinavian and German texts write them.
      '«Nous partirons demain matin», a dit le maire »',
      '»Wir bleiben hier», sagte sie »',
      '‹Das ist unser Hafen› »',
      // A flow's steps, one a line.
      'Gather the posts and their word counts →',
      // Longer than a link's text: a paragraph.
      'The council said on Monday that the new ferry terminal would open in the spring after two years of work on the pier and the road to it, which cost more than planned »',
      // A code listing's line closing on a template's brackets.
      'std::vector<std::vector<int>>',
      // No words.
      '» »',
    ]) {
      expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
    }
  });

  it('is removed from between the paragraphs and reported', () => {
    const A = GERMAN_PARAGRAPHS;
    const page = [GERMAN_HEAD, A[0], A[1], 'Wie die Stadtwerke das Netz bezahlen »', A[2], A[3], 'Alle Meldungen aus Talheim »'].join('\n');
    const { body, report } = article(page);
    expect(body.split('\n')).toEqual(A);
    expect(rules(report).filter((r) => r === 'arrow-link')).toHaveLength(2);
  });
});

describe('an arrow link in the run', () => {
  it('weighs against the run as the line it reads as, when that weighs more than chrome does', () => {
    const language = detectLanguage(GERMAN_PARAGRAPHS.join('\n'));
    const weigh = (line: string, asChrome: boolean) => {
      const f = blockFeatures(line, language);
      return classify(asChrome ? f : { ...f, chrome: undefined }, 0, false, false);
    };
    // A donation box's button: a short line that weighs against the run, so the run stopped at it before it was named.
    const button = 'Den Talheimer Boten unterstütze ich! >>';
    expect(weigh(button, true).features.chrome?.id).toBe('arrow-link');
    const read = weigh(button, false);
    expect(read.weight).toBeLessThan(-2);
    expect({ cls: weigh(button, true).cls, weight: weigh(button, true).weight }).toEqual({ cls: 'bad', weight: read.weight });
  });
});

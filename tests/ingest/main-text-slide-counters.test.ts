/**
 * Main-text precision: a picture gallery's slide counter alone on its line beside the article's prose
 * ("1/12", "1 of 24", "1 von 12", "1 av 3"), left out (main-text/inside/slide-counters.ts). Another
 * fraction ("24/7", "3/4") and a "1/2" among short cells stay. Invented pages in German, English and
 * Swedish; the counter cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';
import { slideCounter } from '../../scripts/ingest/stages/main-text/inside/slide-counters.ts';

const A = GERMAN_PARAGRAPHS;
const EN = BRIDGE_PARAGRAPHS;
const SV_HEAD = 'Den nya bron över hamnen i Västby öppnar i juni';
const SV = [
  'Den nya bron över hamnen i Västby öppnar i juni för cyklister och fotgängare, meddelade kommunen på måndagen efter ett långt möte i fullmäktige.',
  'Bygget av bron tog nästan tre år och kostade staden över tolv miljoner kronor, mycket mer än vad som budgeterades när arbetet började.',
  'Enligt kommunalrådet kommer bron att korta resan mellan centrum och de nya bostadsområdena på andra sidan hamnen med en kvart.',
  'Boende längs kajen oroar sig ändå för bullret från sjötrafiken, eftersom bron måste öppnas flera gånger om dagen för stora fartyg.',
];

describe('main-text precision: a gallery\'s slide counter beside the prose', () => {
  it('leaves out "1/12" in German, "1 of 24" in English and "1/3" in Swedish', () => {
    const de = chooseArticle([GERMAN_HEAD, A[0], A[1], '1/12', A[2], A[3]].join('\n'));
    expect(de.kept).toEqual(A);
    expect(de.why.get('1/12')).toMatch(/slide counter/);
    const en = chooseArticle([BRIDGE_HEAD, EN[0], '1 of 24', EN[1], EN[2], EN[3]].join('\n'));
    expect(en.kept).toEqual(EN);
    const sv = chooseArticle([SV_HEAD, SV[0], SV[1], SV[2], '1/3', SV[3]].join('\n'));
    expect(sv.kept).toEqual(SV);
  });

  it('reads the first slide over a count of two or more only', () => {
    expect(slideCounter('1 / 9')).toBe(true);
    expect(slideCounter('1 von 12')).toBe(true);
    expect(slideCounter('24/7')).toBe(false);
    expect(slideCounter('3/4')).toBe(false);
    expect(slideCounter('1/1')).toBe(false);
    expect(slideCounter('1 of the best')).toBe(false);
  });
});

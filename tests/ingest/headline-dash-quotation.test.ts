/**
 * "– Nå kan barna bli boende": Norwegian, Swedish, Danish and Finnish news open a quotation with a
 * dash, and head an article with the words of the person it is about so. Over its deck, the picture's
 * caption and the byline (the author's bare name over the date) the line is the headline, whole: not
 * the first of the summary's points under the date, nor a bullet of a summary itself. A dash before a
 * list's item in other languages is no quotation.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { dashQuotation } from '../../scripts/ingest/lib/page-text/headline/quoted-headline.ts';

const BODY = [
  'Bøndene i dalen har begynt å høste ris to ganger i året, med frø som vokser raskere i regntiden og en plan for åkrene som bygdestyret har laget.',
  'Endringen kom sakte. De første bøndene som prøvde de nye frøene ble ledd av, helt til den andre høsten betalte for et nytt tak på skolen i bygda.',
  'Nå blir de fleste rismarkene i dalen sådd to ganger, og bygdestyret sier at inntektene har doblet seg på fem år for de fleste familiene der.',
].join('\n\n');

describe('a headline that is a quotation opened by a dash', () => {
  it('is the headline over its deck, the caption and the byline', () => {
    const page = [
      'Hopp til hovedinnholdet',
      'NYHETER',
      'Innenlands',
      'Utenlands',
      'Politikk',
      '– Nå kan barna bli boende',
      'Den nye risen gir mer penger til familiene i dalen, mener bygdestyret, men tror ikke at de unge som allerede har flyttet til byen kommer tilbake.',
      'HØST: Bønder på en av rismarkene i dalen i september. Foto: Kari Nordmann / Dalposten',
      'Ola Hansen',
      'Publisert 06.01.2026 - 17:29',
      'Kort fortalt',
      'Bøndene i dalen høster nå ris to ganger i året.',
      'Bygdestyret sier at inntektene har doblet seg på fem år.',
      'Færre unge flytter fra bygda til byen for å finne arbeid.',
      'Skolen fikk nytt tak etter den andre høsten.',
      BODY,
    ].join('\n');
    expect(article(page).record.title).toBe('– Nå kan barna bli boende');
  });

  it('is a quotation only in the languages that write one so, with a headline’s words', () => {
    expect(dashQuotation('– Nå kan barna bli boende', 'no')).toBe(true);
    expect(dashQuotation('- Det er helt absurd', 'sv')).toBe(true);
    expect(dashQuotation('- Farmers plant rice twice a year', 'en')).toBe(false);
    expect(dashQuotation('– vi sår to ganger i året', 'no')).toBe(false);
    expect(dashQuotation('– Vi sår to ganger i året.', 'no')).toBe(false);
  });
});

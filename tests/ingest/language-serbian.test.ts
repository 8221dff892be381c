/**
 * franc reads Serbian, in either of its scripts, as Bosnian, and the stopword package has no list for
 * Serbian or Bosnian: a Serbian page was read with no stopwords at all. Serbian is told by its
 * ekavian spelling ("gde", "posle", "vreme", "deca" against ijekavian "gdje", "poslije", "vrijeme",
 * "djeca"), and by its Cyrillic script; the three standards share their function words, so Serbian
 * and Bosnian are read with the Croatian list, Serbian in both scripts. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const SERBIAN_LATIN = [
  'Vlada je danas usvojila nacrt budžeta za sledeću godinu, koji predviđa veća izdvajanja za zdravstvo i obrazovanje.',
  'Ministar finansija rekao je da će plate biti povećane posle leta, a da deca iz siromašnih porodica dobijaju besplatne udžbenike, gde god da žive.',
].join('\n');

const SERBIAN_CYRILLIC = [
  'Влада је данас усвојила нацрт буџета за следећу годину, који предвиђа већа издвајања за здравство и образовање.',
  'Министар финансија рекао је да ће плате бити повећане после лета, а да деца из сиромашних породица добијају бесплатне уџбенике, где год да живе.',
].join('\n');

const BOSNIAN = [
  'Vijeće ministara je danas usvojilo prijedlog budžeta za sljedeću godinu, koji predviđa veća izdvajanja za zdravstvo i obrazovanje.',
  'Ministar finansija rekao je da će plate biti povećane poslije ljeta, a da djeca iz siromašnih porodica dobijaju besplatne udžbenike, gdje god da žive.',
].join('\n');

// Croatian that names the Belgrade weekly "Vreme" and quotes one ekavian word: its own spelling outnumbers them.
const CROATIAN_QUOTING_SERBIAN =
  'Tjednik Vreme objavio je u ponedjeljak da će sljedeći tjedan biti teži, a urednik je rekao "deca" umjesto djeca. Gdje će se sastati vijeće, još nije poznato, ali prije kraja mjeseca bit će jasnije.';

describe('language: Serbian told from Bosnian and Croatian, and read with stopwords', () => {
  it('records an ekavian Latin paragraph as Serbian, with stopwords', () => {
    const language = detectLanguage(SERBIAN_LATIN);
    expect(language.lang).toBe('sr');
    expect(language.stopwords.has('koji')).toBe(true);
  });

  it('records a Cyrillic paragraph as Serbian, with the stopwords in Cyrillic', () => {
    const language = detectLanguage(SERBIAN_CYRILLIC);
    expect(language.lang).toBe('sr');
    expect(language.stopwords.has('који')).toBe(true);
    expect(language.stopwords.has('је')).toBe(true);
    expect(language.stopwords.has('њихов')).toBe(true);
  });

  it('reads an ijekavian paragraph franc takes for Bosnian with stopwords, and not as Serbian', () => {
    const language = detectLanguage(BOSNIAN);
    expect(['bs', 'hr']).toContain(language.lang);
    expect(language.stopwords.has('koji')).toBe(true);
  });

  it('keeps a Croatian paragraph that names "Vreme" and quotes an ekavian word Croatian', () => {
    expect(['hr', 'bs']).toContain(detectLanguage(CROATIAN_QUOTING_SERBIAN).lang);
  });
});

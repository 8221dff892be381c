/**
 * franc-min has a model for Swedish and none for Danish or Norwegian, so it took a Norwegian or a
 * Danish page for Swedish, and the page was read with Swedish stopwords ("och", "inte", "är"), which
 * its own "og", "ikke", "er" are not. The words the three spell apart settle it. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const NORWEGIAN = [
  'Kommunen sier at den nye brua over elva skal åpnes neste måned, etter at arbeidet med malingen ble ferdig tidligere enn planlagt.',
  'Folk som bor i nærheten av torget mener de sparer både tid og penger, fordi turen til sentrum nå bare tar ti minutter med sykkel.',
  'Lederen for etaten la til at prosjektet ikke har kostet mer enn budsjettet, og at den gamle veien fortsatt er åpen for gående av alle slag.',
].join('\n');

const DANISH = [
  'Kommunen siger, at den nye bro over åen skal åbnes i næste måned, efter at arbejdet med malingen blev færdigt tidligere end planlagt.',
  'Folk, der bor i nærheden af torvet, mener, at de sparer både tid og penge, fordi turen til centrum nu kun tager ti minutter på cykel.',
  'Lederen af forvaltningen tilføjede, at projektet ikke har kostet mere end budgettet, og at den gamle vej stadig er åben for gående af enhver slags.',
].join('\n');

const SWEDISH = [
  'Kommunen säger att den nya bron över ån ska öppnas nästa månad, efter att arbetet med målningen blev klart tidigare än planerat.',
  'Folk som bor nära torget menar att de sparar både tid och pengar, eftersom resan till centrum nu bara tar tio minuter med cykel.',
  'Chefen för förvaltningen tillade att projektet inte har kostat mer än budgeten, och att den gamla vägen fortfarande är öppen för gående.',
].join('\n');

const DUTCH = [
  'De gemeente zegt dat de nieuwe brug over de rivier volgende maand opengaat, nadat het schilderwerk eerder klaar was dan gepland.',
  'Mensen die bij het plein wonen, zeggen dat ze tijd en geld besparen, omdat de rit naar het centrum nu maar tien minuten op de fiets duurt.',
  'De directeur van de dienst voegde eraan toe dat het project niet meer heeft gekost dan begroot, en dat de oude weg open blijft voor voetgangers.',
].join('\n');

describe('language: Swedish, Danish and Norwegian told apart', () => {
  it('records a Norwegian page as Norwegian, with Norwegian stopwords', () => {
    const language = detectLanguage(NORWEGIAN);
    expect(language.lang).toBe('nb');
    expect(language.stopwords.has('ikke')).toBe(true);
  });

  it('records a Danish page as Danish, with Danish stopwords', () => {
    const language = detectLanguage(DANISH);
    expect(language.lang).toBe('da');
    expect(language.stopwords.has('ikke')).toBe(true);
  });

  it('records a Swedish page as Swedish still', () => {
    const language = detectLanguage(SWEDISH);
    expect(language.lang).toBe('sv');
    expect(language.stopwords.has('inte')).toBe(true);
  });

  it('records a Dutch page as Dutch still', () => {
    expect(detectLanguage(DUTCH).lang).toBe('nl');
  });
});

/**
 * Main-text precision: a chart's or a picture's source alone on its line between two paragraphs
 * ("Source: Repeat Project", "Bron: BELGA", "Quelle: Statistisches Bundesamt", "Fuente: EFE"). The
 * chart or the picture is gone from the innerText, the line is short and unpunctuated, and the run
 * kept it. Between two paragraphs it is left out with its reason (main-text/inside/sources-between-
 * paragraphs.ts). A sentence opening on the word, a source with a year, a label over a list and a
 * source at the page's foot stay. Invented pages in four languages; the first cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';
import { sourceAlone } from '../../scripts/ingest/stages/main-text/inside/sources-between-paragraphs.ts';

const A = GERMAN_PARAGRAPHS;
const EN = BRIDGE_PARAGRAPHS;

const NL_HEAD = 'Nieuwe brug over de haven van Westdorp gaat in juni open';
const NL = [
  'De nieuwe brug over de haven van Westdorp gaat in juni open voor fietsers en voetgangers, zo heeft het stadsbestuur maandag bekendgemaakt na een lange vergadering.',
  'De bouw van de brug duurde bijna drie jaar en kostte de stad ruim twaalf miljoen euro, veel meer dan bij de start van het project was begroot.',
  'Volgens de wethouder zal de brug de reistijd tussen het centrum en de nieuwe wijken aan de overkant van de haven met een kwartier verkorten.',
  'Bewoners van de kade maken zich wel zorgen over het lawaai van de scheepvaart, omdat de brug voor grote schepen een paar keer per dag open moet.',
];
const ES_HEAD = 'El puerto de Villamar abrirá su nuevo puente peatonal en junio';
const ES = [
  'El nuevo puente peatonal del puerto de Villamar abrirá en junio para ciclistas y peatones, según anunció el lunes el ayuntamiento tras una larga reunión.',
  'Las obras del puente duraron casi tres años y costaron a la ciudad más de doce millones de euros, mucho más de lo previsto al comienzo del proyecto.',
  'Según el concejal, el puente acortará en un cuarto de hora el trayecto entre el centro y los nuevos barrios al otro lado del puerto.',
  'Los vecinos del muelle temen el ruido de los barcos, porque el puente tendrá que abrirse varias veces al día para dejar pasar a los grandes buques.',
];

describe('main-text precision: a source alone between paragraphs', () => {
  it('leaves out an English chart source between paragraphs, the article kept whole', () => {
    const source = 'Source: Natl Inst. for Harbour Research (NIHR), Westport';
    const page = [BRIDGE_HEAD, EN[0], EN[1], source, EN[2], EN[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual(EN);
    expect(why.get(source)).toMatch(/source alone between paragraphs/);
  });

  it('leaves out a Dutch agency credit, a German source and a Spanish one', () => {
    const nl = chooseArticle([NL_HEAD, NL[0], NL[1], 'Bron: BELGA', NL[2], NL[3]].join('\n'));
    expect(nl.kept).toEqual(NL);
    const de = chooseArticle([GERMAN_HEAD, A[0], A[1], 'Quelle: Statistisches Bundesamt, Hafenamt Talheim', A[2], A[3]].join('\n'));
    expect(de.kept).toEqual(A);
    const es = chooseArticle([ES_HEAD, ES[0], ES[1], 'Fuente: EFE / Ayuntamiento de Villamar', ES[2], ES[3]].join('\n'));
    expect(es.kept).toEqual(ES);
  });

  it('leaves out a Norwegian source between paragraphs', () => {
    const NO_HEAD = 'Ny bru over havna i Vestby åpner i juni';
    const NO = [
      'Den nye brua over havna i Vestby åpner i juni for syklister og fotgjengere, opplyste kommunen mandag etter et langt møte i bystyret.',
      'Byggingen av brua tok nesten tre år og kostet byen over tolv millioner kroner, langt mer enn det som var budsjettert da arbeidet startet.',
      'Trenger du hjelp med reiseruten? Ring kommunens døgnåpne telefontjeneste for trafikk og kollektivtrafikk i Vestby.',
      'Beboerne langs kaia er likevel bekymret for støyen fra skipstrafikken, fordi brua må åpnes flere ganger om dagen for store skip.',
    ];
    const { kept, why } = chooseArticle([NO_HEAD, NO[0], NO[1], NO[2], 'Kilde: Vestby.kommune.no', NO[3]].join('\n'));
    expect(why.get('Kilde: Vestby.kommune.no')).toMatch(/source alone between paragraphs/);
    expect(kept).not.toContain('Kilde: Vestby.kommune.no');
    expect(kept).toContain(NO[3]);
  });

  it('leaves out a German source credit under a caption the stage knows, whatever its length', () => {
    const caption = 'V. l.: Jana Rose (SPD), Ole Berg (CDU), Lea Kim (Grüne) und Tom Lund (FDP) bei der Debatte im Rathaus von Talheim am Montagabend';
    const credit = 'Quelle: Jana Rose/dpa';
    const { kept, why } = chooseArticle([GERMAN_HEAD, A[0], A[1], caption, credit, A[2], A[3]].join('\n'));
    expect(why.get(credit)).toMatch(/source alone between paragraphs/);
    expect(kept).toEqual(A);
  });

  it('reads a source alone by its label and its names only', () => {
    expect(sourceAlone('Source: Repeat Project')).toBe(true);
    expect(sourceAlone('QUELLE: dpa')).toBe(true);
    // A sentence that opens on the word, a source with a year, a second sentence, no label.
    expect(sourceAlone('Source: the ministry said the figures were final.')).toBe(false);
    expect(sourceAlone('Quelle: Destatis 2023')).toBe(false);
    expect(sourceAlone('Source: Harbour Office. Figures are provisional and may change')).toBe(false);
    expect(sourceAlone('Repeat Project')).toBe(false);
    expect(sourceAlone('Sources say the mayor will resign')).toBe(false);
  });

  it('keeps a source over a list, a source at the page\'s foot and a heading between paragraphs', () => {
    const overList = 'Source: Harbour Office';
    const items = ['Ferries', 'Cargo ships', 'Yachts'];
    const heading = 'Harbour Works Ahead';
    const page = [BRIDGE_HEAD, EN[0], heading, EN[1], overList, ...items, EN[2], EN[3], 'Source: Westport Herald'].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toContain(heading);
    expect(why.get(overList) ?? '').not.toMatch(/source alone between paragraphs/);
    expect(why.get('Source: Westport Herald') ?? '').not.toMatch(/source alone between paragraphs/);
    for (const p of EN) expect(kept).toContain(p);
  });
});

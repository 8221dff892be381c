/**
 * Main-text precision: a pull quote set between the article's paragraphs with its speaker's line
 * under it (main-text/inside/pull-quotes-with-their-speakers.ts). The quote repeats a longer paragraph
 * of the article, where the speaker, named there, says it; both the quote and the "Name, trade" line
 * leave, the paragraph stays. A sub-heading under an ordinary paragraph, a heading over a summary the
 * body repeats (no name the prose writes capitalised), a live report's entry with its time, a
 * picture's credit with a slash, and a copy of the same paragraph stay. Invented pages in German,
 * English and Spanish; the German, English and Spanish quotes were kept before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';

const DE = GERMAN_PARAGRAPHS;
const EN = BRIDGE_PARAGRAPHS;
const SPEAKER_REASON = /pull quote's speaker/;
const QUOTE_REASON = /a pull quote \(/;

const DE_QUOTE = 'Wir werden die Schulen zuerst anschließen, weil dort die alten Heizungen am teuersten sind.';
const DE_SAID = `„Wir werden die Schulen zuerst anschließen, weil dort die alten Heizungen am teuersten sind“, sagt Jana Rose, die das Projekt bei den Stadtwerken leitet. Die Arbeiten sollen im Frühjahr beginnen.`;
const DE_SPEAKER = 'Jana Rose, Projektleiterin der Stadtwerke';

const EN_QUOTE = '“We would rather finish early and spend the money we saved on the cycle path.”';
const EN_SAID = '“We would rather finish early and spend the money we saved on the cycle path,” said Tom Berg, who chairs the council’s transport committee, after the vote on Monday evening.';
const EN_SPEAKER = 'Tom Berg, chair of the transport committee';

const ES_HEAD = 'El nuevo puerto de Valdemar abrirá en verano\nPor Ana López\n12 de marzo de 2024';
const ES = [
  'El ayuntamiento de Valdemar confirmó el lunes que el nuevo puerto deportivo abrirá sus puertas en verano, después de dos años de obras y de varios retrasos en la financiación.',
  'Según la alcaldía, las obras han costado cerca de cuarenta millones de euros, de los que la comunidad autónoma ha pagado una parte importante dentro de su plan de inversiones.',
  'Los vecinos del barrio norte se quejan desde hace meses del ruido de las máquinas y de los cortes de las calles, y piden una compensación para los comercios afectados.',
  'El pleno municipal decidirá en otoño sobre la segunda fase del proyecto, que incluye un paseo marítimo y una conexión directa con la estación de autobuses de la ciudad.',
];
const ES_QUOTE = '«El puerto cambiará la vida del barrio norte y traerá trabajo para los jóvenes».';
const ES_SAID = '«El puerto cambiará la vida del barrio norte y traerá trabajo para los jóvenes», aseguró Marta Gil, concejala de Urbanismo, durante la visita a las obras del muelle.';
const ES_SPEAKER = 'Marta Gil, concejala de Urbanismo';

describe("main-text precision: a pull quote with its speaker's line", () => {
  it('leaves out a German pull quote and its speaker, and keeps the paragraph it quotes', () => {
    const page = [GERMAN_HEAD, DE[0], DE_SAID, DE[1], DE_QUOTE, DE_SPEAKER, DE[2], DE[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([DE[0], DE_SAID, DE[1], DE[2], DE[3]]);
    expect(why.get(DE_QUOTE)).toMatch(QUOTE_REASON);
    expect(why.get(DE_SPEAKER)).toMatch(SPEAKER_REASON);
  });

  it('leaves out an English pull quote set above the paragraph that says it, and a Spanish one below it', () => {
    const en = chooseArticle([BRIDGE_HEAD, EN[0], EN[1], EN_QUOTE, EN_SPEAKER, EN_SAID, EN[2], EN[3]].join('\n'));
    expect(en.kept).toEqual([EN[0], EN[1], EN_SAID, EN[2], EN[3]]);
    expect(en.why.get(EN_SPEAKER)).toMatch(SPEAKER_REASON);
    const es = chooseArticle([ES_HEAD, ES[0], ES_SAID, ES[1], ES_QUOTE, ES_SPEAKER, ES[2], ES[3]].join('\n'));
    expect(es.kept).toEqual([ES[0], ES_SAID, ES[1], ES[2], ES[3]]);
  });

  it('keeps the speaker line and the paragraph above it when that paragraph quotes nothing', () => {
    const page = [GERMAN_HEAD, DE[0], DE_SAID, DE[1], DE_SPEAKER, DE[2], DE[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(DE[1]);
    expect(kept).toContain(DE_SPEAKER);
  });

  it("keeps a heading over a summary the body repeats, when the prose writes the heading's words in lower case", () => {
    const summary = 'The council plans a cycle path along the river, linking the bridge with the park.';
    const body = 'Next year the council plans a cycle path along the river, linking the bridge with the park and the railway station to the north.';
    const heading = 'Cycle Path Plans';
    const page = [BRIDGE_HEAD, EN[0], EN[1], summary, heading, body, EN[2], EN[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(summary);
    expect(kept).toContain(heading);
  });

  it("keeps a quote over a line with a time or a picture's credit, and a copy of the same paragraph", () => {
    const timed = 'Tom Berg um 11.39 Uhr';
    const credited = 'Tom Berg/Harbor Wire';
    for (const under of [timed, credited]) {
      const { kept } = chooseArticle([BRIDGE_HEAD, EN[0], EN[1], EN_QUOTE, under, EN_SAID, EN[2], EN[3]].join('\n'));
      expect(kept).toContain(EN_QUOTE);
      expect(kept).toContain(under);
    }
    const copy = chooseArticle([GERMAN_HEAD, DE[0], DE_SAID, DE[1], DE_SAID, DE_SPEAKER, DE[2], DE[3]].join('\n'));
    expect(copy.why.get(DE_SPEAKER) ?? '').not.toMatch(SPEAKER_REASON);
  });
});

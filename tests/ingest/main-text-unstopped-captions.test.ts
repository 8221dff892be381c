/**
 * Main-text precision: a picture's caption the site writes without its full stop, on its own line
 * over the credit the page names ("Bauarbeiter verlegen die neuen Rohre …" / "Bild: Jana
 * Rose/dpa", "… seen from the old ferry pier" / "Image Credits: Harbor Works"). It reads as a sub-heading, so the run kept
 * it; over a named credit, with the article going on under the credit, a line of six words or more is
 * the caption (main-text/inside/captions-over-credits.ts). A shorter sub-heading over a picture with
 * no caption, a guide's heading over its product's picture (the product's name or facts under the credit), a
 * line that introduces what follows and a long line over a slashed credit with no picture word stay.
 * Invented pages; the caption cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';
import { BRIDGE_HEAD, BRIDGE_PARAGRAPHS } from '../helpers/bridge-article.ts';

const DE = GERMAN_PARAGRAPHS;
const EN = BRIDGE_PARAGRAPHS;

const FR_HEAD = 'Le nouveau pont de Port-Vallon ouvre au printemps\nPar Léa Martin\n12 mars 2024 à 10h15';
const FR = [
  "La municipalité de Port-Vallon a confirmé lundi que le nouveau pont sur la rivière ouvrira à la circulation au printemps, après deux années de travaux et plusieurs retards.",
  "Selon la mairie, le chantier a coûté près de quarante millions d'euros, dont une grande partie a été prise en charge par la région et par l'État dans le cadre du plan de relance.",
  "Les habitants du quartier nord se plaignent depuis des mois du bruit et des détours imposés par les travaux, et demandent une compensation pour les commerces touchés.",
  "Le conseil municipal doit se prononcer à l'automne sur la seconde phase, qui prévoit une piste cyclable et un accès direct à la gare pour les bus de la ville.",
];
const ES_HEAD = 'El nuevo puerto de Valdemar abrirá en verano\nPor Ana López\n12 de marzo de 2024';
const ES = [
  'El ayuntamiento de Valdemar confirmó el lunes que el nuevo puerto deportivo abrirá sus puertas en verano, después de dos años de obras y de varios retrasos en la financiación.',
  'Según la alcaldía, las obras han costado cerca de cuarenta millones de euros, de los que la comunidad autónoma ha pagado una parte importante dentro de su plan de inversiones.',
  'Los vecinos del barrio norte se quejan desde hace meses del ruido de las máquinas y de los cortes de las calles, y piden una compensación para los comercios afectados.',
  'El pleno municipal decidirá en otoño sobre la segunda fase del proyecto, que incluye un paseo marítimo y una conexión directa con la estación de autobuses de la ciudad.',
];

describe('main-text precision: a caption written without its full stop over its named credit', () => {
  it('leaves out a German caption over "Bild: …" and over a © credit', () => {
    const caption = 'Bauarbeiter verlegen die neuen Rohre an der Uferstraße in der Nordstadt';
    const second = 'Seit Monaten umstritten: die Baustelle am Fluss im Morgennebel';
    const page = [GERMAN_HEAD, DE[0], caption, 'Bild: Jana Rose/dpa/picture alliance', DE[1], DE[2], second, '© Hafenbild/Jana Rose', DE[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).not.toContain(caption);
    expect(kept).not.toContain(second);
    expect(why.get(caption)).toMatch(/without its full stop/);
    expect(why.get(second)).toMatch(/without its full stop/);
    for (const p of DE) expect(kept).toContain(p);
  });

  it('leaves out an English caption over "Image Credits: …"', () => {
    const caption = 'Harbor Bridge: the new deck seen from the old ferry pier';
    const page = [BRIDGE_HEAD, EN[0], EN[1], caption, 'Image Credits: Harbor Works', EN[2], EN[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    expect(kept).not.toContain(caption);
    expect(why.get(caption)).toMatch(/without its full stop/);
    for (const p of EN) expect(kept).toContain(p);
  });

  it('leaves out a French caption over "Photo : …" and a Spanish one over "Foto: …"', () => {
    const fr = 'Les ouvriers posent les dernières poutres du pont au-dessus de la rivière';
    const frPage = [FR_HEAD, FR[0], FR[1], fr, 'Photo : Léa Martin', FR[2], FR[3]].join('\n');
    expect(chooseArticle(frPage).kept).not.toContain(fr);
    const es = 'Las grúas trabajan en el muelle norte del nuevo puerto deportivo de Valdemar';
    const esPage = [ES_HEAD, ES[0], es, 'Foto: Ana López', ES[1], ES[2], ES[3]].join('\n');
    const { kept, why } = chooseArticle(esPage);
    expect(kept).not.toContain(es);
    expect(why.get(es)).toMatch(/caption over its credit/);
    for (const p of ES) expect(kept).toContain(p);
  });

  it("keeps a sub-heading over a picture with no caption, a guide's heading over its product, a line that introduces", () => {
    const sub = 'Neue Leitungen für die Nordstadt';
    const guideHeading = 'The Best Sleeping Bag for Cold Nights';
    const intro = 'Was die Stadtwerke jetzt für die Anwohner planen:';
    const page = [GERMAN_HEAD, DE[0], sub, 'Bild: Jana Rose', DE[1], intro, '© Hafenbild', DE[2], DE[3]].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).toContain(sub);
    expect(kept).toContain(intro);
    const guide = [BRIDGE_HEAD, EN[0], EN[1], guideHeading, 'Photo: Jane Roe', 'Harbor Outfitters Down Bag 15', EN[2], EN[3]].join('\n');
    expect(chooseArticle(guide).kept).toContain(guideHeading);
    // The product's facts under its picture's credit, as long as a sentence but none.
    const tagline = 'The best light wireless mouse for smaller hands';
    const facts = '60 grams, HB3000 sensor, solid symmetric design, 128x66x38mm, two side buttons and a matte shell in black or in white';
    const review = [BRIDGE_HEAD, EN[0], EN[1], tagline, 'Image credit: Harbor Labs', facts, EN[2], EN[3]].join('\n');
    expect(chooseArticle(review).kept).toContain(tagline);
    // A heading that asks, over its product's picture and facts, is no caption either.
    const asks = 'The cheapest light wireless mouse?';
    const asking = [BRIDGE_HEAD, EN[0], EN[1], asks, 'Image credit: Harbor Labs', facts, EN[2], EN[3]].join('\n');
    expect(chooseArticle(asking).kept).toContain(asks);
  });

  it('keeps a long line with no full stop over a slashed credit with no picture word', () => {
    // Two names parted by a slash are a credit only under a caption's sentence (captions-over-credits.ts).
    const line = 'Die Stadtwerke und der Gemeinderat im Streit über die zweite Bauphase';
    const page = [GERMAN_HEAD, DE[0], line, 'Hafenbild/Jana Rose', DE[1], DE[2], DE[3]].join('\n');
    expect(chooseArticle(page).kept).toContain(line);
  });
});

/**
 * Main-text precision: a picture's credit with no © nor picture word, two names parted by a slash,
 * alone right under a caption a rule already left out ("Jana Rose (links) und Ole Berg …" /
 * "Screenshots Instagram/YouTube"), the article going on under it
 * (main-text/inside/credits-under-captions.ts). A slashed line under prose stays. Invented pages in
 * German and French; the credit cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS;
const FR_HEAD = 'Le nouveau pont du port de Villemer ouvrira en juin';
const FR = [
  'Le nouveau pont du port de Villemer ouvrira en juin aux cyclistes et aux piétons, a annoncé lundi la mairie après une longue réunion du conseil municipal.',
  'Les travaux du pont ont duré près de trois ans et ont coûté à la ville plus de douze millions d’euros, bien plus que prévu au début du projet.',
  'Selon l’adjoint au maire, le pont raccourcira d’un quart d’heure le trajet entre le centre et les nouveaux quartiers de l’autre côté du port.',
  'Les habitants du quai craignent toutefois le bruit des bateaux, car le pont devra s’ouvrir plusieurs fois par jour pour laisser passer les grands navires.',
];

describe('main-text precision: a slashed credit under a known caption', () => {
  it('leaves out a German credit under a caption known by its marks, whatever the caption\'s length', () => {
    const caption = 'Der Hafenmeister Ole Berg (links) zeigte den Gästen am Montag die neue Brücke, die nach drei Jahren Bauzeit im Juni für Radfahrer und Fußgänger öffnen soll.';
    const credit = 'Screenshots Instagram/YouTube';
    const { kept, why } = chooseArticle([GERMAN_HEAD, A[0], A[1], caption, credit, A[2], A[3]].join('\n'));
    expect(why.get(credit)).toMatch(/credit alone under its caption/);
    expect(kept).toEqual(A);
  });

  it('leaves out a French credit under a caption with "(à gauche)"', () => {
    const caption = 'Le maire Paul Martin (à gauche) et l’architecte Anne Roy sur le chantier du pont, lundi matin, peu avant la visite des habitants du quai et des pêcheurs du vieux port.';
    const credit = 'Anne Roy/Agence Portuaire';
    const { kept, why } = chooseArticle([FR_HEAD, FR[0], FR[1], caption, credit, FR[2], FR[3]].join('\n'));
    expect(why.get(credit)).toMatch(/credit alone under its caption/);
    expect(kept).toEqual(FR);
  });

  it('keeps a slashed line under prose', () => {
    const heading = 'Hafen/Nordstadt';
    const { kept } = chooseArticle([GERMAN_HEAD, A[0], A[1], heading, A[2], A[3]].join('\n'));
    expect(kept).toContain(heading);
  });
});

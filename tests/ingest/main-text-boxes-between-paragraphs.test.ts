/**
 * Main-text: a box of other stories between the article's paragraphs under a heading pages set
 * mid-article ("Am beliebtesten", "Noticia relacionada", "Ähnliche Nachrichten"): its teasers are
 * left out and reported, the article goes on under the box, and the article's sub-heading right over
 * the paragraph that resumes it stays. Invented pages; the first three failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const DE = [
  'Seit Jahren streiten Stadt und Land darüber, wer die Kosten für die Sanierung der alten Brücke über den Kanal tragen soll, und nun liegt endlich ein Gutachten vor.',
  'Die Gutachter kommen zu dem Schluss, dass die Brücke noch höchstens zehn Jahre halten wird, wenn nicht bald mit den Arbeiten an den Pfeilern begonnen wird.',
  'Der Bürgermeister zeigte sich nach der Vorstellung des Gutachtens erleichtert und kündigte an, die Pläne schon im Herbst dem Stadtrat vorzulegen.',
  'Ob das Land sich an den Kosten beteiligt, ist allerdings weiterhin offen, denn im Ministerium verweist man auf die angespannte Lage des Haushalts.',
];
/** The article's header: a box teaser's headline must not be taken for the article's. */
const DE_HEAD = ['Gutachten zur Kanalbrücke liegt vor', 'Von Max Muster', '12. März 2024'];
const DE_BOX = [
  'AM BELIEBTESTEN',
  'REISE',
  'Diese kleinen Inseln im Norden sind im Herbst ein echter Geheimtipp für Wanderer',
  'VON JANA BEISPIEL',
  'KULTUR',
  'Ein Museum zeigt zum ersten Mal die verschollenen Skizzen eines vergessenen Malers aus Kassel',
  'VON OLE MUSTERMANN',
];

const ES = [
  'El ayuntamiento aprobó ayer por unanimidad el plan para renovar el alumbrado de todo el casco antiguo, que llevaba más de dos décadas sin cambios importantes.',
  'Según el concejal de obras, las nuevas farolas reducirán el consumo eléctrico a la mitad y permitirán ajustar la intensidad de la luz en cada calle.',
  'Los vecinos del barrio alto llevaban meses quejándose de la falta de luz en varias plazas, donde según ellos se habían producido varios robos este año.',
  'Las obras comenzarán en primavera y se harán por fases para no cortar el tráfico en las calles principales durante las semanas de mayor afluencia.',
];

describe('main-text: a box of other stories between paragraphs', () => {
  it('leaves out a most-read box set between paragraphs and goes on under it', () => {
    const page = [...DE_HEAD, DE[0], DE[1], ...DE_BOX, DE[2], DE[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    for (const l of DE_BOX) {
      expect(kept).not.toContain(l);
      expect(why.get(l)).toMatch(/box of other stories between/);
    }
    for (const p of DE) expect(kept).toContain(p);
  });

  it('leaves out a related story\'s teaser and keeps the sub-heading over the paragraph that resumes', () => {
    const box = [
      'Noticia relacionada',
      'Los comerciantes del centro piden más aparcamiento ante la llegada de la campaña de Navidad',
      'Marta Ejemplo',
      'La asociación de comerciantes ha pedido al ayuntamiento que habilite más plazas provisionales.',
    ];
    const page = ['El casco antiguo tendrá nuevas farolas', ES[0], ES[1], ...box, 'Obras por fases', ES[2], ES[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    for (const l of box) {
      expect(kept).not.toContain(l);
      expect(why.get(l)).toMatch(/box of other stories between/);
    }
    for (const p of [...ES, 'Obras por fases']) expect(kept).toContain(p);
  });

  it('leaves out the box\'s own "more" link right over the paragraph', () => {
    const box = ['Ähnliche Nachrichten', 'Neue Fähre verbindet die Inseln ab Mai täglich mit dem Festland', 'Mehr ähnliche Nachrichten'];
    const page = [...DE_HEAD, DE[0], DE[1], ...box, DE[2], DE[3]].join('\n');
    const { kept, why } = chooseArticle(page);
    // The heading itself is page chrome (a related-links label), which the chrome stage drops.
    for (const l of box.slice(1)) {
      expect(kept).not.toContain(l);
      expect(why.get(l)).toMatch(/box of other stories between/);
    }
    for (const p of DE) expect(kept).toContain(p);
  });

  it('leaves a box with no paragraph under it to the rules of the page\'s foot', () => {
    const page = [...DE_HEAD, ...DE, ...DE_BOX, 'Impressum', 'Datenschutz'].join('\n');
    const { kept, why } = chooseArticle(page);
    for (const p of DE) expect(kept).toContain(p);
    for (const l of DE_BOX) expect(why.get(l) ?? '').not.toMatch(/box of other stories between/);
  });
});

/**
 * The site's appeal to follow it on its social accounts or its video channel, closing the article
 * outside German ("Follow us on Instagram", "¡Mira lo que tiene nuestro canal de YouTube!", "Suivez-nous
 * sur Facebook"): taken off the extract's foot on the HTML path (stages/html-closing-notes.ts) and the
 * text path alike, each reported. An article's own last sentence naming the same networks, without the
 * page's voice or without a call to follow, stays. Every line here is written for the test; the
 * appeals were kept before the rule.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';
import { chooseArticle } from '../helpers/main-text.ts';

const EN = [
  'The harbour board of Eastmere approved on Monday a plan to rebuild the old ferry pier before next summer, at a cost of about four million euros shared with the region.',
  'Work on the pier is to start in the autumn, once the last boats of the season have left, and the ferry will use a temporary landing stage until the spring.',
  'The board expects the new pier to serve the larger boats the operator has ordered, which need a deeper berth than the old one offers at low tide.',
  'Fishermen who moor at the pier said they welcomed the plan but asked the board to keep one berth free for them while the work goes on.',
];
const ES = [
  'El consejo del puerto de Villamar aprobó el lunes un plan para reconstruir el viejo muelle del transbordador antes del próximo verano, con un coste de cuatro millones de euros.',
  'Las obras comenzarán en otoño, cuando los últimos barcos de la temporada hayan salido, y el transbordador usará un embarcadero provisional hasta la primavera.',
  'El consejo espera que el nuevo muelle sirva a los barcos más grandes que ha encargado la naviera, que necesitan un atraque más profundo que el actual.',
  'Los pescadores que amarran en el muelle dijeron que celebran el plan, pero pidieron que se les reserve un atraque mientras duren las obras.',
];
const FR = [
  'Le conseil du port de Belmer a approuvé lundi un projet de reconstruction du vieux quai du bac avant l’été prochain, pour un coût d’environ quatre millions d’euros.',
  'Les travaux commenceront à l’automne, une fois partis les derniers bateaux de la saison, et le bac utilisera un ponton provisoire jusqu’au printemps.',
  'Le conseil attend du nouveau quai qu’il accueille les plus grands bateaux commandés par l’armateur, qui demandent un mouillage plus profond.',
  'Les pêcheurs qui amarrent au quai ont salué le projet, mais ont demandé qu’une place leur reste réservée pendant toute la durée des travaux.',
];

const page = (lang: string, title: string, paragraphs: string[], closing: string[]) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<nav><a href="/">Home</a></nav><main><article><h1>${title}</h1>${[...paragraphs, ...closing].map((p) => `<p>${p}</p>`).join('')}</article></main>` +
  `<footer><p>© Harbour News</p></footer></body></html>`;

const CASES: { lang: string; title: string; paragraphs: string[]; appeal: string }[] = [
  { lang: 'en', title: 'Eastmere to rebuild its ferry pier', paragraphs: EN, appeal: 'For more news from the coast, follow us on Facebook, Instagram and TikTok.' },
  { lang: 'es', title: 'Villamar reconstruirá su muelle', paragraphs: ES, appeal: '¡Mira lo que tiene nuestro canal de YouTube!' },
  { lang: 'es', title: 'Villamar reconstruirá su muelle', paragraphs: ES, appeal: '¿Ya sabías que en Diario del Puerto tenemos canal de Telegram? Únete desde tu celular.' },
  { lang: 'fr', title: 'Belmer va reconstruire son quai', paragraphs: FR, appeal: 'Retrouvez notre équipe sur YouTube et rejoignez notre communauté sur Instagram.' },
];

describe("the site's appeal to follow it on its social accounts, closing the article", () => {
  for (const c of CASES) {
    it(`takes it off the HTML extract and reports it (${c.lang}: ${c.appeal.slice(0, 30)}…)`, () => {
      const { body, report } = article(page(c.lang, c.title, c.paragraphs, [c.appeal]), 'page.html');
      for (const p of c.paragraphs) expect(body).toContain(p);
      expect(body).not.toContain(c.appeal);
      expect(rules(report)).toContain('closing-lines');
      expect(report.entries.some((e) => e.action === 'removed' && e.text === c.appeal)).toBe(true);
    });

    it(`takes it off the text path's run (${c.lang}: ${c.appeal.slice(0, 30)}…)`, () => {
      const { kept, why } = chooseArticle([c.title, ...c.paragraphs, c.appeal, 'Home', 'Contact'].join('\n'));
      expect(kept).toEqual(c.paragraphs);
      expect(why.get(c.appeal)).toMatch(/promotion/);
    });
  }

  it("keeps the article's own last sentence on the networks: no page's voice, or no call to follow", () => {
    const own = [
      'The operator said it would post the new timetable on Facebook and Instagram once the board had agreed the dates with the council.',
      'Our reporters counted more than two hundred comments under the council’s post on Facebook, most of them from fishermen worried about their berths.',
      'Residents can follow the work on the council’s YouTube channel, where a camera on the quay will show the pier as it rises.',
    ];
    for (const last of own) {
      const { body } = article(page('en', 'Eastmere to rebuild its ferry pier', EN, [last]), 'page.html');
      expect(body).toContain(last);
    }
  });
});

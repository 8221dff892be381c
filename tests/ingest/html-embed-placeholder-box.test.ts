/**
 * HTML seeds: the box a consent tool puts where an embedded map, post or video waits for the reader to let
 * its provider in, named by a pair of class words ("third-party-services--placeholder", "privacy-placeholder",
 * "_brlbs-content-blocker"), its lines naming no "external content" the text rule reads ("Klicken Sie auf den
 * unteren Button, um den Inhalt von www.example.de zu laden"): they leave the body, reported. A box named
 * by one of the words alone ("placeholder" of a lazy picture's box, "content" of the article's own) stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = {
  de: [
    'Die Tour beginnt am Bahnhof und führt zuerst am Ufer entlang, vorbei an den alten Bootshäusern und der kleinen Fähre über den Fluss.',
    'Hinter dem Friedhof biegt man rechts ab und fährt durch ein ruhiges Wohngebiet, bis der Weg wieder in den Wald und zum See führt.',
    'Am Ufer liegt ein Café mit einem großen Garten, in dem es selbst gebackenen Kuchen gibt und man den Booten auf dem Wasser zusehen kann.',
  ],
  en: [
    'The route starts at the station and follows the river bank first, past the old boat houses and the small ferry that crosses to the island.',
    'Behind the cemetery it turns right and runs through a quiet street of houses, until the path enters the woods again on its way to the lake.',
    'On the shore there is a cafe with a large garden, where the cakes are baked on the spot and the boats can be watched from the tables.',
  ],
  es: [
    'La ruta empieza en la estación y sigue primero la orilla del río, junto a los viejos cobertizos de barcas y el pequeño transbordador.',
    'Detrás del cementerio gira a la derecha y atraviesa un barrio tranquilo de casas, hasta que el camino vuelve a entrar en el bosque.',
    'En la orilla hay un café con un gran jardín, donde se hornean los pasteles en el momento y se pueden ver los barcos desde las mesas.',
  ],
};
type Lang = keyof typeof P;

const page = (lang: Lang, box: string) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Radtour am Fluss</title></head><body>
<article class="post"><h1>Radtour am Fluss</h1>
<div class="entry-content"><p>${P[lang][0]}</p><p>${P[lang][1]}</p>
${box}
<p>${P[lang][2]}</p></div></article></body></html>`;

describe("the embed's placeholder a pair of class words names", () => {
  for (const [lang, box, texts] of [
    [
      'de',
      '<div class="BorlabsCookie"><div class="_brlbs-content-blocker"><div class="_brlbs-default"><p>Klicken Sie auf den unteren Button, um den Inhalt von www.routen.example zu laden.</p><p><a class="_brlbs-btn" href="#">Inhalt laden</a></p></div></div></div>',
      ['Klicken Sie auf den unteren Button', 'Inhalt laden'],
    ],
    [
      'en',
      '<div class="embed-code"><div class="third-party-services--placeholder"><div class="content-wrapper"><div class="message">We respect your privacy, so we do not connect to the map service until you say so. You can manage your settings here at any time.</div></div></div></div>',
      ['We respect your privacy'],
    ],
    [
      'es',
      '<div id="mapa" class="privacy-placeholder"><p>Respetamos tu privacidad: el mapa de la ruta solo aparece cuando lo permites en la configuración de la página.</p></div>',
      ['Respetamos tu privacidad'],
    ],
  ] as const) {
    it(`leaves out the placeholder (${lang}), and reports it`, () => {
      const { body, report } = article(page(lang, box), 'page.html');
      for (const p of P[lang]) expect(body).toContain(p);
      for (const text of texts) {
        expect(body).not.toContain(text);
        expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(text) && e.detail?.includes('consent box'))).toBe(true);
      }
    });
  }

  it('keeps boxes named by one of the words alone', () => {
    const note = 'The ferry runs every half hour in summer, and the ride across takes five minutes, so the tour can be done as a loop in an afternoon.';
    for (const box of [`<div class="placeholder lazy-wrap"><p>${note}</p></div>`, `<div class="content-block"><p>${note}</p></div>`, `<div class="cookie-recipe"><p>${note}</p></div>`]) {
      const { body } = article(page('en', box), 'page.html');
      expect(body).toContain('The ferry runs every half hour');
    }
  });
});

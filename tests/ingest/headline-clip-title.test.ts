/**
 * A clip's title as the page's player lists it (issue 13): its label run in ("Video:…",
 * "Slideshow: …") or its running time at the end ("… (2:40)", "… valley1:54"). It tells the
 * article's story in the article's words, often in the headline's own words plus the running time,
 * so it scored as the headline, or over it; a headline never carries a player's label or a running time.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';
import { mediaTitle } from '../../scripts/ingest/lib/page-text/headline/media-title.ts';

describe("a clip's title", () => {
  it('is told by its label run in or its running time', () => {
    expect(mediaTitle('Video:Farmers harvest rice twice in the valley')).toBe(true);
    expect(mediaTitle('Play Video Farming Video:Valley farmers plant twice')).toBe(true);
    expect(mediaTitle('Slideshow: Rice harvest in the valley')).toBe(true);
    expect(mediaTitle('Farmers in the valley harvest rice twice (2:40)')).toBe(true);
    expect(mediaTitle('Cosecha doble de arroz en el valle1:54')).toBe(true);
    expect(mediaTitle('Reisbauern im Tal ernten zweimal 3:56')).toBe(true);
  });

  it('is not told in a headline with a score, a verse, a time label or a word of its own', () => {
    expect(mediaTitle('Harbor Club beats Valley 2:1 in the final')).toBe(false);
    expect(mediaTitle('Harbor Club siegt 3:1')).toBe(false);
    expect(mediaTitle('Valley farmers plant twice a year')).toBe(false);
    expect(mediaTitle('Watching the rice grow: a farmer\'s year')).toBe(false);
    expect(mediaTitle('Photosynthesis and the second harvest')).toBe(false);
    expect(mediaTitle('Updated 12.10.2025 10.45')).toBe(false);
  });

  it('is not taken for the headline over the article, in English', () => {
    // The clip's title is the headline's long form, under the player's label.
    const longForm = ['Farming', 'Valley farmers harvest rice twice a year', 'Video', 'Valley farmers harvest rice twice a year, says village council (2:40)', BODY];
    expect(titleOf(longForm.join('\n'))).toBe('Valley farmers harvest rice twice a year');
    // The clip's title glued onto its running time tells the story in more of the article's words.
    const glued = ['Farming', 'Harvest twice, says the council', 'Image', 'Farmers in the valley harvest rice twice a year with new seed1:54', BODY];
    expect(titleOf(glued.join('\n'))).toBe('Harvest twice, says the council');
    // A gallery's and a clip's titles run into their labels, over the byline.
    const runIn = ['Farming', 'Valley farmers harvest rice twice a year', 'Slideshow:Rice fields of the valley', 'Play Video Video:Farmers in the valley harvest rice twice a year', 'By Ann Lee', BODY];
    expect(titleOf(runIn.join('\n'))).toBe('Valley farmers harvest rice twice a year');
  });

  it('is not taken for the headline over the article, in German and Spanish', () => {
    const body = [
      'Die Bauern im Tal ernten seit diesem Jahr zweimal Reis, mit Saatgut, das in der nassen Jahreszeit schneller wächst, und einem Plan des Dorfrates.',
      'Der Wandel kam langsam. Die ersten Bauern, die das neue Saatgut ausprobierten, wurden ausgelacht, bis ihre zweite Ernte ein neues Schuldach bezahlte.',
      'Heute werden die meisten Reisfelder im Tal zweimal bepflanzt, und der Dorfrat sagt, die Einkommen hätten sich in fünf Jahren verdoppelt.',
    ].join('\n\n');
    const german = ['Landwirtschaft', 'Bauern im Tal ernten zweimal Reis', 'Video', 'Bauern im Tal ernten zweimal Reis, sagt der Dorfrat (2:40)', body];
    expect(titleOf(german.join('\n'))).toBe('Bauern im Tal ernten zweimal Reis');
    const cuerpo = [
      'Los agricultores del valle cosechan arroz dos veces al año, con una semilla que crece más rápido en la estación húmeda y un plan del consejo del pueblo.',
      'El cambio llegó despacio. Los primeros agricultores que probaron la nueva semilla fueron objeto de burlas, hasta que su segunda cosecha pagó un techo nuevo para la escuela.',
      'Hoy la mayoría de los arrozales del valle se siembran dos veces, y el consejo del pueblo dice que los ingresos se duplicaron en cinco años.',
    ].join('\n\n');
    const spanish = ['Agricultura', 'Los agricultores del valle cosechan arroz dos veces', 'Vídeo', 'Los agricultores del valle cosechan arroz dos veces al año, dice el consejo 3:56', cuerpo];
    expect(titleOf(spanish.join('\n'))).toBe('Los agricultores del valle cosechan arroz dos veces');
  });
});

/**
 * An invented saved news page (bakers and the price of flour) with room for one thing between its
 * second and third paragraphs: the page the HTML furniture tests put captions, labels and placeholders
 * into, to see them leave the body while every paragraph stays.
 */
export const BAKERS_PARAGRAPHS = [
  'The Harbor Post asked forty bakers along the coast how the price of flour had changed their trade over the past year, and what they planned next.',
  'Most said they had raised their prices twice since the spring, and a third had cut the number of loaves they bake on weekdays to save on energy.',
  'Several bakers said customers had been understanding, but that sales of cakes and pastries had fallen more than sales of bread since the autumn.',
  'A few had found new customers by selling to cafés and schools in the area, which buy in bulk and pay on a fixed day each month, the bakers said.',
  'The regional bakers guild said it would ask the government for help with energy costs at its meeting next month, as it did two years ago.',
];

export function bakersPage(inside: string, lang = 'en'): string {
  const P = BAKERS_PARAGRAPHS;
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Bakers raise prices as flour costs climb</title></head><body>
<article><h1>Bakers raise prices as flour costs climb</h1>
<div class="story-body"><p>${P[0]}</p><p>${P[1]}</p>
${inside}
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></div></article></body></html>`;
}

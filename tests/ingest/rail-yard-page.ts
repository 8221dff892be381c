/**
 * A short saved article (four paragraphs of a made-up council story) for the HTML furniture tests:
 * `railYardPage(box, after)` puts `box` inside the article's text after paragraph `after` (4: after
 * the last), so a test asks whether the box leaves the body while every paragraph stays.
 */
export const RAIL_YARD_PARAGRAPHS = [
  'The Kestrel Valley council voted on Monday to turn the old rail yard into a park, ending a dispute over the land that had lasted nearly a decade.',
  'Under the plan, the tracks will be lifted next summer and the sheds kept as a market hall, with the first trees planted along the river in autumn.',
  'Residents who had asked for housing on the site said they would accept the decision, as long as the council keeps its promise of homes elsewhere.',
  'The park will be paid for from the sale of two smaller plots in the town centre, which developers have already offered to buy at the asking price.',
];

export const railYardPage = (box: string, after: number) => {
  const paragraphs = RAIL_YARD_PARAGRAPHS.map((p) => `<p>${p}</p>`);
  paragraphs.splice(after, 0, box);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Rail yard to become a park</title></head><body>
<article class="post"><h1>Rail yard to become a park</h1>
<div class="entry-content">${paragraphs.join('')}</div></article></body></html>`;
};

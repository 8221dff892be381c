/**
 * The saved page of the HTML stamp-line tests: four paragraphs of a short report under its `<h1>`, a
 * line of stamps the test writes above them, and the check that the line left the body as the page's
 * stamps, reported.
 */
import { article } from './helpers.ts';

/** The report's four paragraphs; every one must reach the body whatever the stamp line is. */
export const P = [
  'The ferry company said on Tuesday that the night crossing to the islands would run again from June, after two summers without it.',
  'Bookings opened at noon, and the first three weeks were sold out within hours, the company said, though more cabins will be added later.',
  'Island councils had asked for the crossing to return, saying that day visitors alone could not keep the small hotels open through the season.',
  'The company expects the crossing to carry about forty thousand passengers this year, most of them between the end of June and the middle of August.',
];

/** The page, with `stamps` (HTML) right above the first paragraph, in language `lang`. */
export const stampPage = (stamps: string, lang: string) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Night ferry to the islands returns in June</title></head><body>
<article><h1>Night ferry to the islands returns in June</h1>
<div class="story-body">
${stamps}
<p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p>
</div></article></body></html>`;

/** Whether the report says a line holding `text` was left out as a line of the page's stamps. */
export const removedAsStamps = (report: ReturnType<typeof article>['report'], text: string) =>
  report.entries.some((e) => e.rule === 'furniture' && e.action === 'removed' && e.text?.includes(text) && e.detail?.includes("a line of the page's stamps"));

/**
 * A list of events (or any dated records): each a date alone on its line, the event's name, its
 * place, a paragraph on it. A series held in several towns repeats its paragraph word for word, and
 * the organisers' "Join us …" reads as a call to action: both weigh against the run, which then
 * found only the last stretch of records, and the records above it were lost. Records of the same
 * shape above a run that itself opens on such records are the list's, the article's
 * (main-text/above/dated-records-above.ts). Invented pages; the first case failed before.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const HEADER = ['Menu', 'Events', 'Awards', 'About', 'Sign in', 'Harbour Trade Fairs in the Northern Provinces 2031', 'Every fair for boat builders and chandlers this spring, with the towns that host them.'];
const SERIES = 'The Coastal Rigging Days bring riggers, sailmakers and chandlers together for two long days of talks, workshops and a market on the quay, and every town adds its own harbour tour.';
const EVENTS: [string, string, string][] = [
  ['March 3, 2031', 'Coastal Rigging Days', SERIES],
  ['March 9, 2031', 'Tidewater Boat Show', 'The Tidewater Boat Show fills the old ferry terminal with wooden boats from the small yards of the estuary, and its judges pick a boat of the year on the last evening.'],
  ['March 14, 2031', 'Coastal Rigging Days', SERIES],
  ['March 20, 2031', 'Northern Chandlers Meet', 'The chandlers of the northern ports meet once a year to trade stock, compare prices for rope and paint, and hear what the fishing fleets will need for the summer ahead.'],
  ['March 27, 2031', 'Coastal Rigging Days', SERIES],
  ['April 2, 2031', 'Sail Loft Weekend', 'Join us at the Sail Loft for a weekend of sewing, splicing and stories from the sailmakers who have kept the harbour’s canvas mended for three generations.'],
  ['April 8, 2031', 'Estuary Small Craft Fair', 'Small craft builders show dinghies, punts and skiffs on the slipway, and visitors may row any of them across the basin before they decide to buy.'],
  ['April 15, 2031', 'Harbour Engine Day', 'Mechanics from the boatyards take apart an old inboard engine on stage and explain each part as they go, a favourite with the apprentices of the region.'],
  ['April 22, 2031', 'Lighthouse Keepers’ Gathering', 'Retired keepers and the volunteers who look after the old lights meet to talk about the lamps, the logs and the long nights they remember.'],
  ['April 29, 2031', 'Spring Regatta Market', 'The market beside the spring regatta sells secondhand fittings, charts and tools, and most stalls are run by the crews who race in the afternoon.'],
];
const TOWNS = ['Kelby', 'Arnmouth', 'Stavely', 'Orrin', 'Pellow', 'Dunhaven', 'Marsh End', 'Carrick', 'Holm', 'Ravensport'];
const record = ([date, name, text]: [string, string, string], i: number) => [date, name, `${TOWNS[i]}, Northern Provinces`, text];
const FOOT = ['Dates and places may change: check with each fair before you travel.', 'Contact Us', 'Privacy', '© 2031 Example Harbour Guide'];

describe('main-text: dated records above the run', () => {
  it('keeps an event list’s records above the stretch the run found', () => {
    const page = [...HEADER, ...EVENTS.flatMap(record), ...FOOT].join('\n');
    const { kept } = chooseArticle(page);
    for (const [, name, text] of EVENTS.slice(1)) {
      expect(kept).toContain(name);
      // The organiser's "Join us …" goes as a call to action wherever it stands, reported so.
      if (text !== SERIES && !text.startsWith('Join us')) expect(kept).toContain(text);
    }
    expect(kept).toContain(EVENTS[0][1]);
    expect(kept).toContain(SERIES);
    for (const line of HEADER.slice(0, 5)) expect(kept).not.toContain(line);
  });

  it('leaves a box of dated headlines without paragraphs above an article out', () => {
    const box = EVENTS.slice(0, 5).flatMap(([date, name], i) => [date, `${name} opens in ${TOWNS[i]}`, 'News']);
    const article = EVENTS.slice(6).map(([, , text]) => text);
    const page = [...HEADER.slice(0, 5), 'Latest', ...box, 'Harbour fairs draw record crowds', 'By Ines Marrow', ...article, ...FOOT].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of box) expect(kept).not.toContain(line);
    for (const line of article) expect(kept).toContain(line);
  });

  it('leaves dated teasers above an article whose run opens on prose out', () => {
    const teasers = EVENTS.slice(5).flatMap(([date, name, text]) => [date, name, `${text.split(' ').slice(0, 12).join(' ')} …`]);
    const article = [
      'The harbour board voted on Tuesday to keep the old quay open to the trade fairs for another ten years, ending a dispute that had run since the winter storms damaged its eastern end.',
      'Members said the fairs brought more visitors to the town than any other event, and that the repairs, paid for by the province, would be finished before the first fair of the spring.',
      'The board will publish the new terms next month, after the fair organisers have had a chance to read them and to ask for changes to the rents they pay for the quay.',
      'Some residents had asked for the quay to be closed for good, saying the crowds and the noise of the market were too much for a street of small houses at the water’s edge.',
    ];
    const page = [...HEADER.slice(0, 5), 'Most read', ...teasers, 'Quay stays open to the fairs', 'By Ines Marrow', 'May 2, 2031', ...article, ...FOOT].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of article) expect(kept).toContain(line);
    for (const line of teasers) expect(kept).not.toContain(line);
  });

  it('leaves a "Most read" box of numbered, dated headlines under an article out', () => {
    const article = EVENTS.map(([, , text]) => text).filter((t, i, all) => all.indexOf(t) === i && !t.startsWith('Join us'));
    const box = EVENTS.slice(0, 5).flatMap(([date, name], i) => [`${i + 1}. ${name} comes back to ${TOWNS[i]} after a winter of repairs`, date]);
    const page = [...HEADER.slice(0, 5), 'A spring of harbour fairs', 'By Ines Marrow', 'May 2, 2031', ...article, 'Most read', ...box, ...FOOT.slice(1)].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of article) expect(kept).toContain(line);
    for (const line of box) expect(kept).not.toContain(line);
  });

  it('keeps nothing more of a menu of sentence-cased links over an event list', () => {
    const menu = ['Find a fair near you', 'Sell your boat with us', 'Read the harbour news', 'Plan a trip by the sea'];
    const page = [...HEADER.slice(0, 5), ...menu, ...HEADER.slice(5), ...EVENTS.flatMap(record), ...FOOT].join('\n');
    const { kept } = chooseArticle(page);
    for (const line of menu) expect(kept).not.toContain(line);
    expect(kept).toContain(EVENTS[1][2]);
  });

  it('does not reach up over dated records that run back from the newest (other stories, an archive)', () => {
    const back = EVENTS.map(([, name, text], i): [string, string, string] => [`${['June', 'May', 'April'][Math.floor(i / 4)]} ${28 - (i % 4) * 6}, 2031`, name, text]);
    const page = [...HEADER, ...back.flatMap(record), ...FOOT].join('\n');
    const { kept } = chooseArticle(page);
    expect(kept).not.toContain(EVENTS[0][1]);
  });
});

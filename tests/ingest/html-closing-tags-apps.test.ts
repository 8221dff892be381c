/**
 * HTML seeds: the page's furniture under the article's last paragraph that no class name gives away.
 * - The page's tags, each a heading or a link of a word or two, three or more in a row with nothing
 *   of the article between them (closing-tag-list.ts), in any script.
 * - The site's app promotion: the app stores' names (badges' text) with the promo line above them
 *   that names the app (app-promotion.ts).
 * What stays: the article's sub-headings with its prose under them, a heading that names an app store
 * over the article's text, a sentence that says where an app is sold, and a list the article ends on.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { CLOSING_TAG_LIST_WHY } from '../../scripts/ingest/lib/html/furniture/closing-tag-list.ts';
import { APP_PROMOTION_WHY } from '../../scripts/ingest/lib/html/furniture/app-promotion.ts';

/** The article's three paragraphs (a night ferry back in service), each a sentence of prose. */
const P = `The ferry company said on Monday that the night crossing to the island would run again from the first week of April.
Repairs to the ramp on the island side took longer than planned, because the divers found more damage below the waterline.
Islanders had asked for an earlier date, since the day boats leave too late for the morning shifts at the mainland hospital.`.split('\n');

const page = (tail: string, lang = 'en') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Night ferry returns in April</title></head>` +
  `<body><article><h1>Night ferry returns in April</h1>${P.map((p) => `<p>${p}</p>`).join('')}${tail}</article></body></html>`;

const removed = (report: ReturnType<typeof article>['report'], why: string) =>
  report.entries.filter((e) => e.rule === 'furniture' && e.action === 'removed' && e.detail === why).map((e) => e.text);

const headings = (...words: string[]) => words.map((w) => `<div class="d-flex"><h3><a href="/search/${w}"></a>${w}</h3></div>`).join('');

describe('HTML furniture: the tags closing the article', () => {
  it('leaves out a run of one-word headings after the last paragraph, each reported', () => {
    const { body, report } = article(page(headings('Ferries', 'Islands', 'Hospital', 'Timetables')), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const w of ['Ferries', 'Islands', 'Hospital', 'Timetables']) expect(body).not.toContain(w);
    expect(removed(report, CLOSING_TAG_LIST_WHY)).toEqual(['Ferries', 'Islands', 'Hospital', 'Timetables']);
  });

  it('reads tags in a script without capitals, two words and linked ones mixed in', () => {
    const tags = `${headings('منوعات', 'دونالد ترامب')}<p><a href="/t/1">الجمهور</a></p>${headings('السبب')}`;
    const { body } = article(page(tags, 'ar'), 'page.html');
    for (const w of ['منوعات', 'دونالد ترامب', 'الجمهور', 'السبب']) expect(body).not.toContain(w);
    expect(body).toContain(P[2]);
  });

  it("keeps the article's sub-headings with prose under them, and two headings alone", () => {
    const sections = `<h2>Fares</h2><p>${P[0].replace('ferry', 'fare')}</p><h2>Cabins</h2><h3>Decks</h3><h3>Seats</h3><p>Both decks open at seven, and the seats in the lounge can be booked a week ahead of the crossing.</p>`;
    const inside = article(page(sections), 'page.html');
    for (const w of ['Fares', 'Cabins', 'Decks', 'Seats']) expect(inside.body).toContain(w);
    expect(removed(inside.report, CLOSING_TAG_LIST_WHY)).toEqual([]);
    // Two heads closing the article are the dangling-heads rule's (a box's title), not a tag list.
    expect(removed(article(page(headings('Ferries', 'Islands')), 'page.html').report, CLOSING_TAG_LIST_WHY)).toEqual([]);
  });

  it('keeps a closing run of headings that are sentences or longer titles', () => {
    const { body, report } = article(page('<h3>What next?</h3><h3>Have your say!</h3><h3>The island waits for spring</h3><h3>The crossing takes an hour.</h3>'), 'page.html');
    for (const h of ['What next?', 'Have your say!', 'The island waits for spring', 'The crossing takes an hour.']) expect(body).toContain(h);
    expect(removed(report, CLOSING_TAG_LIST_WHY)).toEqual([]);
  });
});

const badges = '<div class="stores"><a href="https://play.google.com/x"><div>Google Play</div></a><a href="https://apps.apple.com/x"><div>App Store</div></a></div>';

describe('HTML furniture: the app promotion closing the article', () => {
  it('leaves out the stores\' names and the promo line naming the app, with the line under it', () => {
    const promo = `<div>Download the Harbour News app for mobile phones</div><div>For the latest news and the daily programmes</div>${badges}`;
    const { body, report } = article(page(promo), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const l of ['Download the Harbour', 'latest news and the daily', 'Google Play', 'App Store']) expect(body).not.toContain(l);
    // The promo line itself is a call to action already (html-furniture.ts), and keeps that reason.
    expect(removed(report, APP_PROMOTION_WHY)).toEqual(['For the latest news and the daily programmes', 'Google Play', 'App Store']);
  });

  it('reads the promo line in other languages and the badges\' longer names', () => {
    const promo = '<div>حمل الآن تطبيق الأخبار للهواتف المحمولة</div><p><a href="https://play.google.com/x">GET IT ON Google Play</a></p><p><a href="https://appgallery.huawei.com/x">Explore it on AppGallery</a></p>';
    const { body } = article(page(promo, 'ar'), 'page.html');
    for (const l of ['حمل الآن', 'Google Play', 'AppGallery']) expect(body).not.toContain(l);
    expect(body).toContain(P[2]);
  });

  it("keeps a store's name heading the article's text, and a sentence that names the stores", () => {
    const section = `<h2>App Store</h2><p>Apple said the ferry company's app had been in the App Store since March, and would soon be in Google Play too.</p>`;
    const kept = article(page(section), 'page.html');
    expect(kept.body).toContain('App Store');
    expect(kept.body).toContain('soon be in Google Play too');
    const sentence = article(page('<p>The new timetable app is free.</p><p>It is on Google Play and the App Store.</p>'), 'page.html');
    expect(sentence.body).toContain('The new timetable app is free.');
    expect(sentence.body).toContain('It is on Google Play and the App Store.');
    for (const r of [kept.report, sentence.report]) expect(removed(r, APP_PROMOTION_WHY)).toEqual([]);
  });

  it('keeps the article\'s last paragraph about an app over a badge', () => {
    const { body } = article(page(`<p>The ferry company launched its own app for tickets last year.</p>${badges}`), 'page.html');
    expect(body).toContain('launched its own app for tickets last year.');
  });
});

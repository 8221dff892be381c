/**
 * HTML seeds: the site's note that it earns a commission when the reader buys through its links, in a
 * wording without "affiliate" (lib/html/furniture/commission-disclosure.ts). Left out and reported.
 * Guards: the article's own lines on commissions stay: a report on an agent's or a bank's commission,
 * a quote, a paragraph, and a note that names its affiliate links (the affiliate rule's to judge).
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isCommissionDisclosure } from '../../scripts/ingest/lib/html/furniture/commission-disclosure.ts';

const P = [
  'The county opened its new recycling depot on the edge of town this week, after two years of planning and one false start.',
  'Residents can bring glass, paper, metal and garden waste six days a week, and the depot takes old furniture on Saturdays.',
  'The council expects the depot to cut the waste sent to the landfill by a fifth within its first year of running.',
];

const page = (above: string, under = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>County opens a new recycling depot</title></head><body>
<article><h1>County opens a new recycling depot</h1>
${above}<p>${P[0]}</p>${under}<p>${P[1]}</p><p>${P[2]}</p>
</article></body></html>`;

describe("HTML furniture: the site's note that it earns a commission on the reader's purchases", () => {
  it('leaves out the note over the article, reported', () => {
    for (const line of [
      'We may earn commission from links on this page, but we only recommend products we trust.',
      'When you buy through our links, we may earn a commission. Learn more.',
    ]) {
      const { body, report } = article(page(`<p class="note">${line}</p>`), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body, line).not.toContain(line);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === line && e.detail?.startsWith("the site's note that it earns a commission")), line).toBe(true);
    }
  });

  it('reads the note in its wordings and languages', () => {
    for (const line of [
      'If you click on a link and make a purchase we may receive a small commission. Read our editorial policy.',
      'If you find this helpful and buy through my links, I may receive a small commission.',
      'Harbor Review may earn a commission when you buy through links on our sites.',
      'Purchases made through our links may earn us a commission.',
      'Wenn du über unsere Links einkaufst, erhalten wir eine kleine Provision.',
      'Si vous achetez via nos liens, nous pouvons percevoir une commission.',
      'Si compras a través de nuestros enlaces, podemos recibir una comisión.',
    ]) expect(isCommissionDisclosure(line), line).toBe(true);
  });

  it("keeps the article's own lines on commissions", () => {
    for (const line of [
      // A report: no page of its own is paid.
      'Travel agents recommend insurance because they get a commission when you buy it.',
      'The bank receives a commission on every transfer made through its app.',
      // A quote, in the site's voice but the speaker's words.
      '“We earn a commission on every sale through our links,” the founder said.',
      // The affiliate rule judges a note that names its affiliate links.
      'This post contains affiliate links: we may earn a commission when you buy through them.',
      // A commission that is a body of people, not pay.
      'Our commission will meet in June to review the links between the two schools.',
    ]) expect(isCommissionDisclosure(line), line).toBe(false);
    // A paragraph of the article that speaks of the site's pay at length is prose.
    const long = `${P[0]} ${P[1]} ${P[2]} We earn a commission from links on this page, and we explain why here. ${P[0]}`;
    expect(isCommissionDisclosure(long)).toBe(false);
    const { body } = article(page('', `<p>Our commission will meet in June to review the links between the two schools.</p>`), 'page.html');
    expect(body).toContain('Our commission will meet in June to review the links between the two schools.');
  });
});

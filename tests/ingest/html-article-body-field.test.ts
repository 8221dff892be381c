/**
 * HTML seeds behind a paywall: the page shows only the article's opening (a teaser), while its JSON-LD
 * `articleBody` holds the whole article. When the page's text is a short part of that field (a third
 * or less, its prose found in the field), the field's paragraphs are the body, reported. A field that
 * is only a little longer, or that the page's text is not part of, leaves the page's body as it is.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const FULL = [
  'The Harbor Post council approved a new ferry route on Thursday, linking the old port with the islands for the first time in twenty years.',
  'Boats will leave every two hours in summer and three times a day in winter, and tickets will cost the same as the bus into town, officials said.',
  'Islanders had asked for the route since the last ferry stopped in the early years of the century, when the company that ran it closed.',
  'The council will pay for two boats from its harbour fund, and hopes that visitors to the islands will cover most of the running costs.',
  'A first trial trip is planned for the spring, with the timetable to be set after talks with the island schools and the fishing cooperative.',
  'Shop owners on the largest island said they expected more visitors, but some residents worried about noise and traffic at the small landing.',
  'The harbour master said the landing would be widened before the service starts, and that the work would take no more than three months.',
  'Council members will review the route after its first year, and said they would add stops if the boats were full on most trips.',
];

const page = (shown: string[], field: string | null) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>New ferry route to the islands approved</title>
${field === null ? '' : `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'New ferry route to the islands approved', articleBody: field })}</script>`}
</head><body><article><h1>New ferry route to the islands approved</h1>
<div class="story">${shown.map((p) => `<p>${p}</p>`).join('')}<div class="paywall"><p>Subscribe to read the rest.</p></div></div></article></body></html>`;

describe("a paywalled page's JSON-LD articleBody", () => {
  it("reads the article from the field when the page shows only its opening, and reports it", () => {
    const { body, report } = article(page(FULL.slice(0, 1), FULL.join('\n\n')), 'page.html');
    for (const p of FULL) expect(body).toContain(p);
    expect(report.entries.some((e) => e.rule === 'article-body-field')).toBe(true);
  });

  it("keeps the page's text when the field is only a little longer, or holds another text", () => {
    const most = article(page(FULL.slice(0, 6), FULL.join('\n\n')), 'page.html');
    expect(most.body).not.toContain(FULL[7]);
    expect(most.report.entries.some((e) => e.rule === 'article-body-field')).toBe(false);
    const other = article(page(FULL.slice(0, 1), FULL.slice(1).join('\n\n')), 'page.html');
    expect(other.body).not.toContain(FULL[7]);
    expect(other.report.entries.some((e) => e.rule === 'article-body-field')).toBe(false);
  });

  it('takes no field that holds markup', () => {
    const { body } = article(page(FULL.slice(0, 1), FULL.map((p) => `<p>${p}</p>`).join('')), 'page.html');
    expect(body).not.toContain(FULL[7]);
    expect(body).not.toContain('<p>');
  });
});

/**
 * The site's note that it earns from the links on its pages ("When you buy through links on our site,
 * we may earn an affiliate commission"): the page's, never the article's, wherever it stands (above
 * the header, where the run used to start on it). Every line here is written for the test; the
 * first cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';

describe("a site's note on its affiliate links", () => {
  it('is the note, in English and German', () => {
    for (const line of [
      'Harbor Tech is supported by its audience. When you buy through links on our site, we may earn an affiliate commission. Learn more',
      'Harbor Tech is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.',
      'This post contains references to products from our advertisers. We may receive compensation when you click on links to those products.',
      'Advertising disclosure: We may receive compensation for some of the links in our stories.',
      'Für Links auf dieser Seite erhält Hafenblick ggf. eine Provision vom Händler, z.B. für blau unterstrichene.',
      'Wenn ihr über einen dieser Links bestellt, erhalten wir eine kleine Provision. Am Preis ändert sich nichts.',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'affiliate-links-note' });
  });

  it('leaves what an article reports of others, or a note with no links, alone', () => {
    for (const line of [
      'Publishers receive a commission when readers buy through their links, the study found.',
      'We may earn a commission on the sale of the harbour warehouse, the council treasurer said.',
      'Der Makler erhält eine Provision von drei Prozent, wenn das Haus verkauft wird.',
      // Longer than a note: a paragraph of the article, however it reads.
      `${'The harbour board discussed the budget at length. '.repeat(8)}When you buy through links on our site, we may earn an affiliate commission.`,
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });

  it('is left out above the headline, and the article is untouched', () => {
    const paragraphs = [
      'The new ferry between the islands carries two hundred passengers and forty cars, and it crosses the strait in under an hour even in a strong westerly wind.',
      'Its engines run on batteries charged at both harbours overnight, which the operator says halves the cost of every crossing compared with the old diesel boats.',
      'The operator plans two more ferries of the same class by the end of next year, once the harbours have the chargers to serve them.',
    ];
    const note = 'Harbor Tech is supported by its audience. When you buy through links on our site, we may earn an affiliate commission. Learn more';
    const page = ['Harbor Tech', note, 'Home News Ferries', 'The quiet ferry that halves the cost of a crossing', 'By Jane Porter', ...paragraphs].join('\n');
    const { body, report } = article(page);
    expect(body).not.toContain('affiliate commission');
    for (const p of paragraphs) expect(body).toContain(p);
    expect(report.entries.some((e) => e.rule === 'affiliate-links-note' && e.action === 'removed')).toBe(true);
  });
});

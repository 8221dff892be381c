/**
 * The site's note on its affiliate links or advertisers wherever it stands (main-text/inside/affiliate-notes.ts):
 * over the headline, between a guide's products, under a "*Werbung." label; and the advertisement's
 * label with a colon ("Advertisement:", "Anzeige:"), an advertisement placeholder (lib/page-text/chrome/chrome-rules.ts).
 * Left out; an article's longer paragraph on affiliate programmes, in the third person, stays. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';

describe("the site's note on its affiliate links or advertisers", () => {
  it('is left out over the headline of an English page', () => {
    const note = 'Harbor Gazette is supported by its audience. When you buy through links on our site, we may earn an affiliate commission. Learn more';
    const { kept, why } = chooseArticle(`Home\nReviews\n${note}\nObservatory opens its doors to foreign partners\nBy Tom Baker 11 February 2020\n${A1}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(note)).toMatch(/affiliate links or advertisers/);
  });

  it('is left out between the products of a German guide, and under a "*Werbung." label', () => {
    const plugin = 'Letzte Aktualisierung am 2.02.2024 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API';
    const [p1, p2, p3, p4] = GERMAN_PARAGRAPHS;
    const { kept, why } = chooseArticle(`${GERMAN_HEAD}\n${p1}\n${p2}\n${plugin}\n${p3}\n${p4}`);
    expect(kept).toEqual(GERMAN_PARAGRAPHS);
    expect(why.get(plugin)).toMatch(/affiliate links or advertisers/);
    const label = '*Werbung. Dieser Beitrag enthält Werbung für die Stadtwerke.';
    expect(chooseArticle(`${GERMAN_HEAD}\n${label}\n${GERMAN_PARAGRAPHS.join('\n')}`).kept).toEqual(GERMAN_PARAGRAPHS);
  });

  it('is left out in French', () => {
    const article = [
      'La mairie a décidé lundi de construire un nouveau terminal pour les ferries dans le port, et les travaux doivent commencer dès cet automne selon le plan adopté.',
      'Selon la ville, le chantier coûtera environ quarante millions d’euros, dont une grande partie sera payée par l’État si la demande est déposée à temps.',
      'Les habitants de la vieille ville se plaignent depuis des mois du bruit du chantier et demandent maintenant que les travaux cessent la nuit dès la semaine prochaine.',
    ];
    const note = 'Cet article contient des liens d’affiliation : nous pouvons toucher une commission sur vos achats.';
    expect(chooseArticle(`Un nouveau terminal pour le port\nPar Anne Leroy\n${article[0]}\n${note}\n${article[1]}\n${article[2]}`).kept).toEqual(article);
  });

  it('stays where an article speaks of such programmes at length, in the third person', () => {
    const own = 'Affiliate links have become the main income of many review sites: a shop pays the site a share of each sale its readers make, and regulators in several countries now require the sites to say so on every page where such links appear, which most of the large publishers have done since last year.';
    expect(chooseArticle(`Observatory opens its doors to foreign partners\nBy Tom Baker\n${A1}\n${own}\n${A2}\n${A3}`).kept).toEqual([A1, own, A2, A3]);
  });
});

describe("the advertisement's label with a colon", () => {
  it('is an advertisement placeholder', () => {
    for (const line of ['Advertisement:', 'ADVERTISEMENT:', 'Anzeige:', 'Publicidad:']) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'ad-label' });
    expect(chromeRuleOf('Advertisement: the council spent more on it this year')?.id).not.toBe('ad-label');
  });
});

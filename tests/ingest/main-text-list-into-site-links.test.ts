/**
 * Main-text precision: a list the article introduced ends where the site's own links begin. A
 * browser's text copy runs the footer on under the article's last list with no break the text shows
 * ("Das brauchen Sie:" / its items / "Folge uns auf" / "Instagram" / "Impressum"): the items are the
 * article's, the links are not. Small pages written here, in German, English and French; the links
 * were kept as items before the fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { isASiteLinkLabel } from '../../scripts/ingest/stages/main-text/shared/site-link-label.ts';

describe('main-text: a list the article introduced ends at the site links run on under it', () => {
  it('German: a recipe\'s ingredients, then the site\'s accounts and legal pages', () => {
    const P1 = 'Ein Hefeteig braucht Zeit, aber kaum Arbeit: Man rührt ihn am Abend an, lässt ihn über Nacht im Kühlschrank gehen und backt ihn am Morgen.';
    const P2 = 'Wer das Brot einmal so gebacken hat, möchte es nicht mehr anders machen, denn die Kruste wird kräftig und die Krume bleibt lange saftig und weich.';
    const INTRO = 'Für ein Brot brauchen Sie diese Zutaten:';
    const ITEMS = ['500 g Mehl', '10 g Salz', '2 g frische Hefe', '350 ml Wasser'];
    const SITE = ['Folge uns auf', 'Facebook', 'Instagram', 'Pinterest', 'Impressum', 'Kontakt', 'Datenschutz'];
    const { kept } = chooseArticle(['Startseite', 'Brot über Nacht', P1, P2, INTRO, ...ITEMS, ...SITE].join('\n'));
    for (const line of [P1, P2, INTRO, ...ITEMS]) expect(kept).toContain(line);
    for (const line of SITE) expect(kept).not.toContain(line);
  });

  it('English: what the job needs, then the site\'s accounts and its service pages', () => {
    const P1 = 'Repotting a lemon tree is easier in spring, when the roots are growing again and the plant recovers within a few weeks of the move.';
    const P2 = 'Choose a pot only a little larger than the old one, since too much wet soil around small roots is what kills most young citrus trees.';
    const INTRO = 'Here is everything you will need for the job:';
    const ITEMS = ['A pot two inches wider', 'Citrus potting mix', 'A pair of gloves', 'A watering can'];
    const SITE = ['Instagram', 'Pinterest', 'Contact', 'About Us', 'Advertise'];
    const { kept } = chooseArticle(['Home', 'How to Repot a Lemon Tree', P1, P2, INTRO, ...ITEMS, ...SITE].join('\n'));
    for (const line of [P1, P2, INTRO, ...ITEMS]) expect(kept).toContain(line);
    for (const line of SITE) expect(kept).not.toContain(line);
  });

  it('French: the list, then "Suivez-nous" and the legal notice', () => {
    const P1 = 'La mairie a présenté mardi soir le programme des travaux de la place du marché, qui doivent commencer au printemps et durer près de deux ans.';
    const P2 = 'Les commerçants, inquiets pour leur chiffre d’affaires, ont obtenu que le marché du samedi reste ouvert pendant toute la durée du chantier.';
    const INTRO = 'Le chantier se fera en trois étapes successives :';
    const ITEMS = ['La rénovation des réseaux souterrains', 'Le nouveau revêtement de la place', 'La plantation de quarante arbres'];
    const SITE = ['Suivez-nous', 'Facebook', 'Instagram', 'Mentions légales', 'Politique de confidentialité', 'Contact'];
    const { kept } = chooseArticle(['Accueil', 'Place du marché : trois ans de travaux', P1, P2, INTRO, ...ITEMS, ...SITE].join('\n'));
    for (const line of [P1, P2, INTRO, ...ITEMS]) expect(kept).toContain(line);
    for (const line of SITE) expect(kept).not.toContain(line);
  });

  it('keeps an article\'s list of social networks when its prose goes on under it', () => {
    const P1 = 'The survey asked two thousand teenagers which apps they open first in the morning, and the answers were much the same in every region.';
    const INTRO = 'The three apps they named most often, by the survey\'s count:';
    const ITEMS = ['TikTok', 'Instagram', 'YouTube'];
    const P2 = 'Messaging apps came fourth, although the researchers think many teenagers did not count them as social media when they answered the question.';
    const P3 = 'The study will be repeated next year with a larger group, and the researchers want to ask about the time spent in each app as well.';
    const { kept } = chooseArticle(['Home', 'What Teenagers Open First', P1, INTRO, ...ITEMS, P2, P3, 'Privacy Policy', 'Contact'].join('\n'));
    for (const line of [P1, INTRO, ...ITEMS, P2, P3]) expect(kept).toContain(line);
  });

  it('keeps an item that only looks like a site link, as the article\'s list ends on it', () => {
    const P1 = 'The housing office opened its waiting lists for next year on Monday, and families can apply online or at the office until the end of March.';
    const P2 = 'Applicants must show a year of income and a valid lease, and the office says most answers will be sent out within six weeks of the deadline.';
    const INTRO = 'The office runs four programs for renters this year:';
    const ITEMS = ['Rental Assistance Program', 'Senior Housing Program', 'Family Self-Sufficiency', 'Accessibility Program'];
    const { kept } = chooseArticle(['Home', 'Waiting Lists Open for Next Year', P1, P2, INTRO, ...ITEMS, 'Privacy Policy', 'Terms of Use'].join('\n'));
    for (const line of [P1, P2, INTRO, ...ITEMS]) expect(kept).toContain(line);
  });

  it('reads a site link alone on its line, not a line that only names one', () => {
    for (const line of ['Impressum', 'Privacy Policy', 'Terms of Use', 'Instagram', 'harborpower @ Facebook', 'Folgen Sie uns auf:', 'Follow us', 'Síguenos en', 'Mentions légales'])
      expect(isASiteLinkLabel(line)).toBe(true);
    for (const line of ['Folge 12', 'Find the right pot', 'Contact lenses and other small items you will want with you', 'Instagram influencers and their followers', 'Privacy International says the law goes too far.'])
      expect(isASiteLinkLabel(line)).toBe(false);
  });
});

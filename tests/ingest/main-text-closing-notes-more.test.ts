/**
 * More of the site's closing notes under an article (lib/page-text/boxes/closing-note.ts): an appeal that
 * asks what the story just read was worth, or says the news is given for free; an appeal to add the
 * site as a preferred source or to follow its channel; a call for readers' stories or tips given in
 * confidence; a note that an agency's copy was run unedited or which sources the report draws on; the
 * kind of piece the site says this is; a sister title's content shown here; an investment's risk.
 * Each is left out where it closes the article, with its reason, and kept where the article goes on
 * under it. A note right above the site's closing promotions is looked for again once the article
 * ends above them. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
const HEAD = 'Observatory opens its doors to foreign partners\nBy Tom Baker';

const ENGLISH_NOTES = [
  'Wait! Before you go on with your day, ask yourself how likely it is that the story you just read would have been written by anyone else if we did not exist.',
  'We are proud to provide our readers from around the world with independent, honest and careful news for free, both online and in print.',
  'Add the Harbor Gazette as a Preferred Source on Google to see more of our stories in your search results.',
  'We want to hear from you: Are you a scientist who has worked at the observatory? Tell us about it in the form below.',
];
const GERMAN_NOTES = [
  'Die Redaktion hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Nachrichtenagentur übernommen.',
  'Mit Informationen der Korrespondentinnen und Korrespondenten sowie der Nachrichtenagenturen im Haus.',
  'Sie arbeiten bei den Stadtwerken und haben Hinweise zum Thema? Melden Sie sich vertraulich und sicher bei der Redaktion.',
  'Das Hafenmagazin ist eine Partnermarke des Hafenblatts. Sie können diesen Inhalt sehen, weil wir ausgewählte Stücke hier zeigen.',
  'Aktien und andere Anlagen sind mit einem Risiko verbunden. Auch ein Totalverlust des eingesetzten Kapitals kann nicht ausgeschlossen werden.',
];

describe('more of the site’s closing notes', () => {
  it('are left out where they close the article, each with its reason', () => {
    for (const note of ENGLISH_NOTES) {
      const { kept, why } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${note}`);
      expect(kept, note).toEqual([A1, A2, A3]);
      expect(why.get(note), note).toMatch(/closing note|after the article/);
    }
    for (const note of GERMAN_NOTES) {
      const { kept } = chooseArticle(`${GERMAN_HEAD}\n${GERMAN_PARAGRAPHS.join('\n')}\n${note}`);
      expect(kept, note).toEqual(GERMAN_PARAGRAPHS);
    }
    const swedish = 'Detta är en nyhetsartikel. Tidningen granskar och ger dig de senaste nyheterna på ett sakligt sätt. Mer om oss här.';
    const article = [
      'Kommunen har beslutat att bygga en ny färjeterminal i hamnen, och arbetet ska börja redan i höst enligt planen som antogs på måndagen.',
      'Enligt kommunen kostar bygget omkring fyrtio miljoner kronor, och staten väntas betala en stor del av kostnaden om ansökan godkänns i tid.',
      'De boende i gamla stan har klagat på bullret från bygget i flera månader och kräver nu att arbetet stoppas under nätterna från och med nästa vecka.',
    ];
    expect(chooseArticle(`Ny färjeterminal i hamnen\nAv Anna Lind\n${article.join('\n')}\n${swedish}`).kept).toEqual(article);
  });

  it('keeps such words where the article goes on under them', () => {
    const quoted = 'The director said the story you just read about the observatory was only the beginning, and that more partners would follow by the end of the decade.';
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${quoted}\n${A2}\n${A3}`);
    expect(kept).toEqual([A1, quoted, A2, A3]);
  });

  it('is found right above the site’s closing promotions', () => {
    const note = ENGLISH_NOTES[1];
    const box = ['Newsletter', 'Harbor Morning', 'Every morning the three stories from the harbour you need to know, in a few lines.', 'Sign up for our newsletter now'];
    const { kept } = chooseArticle(`${HEAD}\n${A1}\n${A2}\n${A3}\n${note}\n${box.join('\n')}\nComments`);
    expect(kept).toEqual([A1, A2, A3]);
  });
});

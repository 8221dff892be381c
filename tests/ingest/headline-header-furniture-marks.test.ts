/**
 * Lines of an article's header that the text path's headline chooser took for the headline (issue 13,
 * session 51's census of the text path's headline misses on the utomo and aed dev halves): a
 * picture's caption that names the people by their places in it ("(L-R) …", "From left: …"), a
 * reading time written "3 min to read", and the author's role over a line of marks alone (the ","
 * a byline's template leaves) over the date. Each shares the article's words or stands over the date
 * as a headline does; none is one.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { notAHeadline } from '../../scripts/ingest/lib/page-text/headline/title.ts';
import { captionByPosition, courtesyCredit } from '../../scripts/ingest/lib/page-text/headline/picture-credit-marks.ts';

const titleOf = (page: string) => article(page).record.title;

const P1 = 'The harbour council approved a second ferry line to the islands on Monday, after two years of talks with the ferry company and the island towns.';
const P2 = 'The ferry company will run the new line from the old harbour twice a day, the council said, and the islands will pay a third of its cost.';
const P3 = 'Ferry users on the islands had asked for a second line since the old one was cut back in the winter, when the company sold two of its boats.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

/** A company page's header: a menu, other stories, the headline, its deck, an unread byline row, the caption, a box's label, then the run. */
const CAPTION_PAGE = `Home\nCompanies\nMarkets\nEconomy\nPolitics\nTechnology\nOpinion\nCompany\nScience & Technology\nNews\nAuthors\nYou are here: Home » Companies » News\nMarket watchdog rejects the rail operator's speed claim\nCybersecurity for ports? Active management, not defence, is the key\nWith two new boats in place, Harbour sails every hour\nIn January, the ferry company said it had crossed a million passengers on the island line, reports Harbour Daily\nJane Roe | Harbour Daily March 21, 2025 Last Updated at 12:15 IST\n(L-R) John Doe, Chief Executive, Ferry Company Islands & Anna Berg, Harbour Council, at the launch of the second ferry line and announcement of the new pier\nALSO READ\nRail operator wins the night trains; followed by the bus company Port museum opens its doors Council cuts the bus fares Islands vote on the new school Ferry strike ends after a week Harbour pier reopens to walkers Old lighthouse gets a new lamp Town hall gets a new roof Market hall to close in May Bridge works start\nFerry Company from Harbour. We have got used to hearing the "from Harbour" after Ferry Company. But that cannot be true anymore on the islands. The company now builds its boats on the islands too.\nJohn Doe, chief executive and managing director of the Ferry Company, declared it while announcing the second ferry line and the new pier for the islands, built with the Harbour Council.\n"We have been able to create work for more than 500 people on the islands. Half of them are women," John Doe said at the launch.\nOn the mainland, the Ferry Company's home, it took a big hit when the bridge opened, and its passengers fell by a third in a year.`;
/** A news page's header: the menu, skip links, the headline, the author's name and role, a "," the template left, the outlet and date, the caption. */
const ROLE_PAGE = `Home\nMail\nNews\nSports\nFinance\nEntertainment\nLifestyle\nAnswers\nGroups\nMore\nHarbour\nSearch\nSearch\nSkip to Navigation\nSkip to Main Content\nSkip to Related Content\n0\nMayor makes a plea to voters and signals a way forward for the towns\nJane Roe\nSenior Political Correspondent\n,\nHarbour Daily•March 21, 2025\nThe mayor of Harbour with the council's candidate for the islands during a meeting at the old harbour hall in Harbour, Mar. 20, 2025. (Photo: John Doe/Harbour Daily)\nMore\nMaking a rare visit to the islands, the mayor of Harbour asked islanders on Thursday night to back the second ferry line in the council's vote next week, saying the political fight over the line could not go on another winter.\n“We need you to take this seriously, because the islands are cut off every time a boat breaks down,” the mayor told a crowd of five hundred people in the old harbour hall, to long applause from the islanders.\nAs the mayor spoke, the council's candidate for the islands sat on a chair next to the stage, nodding along, and later told reporters that the ferry company had already ordered two new boats for the line.\nOn the presumption that many islanders in the hall had not followed the talks with the ferry company, the mayor spent much of the evening explaining how the new line would run and who would pay for it.`;

describe('a caption that names the people in its picture by their places', () => {
  it('is read in several languages, a list of people after the marker', () => {
    expect(captionByPosition('(L-R) Jane Roe, harbour master, and John Doe, ferry captain, at the new pier')).toBe(true);
    expect(captionByPosition('From left: Jane Roe and John Doe at the harbour')).toBe(true);
    expect(captionByPosition('L-R: Jane Roe, John Doe')).toBe(true);
    expect(captionByPosition('v.l.n.r.: Anna Berg und Jan Roe am Hafen')).toBe(true);
    expect(captionByPosition('De gauche à droite : Anne Roy et Paul Roy au port')).toBe(true);
    expect(notAHeadline('(L-R) Jane Roe, harbour master, and John Doe, ferry captain, at the new pier')).toBe(true);
  });

  it('leaves headlines that open on the same words alone (guard)', () => {
    // No list of people after the marker.
    expect(captionByPosition('From Left to Right: How the Harbour Party Moved')).toBe(false);
    expect(captionByPosition('Left Behind: the towns the ferry forgot')).toBe(false);
    expect(captionByPosition('From left field, a surprise for the harbour council')).toBe(false);
    expect(notAHeadline('From Left to Right: How the Harbour Party Moved')).toBe(false);
  });

  it('is not taken for the headline, which is', () => {
    // The caption shares more of the article's words than the headline does, and stands over the run.
    expect(titleOf(CAPTION_PAGE)).toBe('With two new boats in place, Harbour sails every hour');
  });
});

describe('a credit that thanks its source', () => {
  it('is a picture credit', () => {
    expect(courtesyCredit('Courtesy of Harbor Films', 4)).toBe(true);
    expect(courtesyCredit('Photo courtesy of the harbour council', 6)).toBe(true);
    expect(courtesyCredit('COURTESY OF THE RESEARCHERS', 4)).toBe(true);
    expect(courtesyCredit('Courtesy: Jane Roe', 3)).toBe(true);
    expect(notAHeadline('Courtesy of Harbor Films')).toBe(true);
  });

  it('leaves a headline that opens on the word alone (guard)', () => {
    expect(courtesyCredit('Courtesy Calls', 2)).toBe(false);
    expect(courtesyCredit('Courtesy of the council, a ferry. Then a second one', 10)).toBe(false);
    expect(notAHeadline('Courtesy Calls')).toBe(false);
  });
});

describe('a reading time written "3 min to read"', () => {
  it('is no headline; a line about reading is one (guard)', () => {
    expect(notAHeadline('3 min to read')).toBe(true);
    expect(notAHeadline('12 minutes to read')).toBe(true);
    expect(notAHeadline('Five books to read on the ferry this summer')).toBe(false);
  });

  it('is not taken for the headline over the article', () => {
    const page = `Opinion\nThe islands finally get the second ferry line they asked for\n${P1}\nBy Jane RoeColumnist\nMar 21, 2025\nSaturday, March 21, 2025\n3 min to read\nArticle was updated Mar 21, 2025\nShare\nPrint\n${BODY}`;
    expect(titleOf(page)).toBe('The islands finally get the second ferry line they asked for');
  });
});

describe('the author’s role over a line of marks alone and the date', () => {
  it('is not the headline: the line over the name is', () => {
    // The role shares a word of the article ("political") and the headline few: the role won over the date.
    expect(titleOf(ROLE_PAGE)).toBe('Mayor makes a plea to voters and signals a way forward for the towns');
  });

  it('leaves the role right over the date read as before (guard)', () => {
    expect(titleOf(ROLE_PAGE.replace('\n,\n', '\n'))).toBe('Mayor makes a plea to voters and signals a way forward for the towns');
  });
});

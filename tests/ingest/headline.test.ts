/**
 * The headline of a plain-text page (issue 13, item 3): the line above the article that its own
 * byline or date follows, never a page label, a byline, a caption, the first sentence or another
 * story's headline. Small pages written here, shaped like what a browser's innerText gives.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { headerLine, headlineShaped, isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { isPhotoCredit } from '../../scripts/ingest/lib/page-text/headline/title.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const P1 = 'China has launched a new science programme with twelve countries in Africa, the ministry of science and technology said on Tuesday in Beijing.';
const P2 = 'The programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.';
const P3 = 'Officials said the first laboratories would open in Nairobi and Addis Ababa next spring, with more to follow in the west of the continent.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

const titleOf = (page: string) => article(page).record.title;

describe('a headline with a full stop or a question inside', () => {
  it('is not cut at its internal full stop', () => {
    const page = `Menu\nThe Lab. A new science hub opens in Nairobi with Chinese partners\nBy Jane Smith\nNovember 19, 2019\n\n${BODY}`;
    const { record, body } = article(page);
    expect(record.title).toBe('The Lab. A new science hub opens in Nairobi with Chinese partners');
    expect(body).not.toMatch(/^The Lab/);
  });

  it('keeps a quoted slogan with full stops whole', () => {
    const page = `Science\n‘Science. We’re on it.’: African labs divided on China’s new programme\nUpdated Nov 19, 9:41 AM\n\n${BODY}`;
    expect(titleOf(page)).toBe('‘Science. We’re on it.’: African labs divided on China’s new programme');
  });

  it('keeps a question and its answer together', () => {
    const page = `Home\nLooking for a lab? Here are 12 new science hubs in Africa\nJane Smith | The Daily Planet\n\n${BODY}`;
    expect(titleOf(page)).toBe('Looking for a lab? Here are 12 new science hubs in Africa');
  });
});

describe('the headline among page chrome', () => {
  it.each([
    ['share labels and a sign-in prompt', 'Share on Google Plus\nShare via Email\nYou are signed in as\n'],
    ['skip links', 'Jump to navigation Skip navigation\n'],
    ['a label with an empty value and a lone number', 'Publish date:\n6\n'],
    ['a relative time in another language', 'před 2 hodinami\n'],
    ['a breadcrumb path', 'Home > Science > Africa\nHome · Science · New science plan for Africa launched by China\n'],
    ['a run of menu words', 'News Tech Health Planet Earth Strange News Animals History Space Culture More\n'],
  ])('skips %s', (_, chrome) => {
    const page = `${chrome}New science plan for Africa launched by China\nBy Jane Smith\nNovember 19, 2019\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
  });

  it('is not the byline, in any of its shapes', () => {
    for (const byline of ['Analysis by Jane Smith, Science editor-at-large', 'Jane Smith | The Daily Planet', 'Daniel Voss, AP National Security Writer', 'Jane Smith, Daily Planet']) {
      const page = `Science\nNew science plan for Africa launched by China\n${byline}\nUpdated 1909 GMT November 18, 2019\n\n${BODY}`;
      expect(titleOf(page), byline).toBe('New science plan for Africa launched by China');
    }
    expect(isAuthorLine('Analysis by Jane Smith, CNN Editor-at-large', { byline: false, words: 7 })).toBe(true);
    expect(isAuthorLine('Scientists by the thousand flock to Nairobi', { byline: false, words: 7 })).toBe(false);
  });

  it('is not a photo caption or the first sentence', () => {
    const page = `Africa\nNew science plan for Africa launched by China\nBy Jane Smith\nNovember 19, 2019\nResearchers work in a laboratory in Nairobi, Kenya, on November 18, 2019. (Photo: Jane Smith/Agency)\n\n${BODY}`;
    const { record, body } = article(page);
    expect(record.title).toBe('New science plan for Africa launched by China');
    expect(body).toContain(P1);
  });

  it('is not another story’s headline in a teaser box between the headline and the article', () => {
    const teasers = ['Trade talks between China and the US going well, says ministry', 'China science budget grows for the tenth year', 'African universities sign research pacts with Chinese partners', 'What the new science plan means for Kenya'];
    const page = `World\nNew science plan for Africa launched by China\nBy Jane Smith, Science Correspondent\nUpdated 0339 GMT November 19, 2019\n${teasers.join('\n')}\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
  });

  it('is the headline, not the standfirst under it', () => {
    const page = `Science\nNew science plan for Africa launched by China\nTwelve countries join a five-year programme of joint laboratories\nBy Jane Smith\nNovember 19, 2019\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
  });

  it('is found after a site blurb the article run opened on', () => {
    const blurb = 'Science Daily is supported by its readers. When you buy through links on our site, we may earn a commission that pays for our work.';
    const page = `Menu\n${blurb}\nHome News\nNew Science Plan For Africa Launched By China\nBy Jane Smith - Staff Writer 2019-11-19T12:48:14Z\nShares\n\n${BODY}`;
    expect(titleOf(page)).toBe('New Science Plan For Africa Launched By China');
  });

  it('may hold a unit or a brand that looks like two texts run together, when its byline follows', () => {
    const page = `Science\nChina’s New Telescope Falls Short of 4K at Launch, Sharper Images Due in 2020\nBy Jane Smith\nNov 18\n\n${BODY}`;
    expect(titleOf(page)).toBe('China’s New Telescope Falls Short of 4K at Launch, Sharper Images Due in 2020');
  });

  it('is not a short label above a byline, when the headline has the article’s header too', () => {
    const page = `Science Diplomacy\nBy Jane Smith\nTwelve Nations Open Labs With Beijing\nThe five-year programme starts in Nairobi and Addis Ababa next spring\nPhoto: Agency\nNovember 19, 2019\n\n${BODY}`;
    expect(titleOf(page)).toBe('Twelve Nations Open Labs With Beijing');
  });

  it('is never the page’s address, a path of sections or a row of tags, though they hold its words', () => {
    const en = detectLanguage(BODY);
    for (const line of ['https://news.example.com/science/article/New-science-plan-for-Africa-14848099.php', 'Home · Science · New science plan for Africa', '#science #africa #china']) {
      expect(headlineShaped(line, blockFeatures(line, en), false), line).toBe(false);
    }
    expect(headlineShaped('New science plan for Africa launched by China', blockFeatures('New science plan for Africa launched by China', en), false)).toBe(true);
  });

  it('is never a day without its year', () => {
    const page = `Science\nNov 18\n\n${BODY}`;
    expect(titleOf(page)).not.toBe('Nov 18');
  });

  it('may be two words the page repeats, when its byline follows', () => {
    const page = `Home » Column »\nColumn\nAbout glitches\nAugust 13, 2018\nPosted by Quasar\n\nNo program ships without glitches, and the teams that test them know it better than anyone else in the trade.\n\n${P2}`;
    expect(titleOf(page)).toBe('About glitches');
  });
});

describe('the headline, not a media item’s title between it and the article', () => {
  it('is not the title of a video the page plays above the article, though its caption shares its words', () => {
    const page = `World\nPublished 22 hours ago\nTwelve nations join Beijing research drive as ministry courts partners\nBy Jane Smith | Daily Planet\nFacebook\nTwitter\nPrint\nclose\nVideo\nDaily Planet Flash top science headlines for Nov. 19\nDaily Planet Flash top science and technology headlines for Nov. 19 are here. Check out what's clicking today in science.\n\n${BODY}`;
    expect(titleOf(page)).toBe('Twelve nations join Beijing research drive as ministry courts partners');
  });
});

describe('the headline over a byline that is only a name', () => {
  it('is the line over the author’s bare name and the date, not the menu’s last story above it', () => {
    const page = `Science\nLifestyle\nAbout\nAfrica 2019: Grab the Hottest Early Science Deals From Beijing Here\nThe 12 best new science laboratories in Africa\nJane Smith\nNovember 19th, 2019 at 8:40 AM\nShare Tweet\n\n${BODY}`;
    expect(titleOf(page)).toBe('The 12 best new science laboratories in Africa');
  });
});

describe('the headline, not a photo’s credit or caption', () => {
  const headline = '10 things you need to know this morning';
  it.each([
    ['a credit in brackets between the headline and its byline', `Science\n${headline}\n(Jane Roe / Associated Agency)\nBy John Doe\n19.11.2019, 08:57\n\n${BODY}`],
    ['a caption with its credit run into the full stop', `Science\n${headline}\nJohn Doe, Daily Planet\n19.11.2019, 08:57\nfacebook\ntwitter\nThe new laboratory building of the science programme in Nairobi.Agency\n\n${BODY}`],
    ['a caption ending in "Name/Outlet"', `Science\n${headline}\nJohn Doe, Daily Planet\n19.11.2019, 08:57\nfacebook\ntwitter\nScience ministry officials in Beijing Jane Roe/The Daily Agency\n\n${BODY}`],
  ])('skips %s', (_, page) => {
    expect(titleOf(page)).toBe(headline);
  });

  it('tells a credit from a headline with a slash or brackets', () => {
    for (const credit of ['(Jane Roe / Associated Agency)', 'Jane Roe/The Daily Planet', 'Photo: Jane Roe', 'Researchers in a laboratory in Nairobi.Agency', 'A laboratory in Nairobi Jane Q. Roe / Agency', 'The laboratory where the programme began in Nairobi, Kenya.Jane Roe / Agency file']) {
      expect(isPhotoCredit(credit, credit.split(/\s+/).length), credit).toBe(true);
    }
    for (const headline of ['Science Week 3 / October issue', 'The return of AC/DC to Nairobi', 'Looking for a lab? Here are 12 new science hubs', 'Photography prize goes to a Nairobi lab', 'Science hubs (and their labs) open in Africa']) {
      expect(isPhotoCredit(headline, headline.split(/\s+/).length), headline).toBe(false);
    }
  });
});

describe('the headline inside the run main-text found', () => {
  it('is found under a notice, a sponsor label, a date and "Share" that the run opened on', () => {
    const page = `Newsletters\nPlease turn on your JavaScript for this page to function normally.\nDaily Planet Sponsored\nNovember 24, 2025\nShare\nTwelve science deals to explore in Nairobi\n\n${BODY}`;
    expect(titleOf(page)).toBe('Twelve science deals to explore in Nairobi');
  });
});

describe('the headline, whose words run through the article', () => {
  it('beats a clip’s title whose words only its own caption repeats', () => {
    const page = `World\nTwelve nations join Beijing research drive\nBy Jane Smith | Daily Planet\nFacebook\nTwitter\nWeekly flash: top science headlines for the week of Nov. 19\nWeekly flash: the top science headlines for the week of Nov. 19 are here, with the week's biggest launches and flash news.\nTwelve nations have signed up to a programme that China launched in Africa, the ministry of science and technology said on Tuesday.\nThe programme will fund joint laboratories and train young researchers over the next five years, the ministry said in a statement.\nOfficials said the first laboratories of the research drive would open in Nairobi and Addis Ababa next spring, with more to follow.\nThe twelve nations that join will share the cost of the research drive with Beijing, which has promised equipment and training.\nDiplomats from the twelve nations that join called the Beijing research drive a turning point for the continent.`;
    expect(titleOf(page)).toBe('Twelve nations join Beijing research drive');
  });
});

describe('the headline, not a teaser dated only by its age', () => {
  it('is not another story’s headline run into its summary over "7 hours ago"', () => {
    const page = `Science Videos\nScience Forecast For Africa: Twelve Laboratories Open In NairobiThe ministry says the laboratories of the programme open next spring\n7 hours ago\nNairobi Science News\nMinistry Hails Programme With Beijing\nNovember 19, 2019 at 9:45 am\n\n${BODY}`;
    expect(titleOf(page)).toBe('Ministry Hails Programme With Beijing');
  });
});

describe('the headline, not the first story of a box under it', () => {
  it('is not the line right under "See also", though its summary leads into the article', () => {
    const related = ['China science programme: officials scramble to find laboratories in Africa', 'Kenyan universities sign research pacts with Beijing', 'Science budget grows for the tenth year'];
    const page = `NEWS\nKenya and Ethiopia sign up for Beijing science drive\nBy Jane Smith\nNovember 18, 2019 | 4:10pm\nEnlarge Image\nMore On:\nscience\n${related.join('\n')}\nSee also\nChina launches science programme with twelve countries in Africa\nChina has launched a science programme with twelve countries in Africa,...\n\n${BODY}`;
    expect(titleOf(page)).toBe('Kenya and Ethiopia sign up for Beijing science drive');
  });
});

describe('a sentence of the article is never its headline', () => {
  it('not even when the next sentences repeat its words (its own words count once)', () => {
    // Three short sentences and no line shaped like a headline above them but a label over the date:
    // the second sentence shares "laboratories" and "province" with the first, and with itself.
    const page = 'Numbers test page\n\n2021-05-06\n\nThe province opened 14 laboratories and trained 370 engineers last year.\n\nA later survey found 12 laboratories in the same province.\n\nThe fund financed 45 projects across the region.\n';
    const { record, body } = article(page);
    expect(record.title).toBe('Numbers test page');
    expect(body).toContain('A later survey found 12 laboratories in the same province.');
  });
});

describe('the headline, not another line of the article’s own header', () => {
  it('may hold a brand or a model run into its next word ("BeiDou and"), when a standfirst and a byline follow', () => {
    const page = `Science\nDeals\nWeekly Deals: More Science Kits Are Live, Including BeiDou and GreenTech Receivers, and More\nScience Kits Go on Sale Next Week, But Several Deals Go Live Today\nBy Jane Smith, Staff Writer\nUpdated: 18 Nov 2019 9:38 pm\n\n${BODY}`;
    expect(titleOf(page)).toBe('Weekly Deals: More Science Kits Are Live, Including BeiDou and GreenTech Receivers, and More');
  });

  it('is the first of a headline and its standfirst, though the standfirst shares more words with the article', () => {
    const page = `Sport\nNairobi lab takes the prize\nTwelve laboratories from Africa completed a frantic final year of the programme with China to win the continental science prize\nAssociated Press\nPublished 11:26 pm EST, Tuesday, November 19, 2019\n\n${BODY}`;
    expect(titleOf(page)).toBe('Nairobi lab takes the prize');
  });

  it('is the headline above a notice and a standfirst, over the author’s bare name and the date', () => {
    const page = `Review\nFive of the best science books of 2019\nThis article is more than 3 months old\nLaboratories in Nairobi, a programme with China, twelve countries and young researchers in a year of science in Africa\nJane Smith\nTue 19 Nov 2019 12.00 CET\nShare\n\n${BODY}`;
    expect(titleOf(page)).toBe('Five of the best science books of 2019');
  });

  it('is not a line between the article’s byline and its first paragraph, which has no header of its own', () => {
    const page = `Home » Science »\nScience\nNairobi Notes 3 / November\nNovember 19, 2019\nPosted by Jane Smith\nLeave a comment\n\nWhat is new in the programme?\n\nTwelve countries join the science programme launched by China this year\n\n${BODY}`;
    expect(titleOf(page)).toBe('Nairobi Notes 3 / November');
  });

  it('is not a story in a box of other stories under the article’s header, though the box’s stories have bylines', () => {
    const page = `Accueil\nMonde\nNew science plan for Africa launched by China\nAgency 19 November 2019 at 07:19 (Updated: 19 November 2019 at 07:38)\nFacebook\nTwitter\nA researcher at work in Nairobi on November 19, 2019. (Photo Jane Roe. Agency)\nThe minister welcomed the first researchers at the airport in Nairobi on Tuesday morning.\nSee also\nReport\nIn Nairobi, labs under pressure\nBy John Doe\nInterview\nNairobi: «The more hours pass, the less useful the laboratories are»\nBy Mary Major\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
  });

  it('is followed by its byline across a photo credit, a section name and a stamp run into a button', () => {
    const menu = ['Africa', 'Asia & Pacific', 'Europe', 'Science Programme', 'By Any Means Possible', 'Double Helix', 'Lab Notes', 'The Critical Question', 'Cartoons', 'Infographics', 'Video', 'Photo', 'Listen Live', 'Search'];
    const page = `${menu.join('\n')}\nTwelve Nations and One Programme\n© AGENCY / POOL\nColumnists\n21:17 18.11.2019Get short URL\nby Jane Smith\n4553\nSubscribe\n\n${BODY}`;
    expect(titleOf(page)).toBe('Twelve Nations and One Programme');
  });

  it('is not the newsroom’s credit line ("Daily Planet Editorial Staff")', () => {
    const page = `Science\nNew science plan for Africa launched by China\nDaily Planet Editorial Staff\nNovember 19, 2019\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
    expect(isAuthorLine('Daily Planet Editorial Staff', { byline: false, words: 4 })).toBe(true);
    expect(isAuthorLine('Science Staff', { byline: false, words: 2 })).toBe(true);
    expect(isAuthorLine('Staff cuts hit science labs in Nairobi', { byline: false, words: 7 })).toBe(false);
  });

  it('is not a share bar’s label', () => {
    const page = `Science\nNew science plan for Africa launched by China\nShare Close extra sharing options\nBy Jane Smith\nNovember 19, 2019\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
  });

  it.each([
    ['a quote, then its "said" clause', '“We will open twelve laboratories in Africa with our partners in China,” the minister of science and technology said on Tuesday'],
    ['a "said" clause, then the quote', 'The minister of science and technology said on Tuesday: “We will open twelve laboratories in Africa with our partners in China”'],
  ])('is not the article’s first paragraph when it is %s', (_, quote) => {
    const page = `Science\nNew science plan for Africa launched by China\n${quote}\n\n${BODY}`;
    const { record, body } = article(page);
    expect(record.title).toBe('New science plan for Africa launched by China');
    expect(body).toContain(quote);
  });
});

describe('the headline below other stories the article run opened on', () => {
  const teasers = [
    'Explore The 3 Top Labs in Nairobi\u2019s River DistrictVisiting Nairobi, or just looking to better appreciate what its laboratories have to offer? From a research hub to a science museum, here is where to go.',
    'Heading To A Science Fair? Be Sure To Check Out Our Guides To The Best Science Fairs In Kenya This Year, with every fair we could find.',
    'Autos',
    'Carmakers Open Talks With Science Ministry; Strike PossibleThe union on Monday turned its bargaining focus to the ministry, raising the possibility of a strike at its laboratories.',
    'More',
  ];
  it('is the line with its date under it, a few lines into the run, and the stories above it leave the body', () => {
    const page = `Weather\nFirst Forecast Science November 20, 2019 (Overnight)Patchy Fog Continues\n7 hours ago\n${teasers.join('\n')}\nKenya Officials: Twelve Nations Join Science Programme\nNovember 19, 2019 at 9:45 am\n\n${BODY}`;
    const { record, body, report } = article(page);
    expect(record.title).toBe('Kenya Officials: Twelve Nations Join Science Programme');
    expect(body).toContain(P1);
    expect(body).not.toContain('Explore The 3 Top Labs');
    expect(body).not.toContain('Strike Possible');
    // Nothing lost: the stories above the headline are reported.
    expect(report.entries.some((e) => e.text?.includes('Strike PossibleThe union'))).toBe(true);
  });
});

describe('the headline over its standfirst, with no byline', () => {
  it('is the first of the two lines right over the article, though the standfirst shares more of its words', () => {
    const standfirst = 'Twelve countries join a programme that will fund joint laboratories and train researchers over the next years';
    const page = `Science\nNew science plan for Africa launched by China\n${standfirst}\n\n${BODY}`;
    const { record, body, report } = article(page);
    expect(record.title).toBe('New science plan for Africa launched by China');
    expect(body).toContain(P1);
    // Nothing lost: a header line that is not the headline is reported.
    expect(report.entries.some((e) => e.text === standfirst)).toBe(true);
  });

  it('is not a list of the page’s categories over the headline, which is hardly longer', () => {
    const page = `Blog\nFebruary 27, 2021\nA science guide to…, laboratory basics, Laboratories\nA science guide to… Twelve new laboratories in Africa\n\n${BODY}`;
    expect(titleOf(page)).toBe('A science guide to… Twelve new laboratories in Africa');
  });
});

describe('a long headline that reads like prose', () => {
  it('is the headline when it has no full stop and its date right under it', () => {
    const headline = '[Science Week] The Beauty of Africa’s New Laboratories Revealed at the ‘2019 Nairobi Science Festival’! To the Actual Scene!';
    const page = `Blog - Latest News\n${headline}\nNovember 19, 2019\n\n@sciencegram <Science Week> Performance\n\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });
});

describe('the headline, not one of a list of dated stories above it', () => {
  it('is the line over the article, though each story of the list has a date under it', () => {
    const list = ['SCIENCE', 'Kenya opens its first science laboratory with Beijing', 'May 15, 2017', 'REVIEWS', 'The laboratories of Nairobi, a year on', 'January 22, 2018', 'SCIENCE', 'Twelve countries in Africa sign science pacts with China', 'January 14, 2019'];
    const page = `Science News\n${list.join('\n')}\nNew science plan for Africa launched by China\n\n${BODY}`;
    expect(titleOf(page)).toBe('New science plan for Africa launched by China');
  });
});

describe('the headline, second round (issue 13, item 3)', () => {
  it('is not the menu item over "By Any Means Necessary": a byline needs a name after "By"', () => {
    const menu = ['World', 'Russia', 'Europe', 'Open Horizons', 'By Any Means Necessary', 'Second Look', 'Plain & Simple', 'Cross Currents', 'The Evening Circuit', 'Cartoons', 'Infographics', 'Listen Live', 'Search'];
    const page = `${menu.join('\n')}\nTwelve Nations Open Science Labs\n© AGENCY / POOL\nColumnists\nby Jane Smith\nSubscribe\n\n${BODY}`;
    expect(titleOf(page)).toBe('Twelve Nations Open Science Labs');
    const en = detectLanguage(BODY);
    for (const phrase of ['By Any Means Necessary', 'By All Accounts', 'By No Means', 'By Far the Best']) {
      expect(blockFeatures(phrase, en).byline, phrase).toBe(false);
      expect(isAuthorLine(phrase, blockFeatures(phrase, en)), phrase).toBe(false);
    }
    for (const byline of ['By Jane Smith', 'By The Associated Press', 'By Ed Marr']) expect(blockFeatures(byline, en).byline, byline).toBe(true);
  });

  it('is the line over a stamp row of date, comments counter, category and author split by slashes or pipes', () => {
    const headline = '[Science Diary] Twelve Labs Open in Nairobi! To the Actual Scene!';
    const page = `Contact\nSearch\nBlog - Latest News\n${headline}\nOctober 15, 2018/0 Comments/in Science News /by admin\n@sciencelabs <Twelve Labs> Nairobi science festival performance\nScience Diary Series Performance\n\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
    const en = detectLanguage(BODY);
    for (const stamp of ['October 15, 2018/0 Comments/in Science News /by admin', 'October 15, 2018 | 3 Comments | in Science | by Jane Smith', 'Nov 19, 2019 / No Comments']) {
      expect(headerLine(stamp, blockFeatures(stamp, en)), stamp).toBe(true);
    }
    for (const line of ['Science / Nature / Space', 'Milan Design Week 2018 | Light installation by Jane Smith', 'In Nairobi / by the sea']) {
      expect(headerLine(line, blockFeatures(line, en)), line).toBe(false);
    }
  });

  it('is the Title-Case headline over a Title-Case standfirst shorter than it', () => {
    const headline = 'Science Deals: Twelve New African Labs Open, Including Nairobi, Addis Ababa and Lagos, and More';
    const page = `More\nSign In\nPokemon Sword\nPlayStation 5\n${headline}\nChina Science Plan Is Next Week, But Several Labs Open Today\nBy Jane Smith, Staff\nUpdated: 18 Nov 2019 9:38 pm\nPosted: 18 Nov 2019 8:11 pm\nWant more science? Join the Daily Planet Newsletter.\nWelcome to Science Deals, your source for the best new laboratories in Africa. Follow us for the latest on twelve labs.\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('is found under its date line when the run opened on other stories’ teasers', () => {
    const teasers = [
      'The big lie about campus science: labs and the dark story of research budgets Dr. Jane Roe',
      'Hidden secrets of the research brain: Do you like labs or libraries? New research explains why it matters',
      'The quest to save vanishing African labs John Doe',
    ];
    const headline = 'The science economy is a lie: Beijing, Nairobi and the truth about African laboratories';
    const page = `News\nScience\n${teasers.join('\n')}\nLog out Sign in\nSunday, Feb 1, 2015 11:57 AM UTC\n${headline}\nTwelve countries talk a good game about science. China is really just funding labs for the rich\nRichard Roe\nShare\n\n${BODY}`;
    expect(titleOf(page)).toBe(headline);
  });

  it('is never a photo’s caption with its credit, though it names the article’s people', () => {
    const en = detectLanguage(BODY);
    const caption = 'Jane Smith, John Doe (Credit: AP/Jane Roe/Photo montage by Daily Planet)';
    expect(headlineShaped(caption, blockFeatures(caption, en), false)).toBe(false);
  });
});

const COOP = [
  'Science cooperation is defined as the process of planning and executing joint research between countries. It encompasses every stage of a project, from the first idea to the final report.',
  'Science cooperation has long had a pivotal part to play within international relations, but in the age of open data effective science cooperation is more important than ever.',
  'According to the ministry, the market for joint research is expected to grow by $1.8 billion by 2029, as more countries sign agreements on science cooperation.',
];

describe('the headline on pages never seen (issue 13, item 3, the metadata set)', () => {
  it.each(['Jane Roe, MS, RD, FAND', 'Jane A. Roe CPP, PSP', 'Reviewed By: Jane Roe, PhD, CSCS', 'Jane Roe, Ph.D.', 'Medically reviewed by Jane Roe'])('"%s" is a byline', (line) => {
    expect(isAuthorLine(line, { byline: false, words: line.split(/\s+/).length })).toBe(true);
  });

  it.each(['Machine Learning, AI, ML', 'Best Online MBA', 'Climate Change And AI, NASA ESA'])('"%s" is no byline', (line) => {
    expect(isAuthorLine(line, { byline: false, words: line.split(/\s+/).length })).toBe(false);
  });

  it('is not the author’s name with credentials written twice under it', () => {
    const page = `Learning\nJobs\nGames\nJoin now Sign in\n5 Trends from Science Cooperation 2025\nReport this article\nJane Roe, MS, RD, FAND\nJane Roe, MS, RD, FAND\nPublished Jun 4, 2025\n+ Follow\n${COOP[2]}\n1. From Lab to Literature, Science Cooperation Has Strong Showing\n${COOP[1]}\n${COOP[0]}`;
    expect(titleOf(page)).toBe('5 Trends from Science Cooperation 2025');
  });

  it('may end with its year in brackets', () => {
    const line = 'Top 17 Science Programmes with Africa (2025)';
    expect(headlineShaped(line, blockFeatures(line, detectLanguage(BODY)), false)).toBe(true);
    expect(titleOf(`Menu\n${line}\nBy Jane Roe\nUpdated on 23 Oct 2025\n\n${BODY}`)).toBe(line);
  });

  it('is not an entry of the table of contents under it, written again as a sub-heading', () => {
    const page = [
      'Blog',
      'China and Africa: Science Programmes and Best Practices',
      P1,
      'Table of Contents',
      'Joint Laboratories in Africa',
      'Training Young Researchers',
      'Joint Laboratories in Africa',
      P2,
      'Training Young Researchers',
      P3,
      'Joint Laboratories in Africa',
      P1.replace('China', 'Kenya'),
    ].join('\n');
    expect(titleOf(page)).toBe('China and Africa: Science Programmes and Best Practices');
  });

  it('is not the sub-heading under the first paragraph, though the stamp stands over that paragraph', () => {
    const page = `Blog\nScience Cooperation\nScience Cooperation\nJanuary 20th, 2025 by Staff\nLast updated: August 25, 2025\n${COOP[0]}\nThe Importance of Effective Science Cooperation\n${COOP[1]}\n${COOP[2]}\nKey Parts of Science Cooperation\n${COOP[0]}`;
    expect(titleOf(page)).toBe('Science Cooperation');
  });
});

/**
 * Main-text recall: article text that sits where furniture usually is (under a box of other
 * stories, after an in-article promotion, in a list after the last paragraph) stays in the article
 * run. Small pages written here; each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { articleLines, chooseArticle } from '../helpers/main-text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';

describe('main-text recall: the lead under a box of other stories', () => {
  it('keeps the sentence that opens the article, though a "Trending" box above reaches down to it', () => {
    const lead = 'Good morning! Here is the science news you need to know this Tuesday.';
    const page = `Trending\nNew Telescope Spots Earliest Galaxy Yet Seen\nWhy The Ocean Floor Is Louder Than We Thought\nObservatory opens its doors to foreign partners\nJane Smith, Science Desk\nfacebook\ntwitter\n${lead}\n${A1}\n${A2}\n${A3}`;
    expect(articleLines(page)).toEqual([lead, A1, A2, A3]);
  });
});

describe('main-text recall: a promotion between paragraphs', () => {
  it('runs on past a call to action the site put between two paragraphs, and leaves the call out', () => {
    const last = 'Shares of the company that builds the antennas rose four percent on the news, while the market was flat.';
    const after = 'The academy did not say when the next call for partners opens.';
    const page = `Observatory opens its doors to foreign partners\n${A1}\n${A2}\nCLICK HERE TO GET THE SCIENCE NEWS APP AND NEVER MISS A STORY FROM OUR REPORTERS\n${last}\n${after}\nMore from Science\nNew Telescope Spots Earliest Galaxy Yet Seen`;
    expect(articleLines(page)).toEqual([A1, A2, last, after]);
  });

  it('does not run on past it to a single paragraph (an author’s note, a site blurb)', () => {
    const bio = 'Jane Smith covers science and technology for the paper and has reported from four continents since she joined it in 2009.';
    const page = `Observatory opens its doors to foreign partners\n${A1}\n${A2}\nSubscribe to our newsletter and never miss a story from our reporters\n${bio}\nMore from Science\nNew Telescope Spots Earliest Galaxy Yet Seen`;
    expect(articleLines(page)).toEqual([A1, A2]);
  });

  it('still ends the article at a call to action that closes it', () => {
    const page = `Observatory opens its doors to foreign partners\n${A1}\n${A2}\nSign up for our newsletter to get the best stories in your inbox\nCookies help us deliver our services and show you stories you may like.`;
    expect(articleLines(page)).toEqual([A1, A2]);
  });
});

describe('main-text recall: a list the article ends with', () => {
  const rows = ['June 9 – Mobile, AL @ Gulf Breeze Amphitheatre', 'June 10 – Knoxville, TN @ Riverside Arena', 'June 14 – Macon, GA @ Northgate Bank Amphitheatre (formerly Lakeshore)', 'June 17 – Durham, NC @ Maple Hollow', 'June 19 – Greenville, SC @ Summit Music Pavilion'];
  const related = ['Telescope Spots Earliest Galaxy Yet Seen', 'Why The Ocean Floor Is Louder Than We Thought', 'Rover Finds Traces Of Ancient River Delta'];

  it('keeps the rows of one shape under a sub-heading after the last paragraph, and not the headlines after them', () => {
    const page = `Observatory opens its doors to foreign partners\n${A1}\n${A2}\nThe Observatory Open Days\n${rows.join('\n')}\n${related.join('\n')}\nAbout Us\nContact`;
    expect(articleLines(page)).toEqual([A1, A2, 'The Observatory Open Days', ...rows]);
  });

  it('does not take a list of headlines worded freely for such a list', () => {
    const page = `Observatory opens its doors to foreign partners\n${A1}\n${A2}\nMore Stories\n${related.join('\n')}\nStorm Hits The Coast Overnight\nAbout Us\nContact`;
    expect(articleLines(page)).toEqual([A1, A2]);
  });
});

describe('main-text recall: a paragraph the page shows twice', () => {
  const A4 = 'Engineers will spend the next two years testing the antennas on site before the full array is switched on and handed over to the astronomers.';
  const B1 = 'Local officials hope the project will bring jobs to the region, where unemployment has been high since the mines closed a decade ago.';
  const B2 = 'A visitor centre near the main road is planned for 2028, with guided tours of the array for schools and tourists during the day.';
  const quote = 'The observatory will be open to every partner country, whatever it pays, the academy’s president said at the signing ceremony.';

  it('keeps the copy between two paragraphs (a pull quote repeating the standfirst)', () => {
    const page = `Observatory opens its doors to foreign partners\n${quote}\nBy Jane Smith\n${A1}\n${A2}\n${quote}\n${A3}\n${A4}\n${B1}\n${B2}`;
    expect(articleLines(page)).toEqual([A1, A2, quote, A3, A4, B1, B2]);
  });

  it('keeps a dateline lead the page shows again in a form to e-mail the story (its first copy)', () => {
    const lead = 'GENEVA (AP) — Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday.';
    const form = `Email this\nPlease enter a valid email address\nObservatory opens its doors to foreign partners\n${lead}\nSend me a copy of this email\nSend Cancel`;
    const page = `Home\nNews\nObservatory opens its doors to foreign partners\nJANE SMITH 2 hours ago\n${lead}\n${A2}\n${A3}\n${A4}\n${B1}\n${B2}\n${form}\nPrivacy Policy`;
    expect(articleLines(page)).toEqual([lead, A2, A3, A4, B1, B2]);
  });

  it('keeps only the first copy of a dateline lead, and still drops a blurb shown twice that opens on no dateline', () => {
    const blurb = 'Science Daily is an independent newsroom covering research from every continent, funded by its readers and by no one else.';
    const page = `Home\nNews\n${blurb}\nObservatory opens its doors to foreign partners\nJANE SMITH 2 hours ago\n${A1}\n${A2}\n${A3}\n${B1}\n${B2}\nAbout us\n${blurb}\nContact`;
    expect(articleLines(page)).toEqual([A1, A2, A3, B1, B2]);
    const lead = 'GENEVA (AP) — Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday.';
    expect(chooseArticle(`Home\nObservatory opens its doors to foreign partners\n${lead}\n${A2}\n${A3}\n${A4}\n${B1}\n${B2}\nEmail this\n${lead}\nSend Cancel`).kept).toEqual([lead, A2, A3, A4, B1, B2]);
  });

  it('still drops a site blurb shown in both the page header and its footer', () => {
    const blurb = 'Science Daily is an independent newsroom covering research from every continent, funded by its readers and by no one else.';
    const page = `Home\nNews\n${blurb}\nObservatory opens its doors to foreign partners\n${A1}\n${A2}\n${A3}\n${B1}\n${B2}\nAbout us\n${blurb}\nContact`;
    expect(articleLines(page)).toEqual([A1, A2, A3, B1, B2]);
  });
});

describe('main-text recall: a first sentence the page broke in two', () => {
  it('starts the article at the line the first paragraph goes on from', () => {
    const broken = `Share\nObservatory opens its doors to foreign partners\nAs the academy promised, scientists from\ntwelve countries will join the new radio observatory in the desert, in the largest such project the region has seen.\n${A2}\n${A3}`;
    expect(articleLines(broken)[0]).toBe('As the academy promised, scientists from');
    const long = `Share\nObservatory opens its doors to foreign partners\nScientists from twelve countries in Europe and Asia\nwill join the new radio observatory in the desert, the academy said, in the largest such project the region has seen.\n${A2}\n${A3}`;
    expect(articleLines(long)[0]).toBe('Scientists from twelve countries in Europe and Asia');
  });

  it('does not take a line above for the article when the paragraph starts with a name in lower case', () => {
    const page = `Observatory opens its doors to foreign partners\nPhotos from the opening day\niPhone owners in twelve countries will be able to follow the new radio observatory in the desert through an app, the academy said.\n${A2}\n${A3}`;
    expect(articleLines(page)[0]).toMatch(/^iPhone owners/);
  });
});

describe('main-text recall: a paragraph signed with its author’s or agency’s tag', () => {
  it('reads "… voraus. (bsc)" and "… said. (dpa/AFP)" as ending a sentence, and a caption’s credit not', () => {
    const de = detectLanguage('Das ist ein Text über die neue Version, die in der aktuellen Fassung mindestens eine neue Funktion und mehr Sicherheit bietet.');
    expect(blockFeatures('Passwortwart kostet derzeit rund 40 Euro im Mac App Store und setzt in der neuen Version mindestens macOS 12.6 voraus. (jkl)', de).sentenceEnd).toBe(true);
    expect(blockFeatures('The ministry did not comment on the report, the agencies said. (dpa/AFP)', detectLanguage(A1)).sentenceEnd).toBe(true);
    expect(blockFeatures('The new dish at sunset (Photo: Jane Smith)', detectLanguage(A1)).sentenceEnd).toBe(false);
    expect(blockFeatures('Die Regierung hat den Plan am Montag in Berlin vorgestellt. (mehr)', de).sentenceEnd).toBe(false);
  });
});

describe('main-text recall: a social post quoted in the article', () => {
  it('keeps the post’s signature ("— Name (@handle) date"), which is no date line of the page', () => {
    const post = 'What a day for astronomy: the first light from the new array is in, and it is beautiful. pic.twitter.com/abc123';
    const signature = '— Jane Doe (@janedoe) November 18, 2019';
    const page = `Observatory opens its doors to foreign partners\nNovember 18, 2019\n${A1}\n${post}\n${signature}\n${A2}\n${A3}`;
    expect(articleLines(page)).toEqual([A1, post, signature, A2, A3]);
    expect(blockFeatures('November 18, 2019', detectLanguage(A1)).dateLine).toBe(true);
  });
});

describe('main-text recall: a headline over a paragraph that starts in lower case', () => {
  it('stays the headline, not the start of the article', () => {
    const page = `Code on the page\nimport { x } from "y" appears in this long sentence that reads like prose for the test and goes on.\n${A2}\n${A3}`;
    expect(articleLines(page)[0]).toMatch(/^import/);
  });
});

describe('main-text recall: rows of a list that add to its shape', () => {
  it('keeps rows that say a little more at their end ("… – Chicago"), two in a row, and the rows after them', () => {
    const rows = ['June 9 – Mobile, AL @ Gulf Breeze Amphitheatre', 'June 10 – Knoxville, TN @ Riverside Arena', 'June 17 – Durham, NC @ Maple Hollow', 'August 8 – Oak Lawn, IL @ Prairie Amphitheatre – Chicago', 'August 14 – St. Charles, MO @ Prairie Amphitheatre – St. Louis', 'August 30 – Boulder, CO @ Cobalt Center', 'September 2 – Salt Lake City, UT @ Wasatch Amphitheatre'];
    const page = `Observatory opens its doors to foreign partners\n${A1}\n${A2}\nThe Observatory Open Days\n${rows.join('\n')}\nTrending\nTelescope Spots Earliest Galaxy Yet Seen\nAbout Us`;
    expect(articleLines(page)).toEqual([A1, A2, 'The Observatory Open Days', ...rows]);
  });
});

describe('main-text recall: a sentence that introduces the first paragraph', () => {
  it('starts the article at "…but I did like this bit:" above its first paragraph', () => {
    const intro = 'I do not recall much of the opening ceremony, but I did like this bit:';
    const page = `Observatory opens its doors to foreign partners\nPosted on November 8, 2025\n${intro}\n${A1}\n${A2}`;
    expect(articleLines(page)).toEqual([intro, A1, A2]);
  });
});

describe('main-text recall: a social post the article ends with', () => {
  it('keeps the post’s signature under the last paragraph, and not the furniture after it', () => {
    const post = 'We must apply a system of compassion to the way we share the sky with our neighbours. pic.twitter.com/abc123';
    const signature = '— Jane Doe (@janedoe) November 19, 2019';
    const page = `Observatory opens its doors to foreign partners\n${A1}\n${A2}\n${post}\n${signature}\nUpdated at 1:23 p.m.\nMost Popular\nTelescope Spots Earliest Galaxy Yet Seen`;
    expect(articleLines(page)).toEqual([A1, A2, post, signature]);
  });
});

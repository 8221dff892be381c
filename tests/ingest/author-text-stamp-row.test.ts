/**
 * The text path's byline with no label: a name among the parts of the article's stamp row, a list of
 * names or a name with its credentials over the stamp, one word over the stamp right under the
 * headline, a name alone right under the headline, under its standfirst or right over the article's first paragraph. None of them is read from another story's row.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const HEADLINE = 'Headline on joint research in science';
const body = `${PROSE}\n${PROSE}\n${PROSE}`;
const page = (...header: string[]) => `Menu\nHome\nNews\n${HEADLINE}\n${header.join('\n')}\n${body}`;

describe('text bylines: a name among the parts of the stamp row', () => {
  it('reads the name a separator sets apart from the date, a reading time, a role or a counter', () => {
    expect(article(page('December 15, 2025 · 30 min · Anna Berg')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg | Senior Writer | July 2, 2025')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg•Updated on Jul 4, 2024 •28 min read')).record.author).toBe('Anna Berg');
    expect(article(page('Dec 26, 2025 •  Anna Berg in Research Policy')).record.author).toBe('Anna Berg');
    expect(article(page('109 Comments | Anna Berg |    Last Updated: March 11, 2019')).record.author).toBe('Anna Berg');
  });

  it('reads the row above the headline too', () => {
    expect(article(`Menu\nHome\nAnna Berg October 14, 2025\nBlog\n${HEADLINE}\n${body}`).record.author).toBe('Anna Berg');
  });

  it('a section, a category or a call to act in the row is no name', () => {
    expect(article(page('December 15, 2025 · Science News')).record.author).toBeNull();
    expect(article(page('December 15, 2025 · Read More')).record.author).toBeNull();
    expect(article(page('December 15, 2025 · 5 min read')).record.author).toBeNull();
    expect(article(page('March 20, 2023 | Wellness & Prevention')).record.author).toBeNull();
    expect(article(page('PRESS RELEASE · December 15 2025')).record.author).toBeNull();
  });

  it("the stamp's own words are no name", () => {
    expect(article(page('Released Wednesday, March 2, 2022')).record.author).toBeNull();
    expect(article(page('Last Modified: August 08, 2023')).record.author).toBeNull();
    expect(article(page('Published October 17, 2025Admin Only:')).record.author).toBeNull();
  });
});

describe('text bylines: a list of names, or a name with credentials, over the stamp', () => {
  it('reads every name of the list', () => {
    expect(article(page('Anna Berg, Li Wei & Jo Park', 'Nov 25, 2025')).record.author).toBe('Anna Berg, Li Wei & Jo Park');
    expect(article(page('Anna Berg, Carl F. Lind, Li Wei', '24 Apr 2000 • 3 min read')).record.author).toBe('Anna Berg, Carl F. Lind, Li Wei');
  });

  it('keeps the credentials, and the same name shown twice is one byline', () => {
    expect(article(page('Anna Berg, MS, RD', 'Anna Berg, MS, RD', 'Published Jun 4, 2025')).record.author).toBe('Anna Berg, MS, RD');
    expect(article(page('Anna B. Berg CPP, PSP', 'Dec. 17, 2025')).record.author).toBe('Anna B. Berg CPP, PSP');
  });

  it('a list of places or topics over the stamp is no byline', () => {
    expect(article(page('Research, Science & Technology', 'Nov 25, 2025')).record.author).toBeNull();
    expect(article(page('Berlin, Paris and Rome', 'Nov 25, 2025')).record.author).toBeNull();
  });
});

describe('text bylines: one word over the stamp, right under the headline', () => {
  it('reads a one-word name between the headline and its stamp', () => {
    expect(article(page('Stefan', 'March 5, 2026')).record.author).toBe('Stefan');
  });

  it('a section or a label between them is no name', () => {
    expect(article(page('Science', 'March 5, 2026')).record.author).toBeNull();
    expect(article(page('Updated', 'March 5, 2026')).record.author).toBeNull();
    expect(article(page('Share', 'March 5, 2026')).record.author).toBeNull();
  });
});

describe('text bylines: a name alone right under the headline', () => {
  it('reads a name right under the headline, over the first paragraph', () => {
    expect(article(page('Lena Okafor', 'A standfirst on the programme, short.')).record.author).toBe('Lena Okafor');
  });

  // The page writes "staff" and "team" in lower case too, as most do: the words alone do not say the line is a name.
  const staffPage = (line: string) => `${page(line, 'A standfirst on the programme, short.')}\nOur staff and the research team answer questions on the programme.`;
  it("reads the outlet's staff or team signing right under the headline", () => {
    expect(article(staffPage('Harborline Staff')).record.author).toBe('Harborline Staff');
    expect(article(staffPage('Example Labs Team')).record.author).toBe('Example Labs Team');
  });

  it("a link to the team or the staff's picks there is no byline", () => {
    expect(article(staffPage('Our Team')).record.author).toBeNull();
    expect(article(staffPage('Meet Our Team')).record.author).toBeNull();
    expect(article(staffPage('Staff Picks')).record.author).toBeNull();
  });

  it('a kicker whose words the page writes in lower case is no name', () => {
    const about = 'The programme supports customer success teams and tech trends in research.';
    expect(article(`Menu\nHome\nNews\n${HEADLINE}\nCustomer Success\n${body}\n${about}`).record.author).toBeNull();
    expect(article(`Menu\nHome\nNews\n${HEADLINE}\nTech Trends\nMarch 5, 2026\n${body}\n${about}`).record.author).toBeNull();
  });
});


describe('text bylines: a name alone under the standfirst', () => {
  const standfirst = 'The programme brings research teams from both countries together for three years of joint work on sensors.';
  it('reads the name between the standfirst and the article, with no stamp beside it', () => {
    expect(article(page(standfirst, 'Lena Okafor', 'Contents')).record.author).toBe('Lena Okafor');
    expect(article(page(standfirst, 'Lena Okafor')).record.author).toBe('Lena Okafor');
  });

  it('a line in capitals, a call to act or words the page writes in lower case there are no name', () => {
    expect(article(page(standfirst, 'SHOP SALES')).record.author).toBeNull();
    expect(article(page(standfirst, 'Read More')).record.author).toBeNull();
    const about = 'The programme supports customer success teams in research.';
    expect(article(`Menu\nHome\nNews\n${HEADLINE}\n${standfirst}\nCustomer Success\n${body}\n${about}`).record.author).toBeNull();
  });
});

describe("text bylines: a name right over the article's first paragraph", () => {
  it('reads the name over the first paragraph, or over its role or outlet there, past the buttons under the headline', () => {
    expect(article(page('2 days ago', 'Share', 'Save', 'Follow this topic for updates', 'Lena Okafor', 'Harborwire')).record.author).toBe('Lena Okafor');
    expect(article(page('Share', 'Save', 'Follow this topic for updates', 'Lena Okafor')).record.author).toBe('Lena Okafor');
  });

  it("the last entry of a menu or a table of contents over the article is no name", () => {
    expect(article(page('Share', 'Save', 'Frequently Asked Questions', 'Final Thoughts')).record.author).toBeNull();
    expect(article(page('Share', 'Nutrition', 'Pregnancy', 'Teen Health')).record.author).toBeNull();
  });

  it('a line in capitals or a call to act there is no name', () => {
    expect(article(page('Share', 'Save', 'Follow this topic for updates', 'SHOP SALES')).record.author).toBeNull();
    expect(article(page('Share', 'Save', 'Follow this topic for updates', 'Get Started')).record.author).toBeNull();
  });
});

describe('text bylines: a long list of full names after the label', () => {
  it('reads every name, however many words they take', () => {
    expect(article(page('Written by Dr Anna van der Berg, Dr Li Wei, Jo van Park', 'March 5, 2026')).record.author).toBe('Dr Anna van der Berg, Dr Li Wei, Jo van Park');
  });

  it('a long line after "By" that is no list of names is no byline', () => {
    expect(article(page('By the end of the year the programme will support many more joint projects', 'March 5, 2026')).record.author).toBeNull();
  });
});

describe('text bylines: one word after a labelling phrase away from the header', () => {
  it('reads "Written by Melissa" closing the article', () => {
    expect(article(`Menu\n${HEADLINE}\n${body}\nWritten by Melissa\nMore stories`).record.author).toBe('Melissa');
  });

  it('one word after a bare "By" or a section after the phrase is no name', () => {
    expect(article(`Menu\n${HEADLINE}\n${body}\nBy Melissa\nMore stories`).record.author).toBeNull();
    expect(article(`Menu\n${HEADLINE}\n${body}\nPosted by Research\nMore stories`).record.author).toBeNull();
  });
});

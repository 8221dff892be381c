/**
 * The text path's byline in more shapes of the article's header: a labelled name among the parts of the
 * stamp row ("0 · by Anna Berg · Updated on …"), a name after the date with a slash between, a "By"
 * line that opens with the row's separator, a name whose line goes on with what is no name (a role run
 * into it, a handle, the outlet after a bar), a name under the stamp past a reading time.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const HEADLINE = 'Headline on joint research in science';
const body = `${PROSE}\n${PROSE}\n${PROSE}`;
const page = (...header: string[]) => `Menu\nHome\nNews\n${HEADLINE}\n${header.join('\n')}\n${body}`;

describe('text bylines: a labelled name among the parts of the stamp row', () => {
  it('reads the name after its label between the row\'s separators', () => {
    expect(article(page('0 · by Anna Berg · Updated on 8 January 2026')).record.author).toBe('Anna Berg');
    expect(article(page('12 comments | Written by Anna Berg | March 5, 2026')).record.author).toBe('Anna Berg');
  });

  it('a label before a section or a lower-case phrase names nobody', () => {
    expect(article(page('0 · by Research Policy · Updated on 8 January 2026')).record.author).toBeNull();
    expect(article(page('0 · by the editors · Updated on 8 January 2026')).record.author).toBeNull();
  });
});

describe('text bylines: a slash between the date and the name', () => {
  it('reads the name the slash sets off', () => {
    expect(article(page('September 29, 2025/Anna Berg')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg / September 29, 2025')).record.author).toBe('Anna Berg');
  });

  it('a section after the slash is no name', () => {
    expect(article(page('November 28, 2025/Living Healthy/Wellness')).record.author).toBeNull();
  });
});

describe('text bylines: the row\'s separator before "By"', () => {
  it('reads "| By Anna Berg" under the stamp', () => {
    expect(article(page('July 11, 2023', '| By Anna Berg', 'Categories: Blog, Home')).record.author).toBe('Anna Berg');
  });
});

describe('text bylines: a name whose line goes on with what is no name', () => {
  it('reads the name before a role run into it or set after it, a handle, or the outlet after a bar', () => {
    expect(article(page('Anna BergFounder at Example Labs', 'Share')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg Founder & Lead Reviewer', 'Updated Feb 27, 2026')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg@annaberg_ai', 'Development')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg | Example Journal', 'A standfirst on the programme, short.')).record.author).toBe('Anna Berg');
  });

  it('reads a name in capitals with the stamp\'s label run into it', () => {
    expect(article(page('ANNA BERGLAST UPDATED NOV 6, 2025')).record.author).toBe('ANNA BERG');
  });

  it('a section or a kicker before the bar is no name', () => {
    const about = 'The programme supports research policy and the teams behind it.';
    expect(article(`Menu\nHome\nNews\n${HEADLINE}\nResearch Policy | Example Journal\n${body}\n${about}`).record.author).toBeNull();
  });
});

describe('text bylines: the name under the stamp past a reading time', () => {
  it('reads the name under the stamp\'s reading time, over the author\'s role', () => {
    expect(article(page('A standfirst on the programme, short.', 'Last updated on November 19, 2025', '•', '5 min read', 'Anna Berg', 'Marketing Operations Analyst')).record.author).toBe('Anna Berg');
  });
});

describe('text bylines: the author\'s box under the article', () => {
  it('reads the name over the author noun, under "About the author", or in "This post was written by"', () => {
    expect(article(`Menu\n${HEADLINE}\n${body}\nShare this article\nAnna Berg\nAuthor\n@annaberg • Jan 26, 2026`).record.author).toBe('Anna Berg');
    expect(article(`Menu\n${HEADLINE}\n${body}\nRelated posts\nAbout the author\nAnna Berg\nSubscribe to updates`).record.author).toBe('Anna Berg');
    expect(article(`Menu\n${HEADLINE}\n${body}\nThis post was written by Anna Berg, Head of Marketing and Community Development\nPosted on April 13, 2023`).record.author).toBe('Anna Berg');
  });

  it('a section over the author noun, or a sentence about the author, names nobody', () => {
    expect(article(`Menu\n${HEADLINE}\n${body}\nResearch Policy\nAuthor\nMore stories`).record.author).toBeNull();
    expect(article(`Menu\n${HEADLINE}\n${body}\nAbout the author\nShe has written on science for many years and lives by the sea.`).record.author).toBeNull();
  });
});

describe('text bylines: what the new shapes do not read', () => {
  it('a stamp over the author noun, a label in capitals before the row\'s date, a label ending in "By" are no names', () => {
    expect(article(`Menu\n${HEADLINE}\n${body}\nLast updated on November 24, 2025\nAuthor\nMore stories`).record.author).toBeNull();
    expect(article(page('PRESS RELEASE · December 15 2025')).record.author).toBeNull();
    expect(article(page('December 15, 2025', '3 Min Read', 'Sponsored By', 'Design')).record.author).toBeNull();
  });
});

describe('text bylines: beside the stamp wherever it stands, more shapes', () => {
  it('reads the name before "@ outlet", and a list of names with commas', () => {
    expect(article(`Menu\nHome\nAnna Berg @ Example Labs\nMarch 2, 2026\n${HEADLINE}\n${body}`).record.author).toBe('Anna Berg');
    expect(article(`Menu\nHome\nAnna Berg, Li Wei, Jo Park & Ute Kim\nMarch 2, 2026\n${HEADLINE}\n${body}`).record.author).toBe('Anna Berg, Li Wei, Jo Park & Ute Kim');
  });

  it('two names with no comma, or a firm\'s, beside a stamp away from the headline name nobody', () => {
    expect(article(`Menu\nHome\nSmith & Jones\nMarch 2, 2026\n${HEADLINE}\n${body}`).record.author).toBeNull();
  });
});

describe('text bylines: the author\'s note under the article, "Name: Name is …"', () => {
  it('reads the name a note on the author opens with', () => {
    expect(article(`Menu\n${HEADLINE}\n${body}\nAnna Berg: Anna was formerly deputy science editor here, and has written on research for many years.\nView comments`).record.author).toBe('Anna Berg');
  });

  it('a speaker\'s line that is not about the speaker names nobody', () => {
    expect(article(`Menu\n${HEADLINE}\n${body}\nAnna Berg: The programme will support many joint projects over the coming years.\nView comments`).record.author).toBeNull();
    expect(article(`Menu\n${HEADLINE}\n${body}\nMore you might like\nMedia Selection: Crafting the Perfect Media Mix for Your Brand and Your Budget\nView comments`).record.author).toBeNull();
  });

  it('a notice whose first word comes back in another phrase names nobody; the note on a person still does', () => {
    const notice = 'Privacy Notice: Newsletters may carry offers from partners. For more see our Privacy Policy and the terms that apply.';
    expect(article(`Menu\n${HEADLINE}\n${body}\n${notice}\nView comments`).record.author).toBeNull();
    // Guard: the whole name again, or the first name before a lower-case word, is the person's.
    expect(article(`Menu\n${HEADLINE}\n${body}\nAnna Berg: Formerly deputy science editor here, Anna Berg has written on research for many years.\nView comments`).record.author).toBe('Anna Berg');
    expect(article(`Menu\n${HEADLINE}\n${body}\nAnna Berg: Before Harbor Labs, Anna wrote on research for many years for the weekly papers.\nView comments`).record.author).toBe('Anna Berg');
  });
});

/**
 * The briefing names an event and lists each source as “title”. A title with quotation marks of its own
 * came out doubled: “"Stadium ban" and two fines…”. Inside the site's marks a title's own double marks
 * become single ones (the nesting English uses), and a title that is one quotation from end to end keeps
 * its own pair alone (src/lib/text/quoted-title.ts).
 */
import { describe, expect, it } from 'vitest';
import { quotedTitle } from '../../src/lib/text/quoted-title.ts';

describe('a title inside the site\'s quotation marks', () => {
  it('nests a quotation that opens the title in single marks', () => {
    expect(quotedTitle('"Stadium ban" and two fines: the club appeals before the derby')).toEqual({ text: '‘Stadium ban’ and two fines: the club appeals before the derby', marks: true });
    expect(quotedTitle('Minister calls the plan “a fantasy” in parliament')).toEqual({ text: 'Minister calls the plan ‘a fantasy’ in parliament', marks: true });
    expect(quotedTitle('Richter: „Das war zu spät“ für die Kläger')).toEqual({ text: 'Richter: ‘Das war zu spät’ für die Kläger', marks: true });
  });

  it('shows a title that is one quotation with its own marks only', () => {
    expect(quotedTitle('"We will not leave the city"')).toEqual({ text: '"We will not leave the city"', marks: false });
    expect(quotedTitle('« Nous ne partirons pas »')).toEqual({ text: '« Nous ne partirons pas »', marks: false });
  });

  it('clips inside the quotation and keeps its closing mark', () => {
    expect(quotedTitle('"We will not leave the city whatever the army says tomorrow"', 30)).toEqual({ text: '"We will not leave the city…"', marks: false });
    expect(quotedTitle('Mayor says "we will not leave the city whatever the army says" at rally', 40)).toEqual({ text: 'Mayor says ‘we will not leave the city…’', marks: true });
    expect(quotedTitle('"Stadium ban" and two fines: the club appeals before the derby', 40)).toEqual({ text: '‘Stadium ban’ and two fines: the club…', marks: true });
  });

  it('leaves a title without double marks, an apostrophe, guillemets and unpaired marks as they are', () => {
    expect(quotedTitle("Court rejects the mayor's appeal")).toEqual({ text: "Court rejects the mayor's appeal", marks: true });
    expect(quotedTitle('Le maire dit « non » au projet')).toEqual({ text: 'Le maire dit « non » au projet', marks: true });
    expect(quotedTitle('A 12" screen for "less')).toEqual({ text: 'A 12" screen for "less', marks: true });
    // Two quotations, the first opening the title and the last closing it: not one quotation.
    expect(quotedTitle('"Yes" says one, "no" says the other')).toEqual({ text: '‘Yes’ says one, ‘no’ says the other', marks: true });
  });
});

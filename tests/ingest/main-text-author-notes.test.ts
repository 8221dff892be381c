/**
 * Main-text precision: the note on the article's author that closes it ("Jane Smith is a reporter
 * for the Daily Example.", "Tom joined the paper in 2017.") is the site's furniture, however the
 * page shows who wrote the article: its byline far from the page's first paragraph (a teaser above
 * the article), inside a longer "Posted on … by …" line, or with no name line over the note.
 * Invented pages; each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const A1 = 'Scientists from twelve countries will join the new radio observatory in the desert, the national academy said on Monday, in the largest such project the region has seen.';
const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
const TEASER = 'A ferry operator on the northern coast has cut two of its winter routes, saying too few passengers used them last season to pay for the fuel.';

describe('main-text precision: a note on the author that closes the article', () => {
  it('leaves out the note under the author’s name when a teaser’s paragraph stands at the top of the page', () => {
    const note = 'Jane Smith is a reporter for the Daily Example.';
    const page = `Ferry routes cut\n${TEASER}\nNewsletter\nWeather\nPodcasts\nSign Up\nNov. 19, 2019\nBy Jane Smith\n${A1}\n${A2}\n${A3}\nJane Smith\n${note}`;
    const { kept, why } = chooseArticle(page);
    expect(kept.slice(-3)).toEqual([A1, A2, A3]);
    expect(why.get(note)).toMatch(/author/);
  });

  it('leaves out a note that opens on the byline’s given name, with no name line over it', () => {
    const note = 'Tom is an entertainment reporter for Example News based in the capital.';
    const page = `Observatory opens its doors to foreign partners\nBy Tom Baker | Example News\n${A1}\n${A2}\n${A3}\n${note}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(note)).toMatch(/author/);
  });

  it('finds the author in a long "Posted on … by …" line', () => {
    const note = 'Jean-Paul started the blog in 2010 as a part-time endeavour, before quitting his job as an engineering manager to write about small computers every day.';
    // The "Posted on" line is long and ends on the title's question mark: it reads as a paragraph itself.
    const page = `Do observatories need twelve partners?\nPosted on December 20, 2025 by Jean-Paul Marceau (ExampleBlog) - 5 Comments on Do observatories need twelve partners?\n${A1}\n${A2}\n${A3}\nJean-Paul Marceau (ExampleBlog)\n${note}`;
    const { kept, why } = chooseArticle(page);
    expect(kept.slice(-3)).toEqual([A1, A2, A3]);
    expect(why.get(note)).toMatch(/author/);
  });

  it('keeps a closing paragraph about the person the article is about (named in its headline, not its byline)', () => {
    const last = 'Maria Lopez is a professor of astronomy at the institute and leads its antenna team.';
    const page = `Maria Lopez builds the desert's biggest dish\nBy Jane Smith\n${A1}\n${A2}\n${A3}\n${last}`;
    expect(chooseArticle(page).kept).toEqual([A1, A2, A3, last]);
  });

  it('keeps a closing paragraph that opens on the author’s name but is no note on her ("Jane Smith said…" is reported speech)', () => {
    const last = 'Jane Smith, who visited the site in May, said the partners expect the first light early next year.';
    const page = `Observatory opens its doors to foreign partners\nBy Jane Smith\n${A1}\n${A2}\n${A3}\n${last}`;
    expect(chooseArticle(page).kept).toEqual([A1, A2, A3, last]);
  });
  it('keeps a paragraph under a sub-heading in Title Case that the contents above the article list alone on a line, as a byline may stand ("Don’t Pack Your Fears")', () => {
    // The heading matches a name line's shape ("Don’t" its given name, which the paragraph's quotation
    // opens on), and the contents show it alone on its line; "Your" is no word of a person's name.
    const last = '“Don’t pack your fears” is the rule the partners repeat: every antenna carries only the spares its crew has needed before, and the rest stays in the depot.';
    const page = `Twelve partners, one desert dish\nBy Jane Smith\nContents\nWhy the Desert\nDon’t Pack Your Fears\n${A1}\nWhy the Desert\n${A2}\n${A3}\nDon’t Pack Your Fears\n${last}`;
    const { kept, why } = chooseArticle(page);
    expect(kept.slice(-3)).toEqual([A3, 'Don’t Pack Your Fears', last]);
    expect(why.get(last)).toBeUndefined();
  });

  it('keeps it too when the headline holds the sub-heading after a word or two ("Desert Packing: Don’t Pack Your Fears")', () => {
    const last = '“Don’t pack your fears” is the rule the partners repeat: every antenna carries only the spares its crew has needed before, and the rest stays in the depot.';
    const page = `Desert Packing: Don’t Pack Your Fears\nBy Jane Smith\n${A1}\n${A2}\n${A3}\nDon’t Pack Your Fears\n${last}`;
    const { kept, why } = chooseArticle(page);
    expect(kept.slice(-3)).toEqual([A3, 'Don’t Pack Your Fears', last]);
    expect(why.get(last)).toBeUndefined();
  });

  it('still leaves out the note under a site’s pen name with a function word in it, named by its byline’s "By" ("Audiophile On")', () => {
    const note = 'Audiophile On is dedicated to reviews of portable audio products in a format everyone can read, written by a team of listeners.';
    const page = `Observatory opens its doors to foreign partners\nBy Audiophile On\n${A1}\n${A2}\n${A3}\nAudiophile On\n${note}`;
    const { kept, why } = chooseArticle(page);
    expect(kept).toEqual([A1, A2, A3]);
    expect(why.get(note)).toMatch(/author/);
  });
});

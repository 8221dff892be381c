/**
 * The text path's byline shapes (stages/segment.ts reads them, stages/metadata.ts cleans them with
 * lib/bylines/author.ts): a label alone on its line over the name, a byline under the headline inside the
 * article's run, a label run into the name, and what a byline row carries after the name.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';

const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

describe('text bylines: shapes a page shows', () => {
  it('reads "By" or "Written by" alone on a line, the name on the next', () => {
    expect(article(page('By', 'Anna Berg', 'March 12, 2025')).record.author).toBe('Anna Berg');
    expect(article(page('Written By', 'Anna Berg', 'AI Writer, Example Co')).record.author).toBe('Anna Berg');
    expect(article(page('by', 'Anna Berg', '16 min read')).record.author).toBe('Anna Berg');
    expect(article(page('Author:', 'Anna Berg')).record.author).toBe('Anna Berg');
  });

  it('reads a byline line under the headline, the label run into the name or not', () => {
    expect(article(page('ByAnna Berg', 'Friday, November 14, 2025')).record.author).toBe('Anna Berg');
    expect(article(page('By Anna Berg and Li Wei', 'Nov 25, 2025 5:00 am PST')).record.author).toBe('Anna Berg and Li Wei');
    expect(article(page('ByAnna BergMar 5, 2025 | 6 comments')).record.author).toBe('Anna Berg');
  });

  it('a label over a line that names nobody gives no author', () => {
    expect(article(page('By', 'March 12, 2025')).record.author).toBeNull();
    expect(article(page('Written by', 'Table of Contents')).record.author).toBeNull();
    expect(article(page('By 2030, the two countries plan to double their joint research budget for the programme.')).record.author).toBeNull();
  });
});

describe('cleanAuthor: what a byline row carries after the name', () => {
  it('drops a dangling "on" before a date, a label run in capitals, a second sentence', () => {
    expect(cleanAuthor('Colin Marsh on')).toBe('Colin Marsh');
    expect(cleanAuthor('MIRELA VOSS ON JANUARY 3, 2025')).toBe('MIRELA VOSS');
    expect(cleanAuthor('TESSA MARLOWPUBLISHED: JAN 29, 2025')).toBe('TESSA MARLOW');
    expect(cleanAuthor('Ben Tarr. Last Updated on March 3, 2025')).toBe('Ben Tarr');
  });
});

describe('text bylines: what is no name', () => {
  it('a menu item, a widget or a list of categories under a label is no author', () => {
    expect(article(page('Authors', 'Find Jobs')).record.author).toBeNull();
    expect(article(page('Authors:', 'Cited by (332)')).record.author).toBeNull();
    expect(article(page('By', 'Garden ChecklistsFirst HomeGarden Planning')).record.author).toBeNull();
    expect(article(page('Written by', 'Share this article')).record.author).toBeNull();
    expect(article(page('Author information')).record.author).toBeNull();
    expect(article(page('By:', 'Coalition for Heritage Languages')).record.author).toBeNull();
  });

  it('a stamp label after the name ends it', () => {
    expect(cleanAuthor('Anna Berg Updated onFebruary 16, 2026')).toBe('Anna Berg');
  });
});

describe('text bylines: "Author" alone, a dot operator between the name and the role', () => {
  it('reads the name under "Author"', () => {
    expect(article(page('Author', 'Anna Berg', 'Updated on')).record.author).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg ⋅ Review Editor')).toBe('Anna Berg');
  });
});

describe('text bylines: a name with no label under the headline', () => {
  it('reads a name over the stamp or the author\'s role', () => {
    expect(article(page('Anna Berg', 'September 4, 2025')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg', 'Co-Founder & Marketing Director', 'Updated on 23 Oct 2025')).record.author).toBe('Anna Berg');
  });

  it('a labelled byline wins, and a category, a sentence or a lone word is no name', () => {
    expect(article(page('Anna Berg', 'September 4, 2025', 'By Li Wei')).record.author).toBe('Li Wei');
    expect(article(page('Science', 'September 4, 2025')).record.author).toBeNull();
    expect(article(page('Read more', 'September 4, 2025')).record.author).toBeNull();
    expect(article(page('Share this article', 'September 4, 2025')).record.author).toBeNull();
    expect(article(page('Top 10 Picks', 'September 4, 2025')).record.author).toBeNull();
    expect(article(page('Banana Bread Recipes', 'September 4, 2025')).record.author).toBeNull();
    expect(article(page('Back To All', 'September 4, 2025')).record.author).toBeNull();
    expect(article(page('R&D Updates', 'September 4, 2025')).record.author).toBeNull();
    expect(article(page('Learning Center', 'September 4, 2025')).record.author).toBeNull();
  });
});

describe('cleanAuthor: what stays a name', () => {
  it('keeps a capitalised last word and cuts a stamp label run into the name whole', () => {
    expect(cleanAuthor('Audiophile On')).toBe('Audiophile On');
    expect(cleanAuthor('Anna BergLast updated on March 3, 2025')).toBe('Anna Berg');
  });
});

describe('text bylines: more shapes of a name with no label', () => {
  it('reads a name over a reading time, under the stamp, with its role after a comma, or before the stamp on its line', () => {
    expect(article(page('Anna Berg', '8 min read')).record.author).toBe('Anna Berg');
    expect(article(page('December 19, 2025', 'Anna Berg', PROSE)).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg, Managing Editor', 'May 31, 2024')).record.author).toBe('Anna Berg');
    expect(article(page('Anna Berg July 13, 2025 — 7 minutes read')).record.author).toBe('Anna Berg');
  });

  it('a sentence before a date, or a title case phrase under the stamp, is no name', () => {
    expect(article(page('In the first half of July 13, 2025 the programme grew')).record.author).toBeNull();
    expect(article(page('December 19, 2025', 'Latest News')).record.author).toBeNull();
  });
});

describe('text bylines: categories under the stamp', () => {
  it('a list of categories or a call in capitals is no name', () => {
    expect(article(page('July 21, 2025', 'E-Commerce, SEO', PROSE)).record.author).toBeNull();
    expect(article(page('September 29, 2025', 'FREE LOCAL SEO AUDIT', PROSE)).record.author).toBeNull();
  });
});

describe('text bylines: other languages', () => {
  const other = (headline: string, byline: string[], prose: string) => `Menu\n${headline}\n${byline.join('\n')}\n${prose}\n${prose}\n${prose}`;
  const ES = 'El ministerio dijo que el programa apoyará la investigación conjunta de científicos de muchos países durante los próximos cinco años.';
  const DE = 'Das Ministerium sagte, das Programm werde die gemeinsame Forschung von Wissenschaftlern aus vielen Ländern in den nächsten fünf Jahren fördern.';
  const FR = 'Le ministère a déclaré que le programme soutiendra la recherche commune de scientifiques de nombreux pays au cours des cinq prochaines années.';
  it('reads "Por", "Von", "Par" bylines, and the label alone over the name', () => {
    expect(article(other('China y Brasil firman un acuerdo de ciencia', ['Por Ana Gómez', '12 de marzo de 2025'], ES)).record.author).toBe('Ana Gómez');
    expect(article(other('China und Brasilien unterzeichnen ein Abkommen', ['Von Anna Berg'], DE)).record.author).toBe('Anna Berg');
    expect(article(other('La Chine et le Brésil signent un accord', ['Par', 'Jean Roy'], FR)).record.author).toBe('Jean Roy');
  });
  it('a sentence that opens with the word names nobody', () => {
    expect(article(other('China y Brasil firman un acuerdo de ciencia', ['Por otro lado, el acuerdo'], ES)).record.author).toBeNull();
  });
});

describe('cleanAuthor: a role after the name with only a space between', () => {
  it('cuts the role and a weekday, keeps two-word names and joined names', () => {
    expect(cleanAuthor('Anna Berg Executive Digital Editor and Master Gardener')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg Gardener & Astrologer')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg on Tuesday')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg and Li Wei')).toBe('Anna Berg and Li Wei');
    expect(cleanAuthor('Staff Writer')).toBe('Staff Writer');
    expect(cleanAuthor('Senior Autos Reporter')).toBe('Senior Autos Reporter');
    expect(cleanAuthor('Luxury Travel Expert')).toBe('Luxury Travel Expert');
    expect(cleanAuthor('Anna Berg Writer')).toBe('Anna Berg');
    expect(cleanAuthor('Anna Berg Updated')).toBe('Anna Berg');
  });
});

/**
 * The text path's "By …" line under the headline inside the article's run (stages/segment/header-fields.ts
 * readBylineShape) read as the header's own fields read it: an organisation after the label ("by
 * University of Harbor", "By the Associated Press staff"), two writers joined by "with" or "+"; and a list
 * of writers with no label beside the stamp on one row ("Anna Berg and Li Wei, Harbor Times - Dec 20, 2023");
 * "By —" alone over the name, and the name shown twice on its line (its copy for screen readers).
 * A sentence opening on "By the time …" stays no byline.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { organisationShaped } from '../../scripts/ingest/lib/bylines/name-shape.ts';

/** A note in prose over the headline: the article's run opens there, so the byline under the headline is inside it. */
const NOTE = "This story has been checked by the editors under the site's review policy. Editors have marked the following points while making sure the piece can be trusted:";
const BODY = [
  'At about the size of a fingernail, the small sea creature can grow a lost arm back in two or three days, and researchers have long asked how.',
  'The team found that growing cells gather where the arm was cut and help to form the new tissue over the following days.',
  PROSE,
];
const inRun = (byline: string) =>
  [NOTE, '', 'fact-checked', '', 'peer-reviewed publication', '', 'proofread', '', 'How sea creatures grow their arms back in days', '', byline, '', ...BODY.flatMap((b) => [b, ''])].join('\n');

describe('text bylines inside the run: an organisation after "By"', () => {
  it('reads the institution the byline names', () => {
    expect(article(inRun('by University of Harbor')).record.author).toBe('University of Harbor');
    expect(article(inRun('By the Harbor Institute for Ocean Science')).record.author).toBe('the Harbor Institute for Ocean Science');
    expect(article(inRun('By the Associated Press staff')).record.author).toBe('the Associated Press staff');
  });

  it('a sentence opening on "By the time", "by the way" is no byline', () => {
    expect(article(inRun('By the time the vote ended, the hall was empty.')).record.author).toBeNull();
    expect(article(inRun('By the time the vote ended')).record.author).toBeNull();
    expect(article(inRun('by the way of the sea')).record.author).toBeNull();
  });

  it('the organisation shape: capitalised words and their linking words, one of them an institution\'s', () => {
    expect(organisationShaped('University of Tokyo')).toBe(true);
    expect(organisationShaped('the Associated Press')).toBe(true);
    expect(organisationShaped('the time the vote ended')).toBe(false);
    expect(organisationShaped('Table of Contents')).toBe(false);
    expect(organisationShaped('University of')).toBe(false);
  });
});

describe('text bylines inside the run: "with" and "+" between two writers', () => {
  it('reads both writers', () => {
    expect(article(inRun('By Anna Berg with Li Wei')).record.author).toBe('Anna Berg with Li Wei');
    expect(article(inRun('By Anna Berg + Li Wei')).record.author).toBe('Anna Berg & Li Wei');
  });

  it('"+" between two names is a list\'s joiner; in a word it stays', () => {
    expect(cleanAuthor('Anna Berg + Li Wei')).toBe('Anna Berg & Li Wei');
    expect(cleanAuthor('Anna Berg, Li Wei + Jo Park')).toBe('Anna Berg, Li Wei & Jo Park');
  });
});

describe('text bylines: writers listed with no label beside the stamp on one row', () => {
  const page = (...header: string[]) => `Menu\nHome\nNews\nThe harbour bridge will be rebuilt next year, the council says\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

  it('reads the names before the outlet and the stamp', () => {
    expect(article(page('Anna Berg and Li Wei, Harbor Times - Dec 20, 2023 3:06 pm UTC')).record.author).toBe('Anna Berg and Li Wei');
    expect(article(page('Anna Berg & Li Wei | Dec 20, 2023')).record.author).toBe('Anna Berg & Li Wei');
  });

  it('a section\'s or the places\' words beside the stamp are no writers', () => {
    expect(article(page('Research and Development | Dec 20, 2023')).record.author).toBeNull();
  });
});

describe('text bylines: "By —" over the name, the name shown twice', () => {
  const page = (...header: string[]) => `Menu\nHome\nNews\nThe harbour bridge will be rebuilt next year, the council says\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

  it('a dash after the label alone: the name is on the next line', () => {
    expect(article(page('By —', '', 'Anna Berg')).record.author).toBe('Anna Berg');
  });

  it('the byline shown twice on one line is read once', () => {
    expect(article(page('By —', '', 'Anna Berg, Harbor Press Anna Berg, Harbor Press')).record.author).toBe('Anna Berg');
    expect(article(page('By —', '', 'Associated Press Associated Press')).record.author).toBe('Associated Press');
    expect(cleanAuthor('Anna Berg Anna Berg')).toBe('Anna Berg');
  });

  it('a sentence under the dash is no name; one word twice may be a name', () => {
    expect(article(page('By —', '', 'The plan was cut - The plan was cut')).record.author).toBeNull();
    expect(cleanAuthor('Lee Lee')).toBe('Lee Lee');
  });
});

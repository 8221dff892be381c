/**
 * An author's name as a reader writes it (lib/bylines/author.ts), from the byline text pages give: labels,
 * dates, roles and whitespace run into the name, several names, a byline that names nobody.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor, isHandle } from '../../scripts/ingest/lib/bylines/author.ts';

describe('cleanAuthor', () => {
  it('drops the label before the name, even run into it', () => {
    expect(cleanAuthor('By Li Wei')).toBe('Li Wei');
    expect(cleanAuthor('ByLi Wei')).toBe('Li Wei');
    expect(cleanAuthor('Written By:Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Posted by: Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('This post was written by Anna Berg')).toBe('Anna Berg');
    expect(cleanAuthor('Authors: Anna Berg and Li Wei')).toBe('Anna Berg and Li Wei');
    expect(cleanAuthor('Byron Keel')).toBe('Byron Keel');
  });

  it('a label, a date or a role alone names nobody', () => {
    expect(cleanAuthor('By')).toBeNull();
    expect(cleanAuthor('Written by')).toBeNull();
    expect(cleanAuthor('The Author')).toBeNull();
    expect(cleanAuthor('Author Bio')).toBeNull();
    expect(cleanAuthor('Jun 2\n\n   Written By')).toBeNull();
    expect(cleanAuthor('Sat')).toBeNull();
    expect(cleanAuthor('262588213843476')).toBeNull();
    expect(cleanAuthor('https://example.org/user/anna-berg')).toBeNull();
    expect(cleanAuthor('5 min read')).toBeNull();
  });

  it('reads every name of a list whose names carry credentials ("Anna Berg, PhD and Li Wei, MPH")', () => {
    expect(cleanAuthor('by Anna Berg, PhD and Li Wei, MPH | Harbor Labs')).toBe('Anna Berg, PhD and Li Wei, MPH');
    expect(cleanAuthor('Anna Berg, MS & Li Wei')).toBe('Anna Berg, MS & Li Wei');
    // A credential alone after the name stays the name's.
    expect(cleanAuthor('Anna Berg, PhD')).toBe('Anna Berg, PhD');
  });

  it('keeps a newsroom\'s name that opens with a word of capitals and its number ("HB7 Redaktion"); a count run into a word in lower case goes', () => {
    expect(cleanAuthor('Von HB7 Redaktion')).toBe('HB7 Redaktion');
    expect(cleanAuthor('KXR12 News')).toBe('KXR12 News');
    expect(cleanAuthor('HB7')).toBe('HB7');
    expect(cleanAuthor('Anna Berg3 comments')).toBe('Anna Berg');
    expect(cleanAuthor('Harbor12 News')).toBe('Harbor');
  });

  it('keeps a name that opens with a number run into its letters ("4x Labs"): a word of the name, no date', () => {
    expect(cleanAuthor('By 4x Harbor Labs')).toBe('4x Harbor Labs');
    expect(cleanAuthor('7Seas Gazette')).toBe('7Seas Gazette');
    // A number set apart is a count or a date: "12 comments", "5 min read", "2026 Anna Berg".
    expect(cleanAuthor('12 comments')).toBeNull();
    expect(cleanAuthor('5min read')).toBeNull();
    expect(cleanAuthor('Anna Berg 3rd March')).toBe('Anna Berg');
    expect(cleanAuthor('3rd March')).toBeNull();
    expect(cleanAuthor('9am')).toBeNull();
    // A count with a sign, a code of digits and letters: no name's word.
    expect(cleanAuthor('4M+ readers')).toBeNull();
    expect(cleanAuthor('3d23d65-ddc6')).toBeNull();
    // A year run into the name is the stamp's.
    expect(cleanAuthor('2025Anna Berg')).toBeNull();
  });

  it('drops a date run into the name', () => {
    expect(cleanAuthor('BySummer Thorne-June 12')).toBe('Summer Thorne');
    expect(cleanAuthor('By Dr. Anna Berg - Mar 27')).toBe('Dr. Anna Berg');
    expect(cleanAuthor('Noah LinDecember 17')).toBe('Noah Lin');
    // A month in capitals, a stamp element's text run onto the name's.
    expect(cleanAuthor('Noah LinDECEMBER 22, 2022Updated: JANUARY 02, 2026')).toBe('Noah Lin');
    expect(cleanAuthor('Noah LinSEPT. 3, 2022')).toBe('Noah Lin');
    expect(cleanAuthor('Sam Dorsey30 Sep 2022')).toBe('Sam Dorsey');
    expect(cleanAuthor('Anna Berg • March 12')).toBe('Anna Berg');
    expect(cleanAuthor('Dec. 19, 2025 · Niko Berg\n     on behalf of the docs group')).toBe('Niko Berg');
    expect(cleanAuthor('Anna Berg\n\t\tLast updated on 17 December 2025')).toBe('Anna Berg');
    expect(cleanAuthor('Yucy3/4/2025000000Sharesfacebooktwitter')).toBe('Yucy');
  });

  it('drops a role run into the name or on a line of its own, but keeps camel-case names', () => {
    expect(cleanAuthor('Written ByTobias FerrandolAI Writer')).toBe('Tobias Ferrandol');
    expect(cleanAuthor('Nadia OkaforTech Reporter')).toBe('Nadia Okafor');
    expect(cleanAuthor('Meg Harlow\t\t\t\n\t\t\tFormer Management Consultant')).toBe('Meg Harlow');
    expect(cleanAuthor('Kellan MorrowSee more from Kellan Morrow')).toBe('Kellan Morrow');
    expect(cleanAuthor('Grant Doyle (Content Manager)')).toBe('Grant Doyle');
    expect(cleanAuthor('By: \n      BrightVault EMEA\n   on 04-ago-2021 5:11:10')).toBe('BrightVault EMEA');
    expect(cleanAuthor('Nora McAllister')).toBe('Nora McAllister');
    expect(cleanAuthor('Lorraine DeVallo')).toBe('Lorraine DeVallo');
    expect(cleanAuthor('Guide\n\n by\n\n Will Tansey\n\n  Former Deputy Tech Editor')).toBe('Will Tansey');
  });

  it('a job title is the answer only when no name is given', () => {
    expect(cleanAuthor('Senior Autos Reporter')).toBe('Senior Autos Reporter');
    expect(cleanAuthor('Senior Autos Reporter\nGlen Porter')).toBe('Glen Porter');
  });

  it('whitespace, quotes, e-mail addresses and handles around the name go', () => {
    expect(cleanAuthor('By                \n  \n      Ramiro Ibáñez-Coll')).toBe('Ramiro Ibáñez-Coll');
    expect(cleanAuthor('"Daniel Cho"')).toBe('Daniel Cho');
    expect(cleanAuthor('Newsdesk news@example.co.uk')).toBe('Newsdesk');
    expect(cleanAuthor('Pavel Kráľ@pavelk_aiDevelopment')).toBe('Pavel Kráľ');
    expect(cleanAuthor('Ethan Rowe @ Example Co')).toBe('Ethan Rowe');
  });

  it('several names stay together as the byline joins them', () => {
    expect(cleanAuthor('Neil DuvaRan\n\t\n\t\t and Lukas Brenninger')).toBe('Neil DuvaRan and Lukas Brenninger');
    expect(cleanAuthor('Written by\n \n\nAnna Berg\n\n, \n\nLi Wei\n\n, and \n\nHannah Phan\n\n\n  Updated August 14, 2025')).toBe('Anna Berg, Li Wei, and Hannah Phan');
    expect(cleanAuthor('Irene & Dafni')).toBe('Irene & Dafni');
    expect(cleanAuthor('&\n    Rodrick Almeda\n     Writer')).toBe('Rodrick Almeda');
  });

  it('after a comma, full names continue the list and credentials the name; a role or an outlet ends it', () => {
    expect(cleanAuthor('Bao Xu, Lina Adwan, Tiago Serra Lopes & Arvind Kamat')).toBe('Bao Xu, Lina Adwan, Tiago Serra Lopes & Arvind Kamat');
    expect(cleanAuthor('Howard Ellery, Temi Ng, and EDU Rankings Team')).toBe('Howard Ellery, Temi Ng, and EDU Rankings Team');
    expect(cleanAuthor('Logan Pryce, MS, RD')).toBe('Logan Pryce, MS, RD');
    expect(cleanAuthor('Rosalind Ashby, Ph.D.')).toBe('Rosalind Ashby, Ph.D.');
    expect(cleanAuthor('Peter Galvano, Contributor, GadgetWire')).toBe('Peter Galvano');
    expect(cleanAuthor('Tobias FerrandolAI Writer, Vantora')).toBe('Tobias Ferrandol');
    expect(cleanAuthor('Karen Lindqvist and Megan Trautz, Extension horticulture educators')).toBe('Karen Lindqvist and Megan Trautz');
    expect(cleanAuthor('byAAA Travel Editor, SMT')).toBe('AAA Travel Editor');
  });

  it('a sentence from a bio box is no name', () => {
    expect(cleanAuthor('Anna Berg is a science writer based in Oslo who covers polar research')).toBeNull();
  });

  it('tells a user name from a name', () => {
    expect(isHandle('martin.oakley')).toBe(true);
    expect(isHandle('kffnirmitap')).toBe(true);
    expect(isHandle('Robyn')).toBe(false);
    expect(isHandle('Anna Berg')).toBe(false);
  });

  it('reads a first name with a surname\'s initial run into it as a user name', () => {
    expect(isHandle('AnnaB')).toBe(true);
    expect(isHandle('LiWJ')).toBe(true);
    expect(isHandle('McAllister')).toBe(false);
    expect(isHandle('DeSantis')).toBe(false);
    expect(isHandle('NASA')).toBe(false);
  });
});

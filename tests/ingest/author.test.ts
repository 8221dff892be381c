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
    expect(cleanAuthor('Byron Smith')).toBe('Byron Smith');
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

  it('drops a date run into the name', () => {
    expect(cleanAuthor('BySummer Swann-June 12')).toBe('Summer Swann');
    expect(cleanAuthor('By Dr. Anna Berg - Mar 27')).toBe('Dr. Anna Berg');
    expect(cleanAuthor('Luke KimDecember 17')).toBe('Luke Kim');
    expect(cleanAuthor('Chris Carroll30 Sep 2022')).toBe('Chris Carroll');
    expect(cleanAuthor('Anna Berg • March 12')).toBe('Anna Berg');
    expect(cleanAuthor('Dec. 19, 2025 · Niko Berg\n     on behalf of the docs group')).toBe('Niko Berg');
    expect(cleanAuthor('Anna Berg\n\t\tLast updated on 17 December 2025')).toBe('Anna Berg');
    expect(cleanAuthor('Yucy3/4/2025000000Sharesfacebooktwitter')).toBe('Yucy');
  });

  it('drops a role run into the name or on a line of its own, but keeps camel-case names', () => {
    expect(cleanAuthor('Written ByStephen JesudunsinAI Writer')).toBe('Stephen Jesudunsin');
    expect(cleanAuthor('Harry RabinowitzTech Reporter')).toBe('Harry Rabinowitz');
    expect(cleanAuthor('Liz Kenny\t\t\t\n\t\t\tFormer Management Consultant')).toBe('Liz Kenny');
    expect(cleanAuthor('Zander DejahSee more from Zander Dejah')).toBe('Zander Dejah');
    expect(cleanAuthor('Lance Ryan (Content Manager)')).toBe('Lance Ryan');
    expect(cleanAuthor('By: \n      FlowGuard EMEA\n   on 04-ago-2021 5:11:10')).toBe('FlowGuard EMEA');
    expect(cleanAuthor('Mary McCarthy')).toBe('Mary McCarthy');
    expect(cleanAuthor('Danielle DeSiato')).toBe('Danielle DeSiato');
    expect(cleanAuthor('Guide\n\n by\n\n Will Judd\n\n  Former Deputy Tech Editor')).toBe('Will Judd');
  });

  it('a job title is the answer only when no name is given', () => {
    expect(cleanAuthor('Senior Autos Reporter')).toBe('Senior Autos Reporter');
    expect(cleanAuthor('Senior Autos Reporter\nKeith Barry')).toBe('Keith Barry');
  });

  it('whitespace, quotes, e-mail addresses and handles around the name go', () => {
    expect(cleanAuthor('By                \n  \n      Sergio Martínez-Beltrán')).toBe('Sergio Martínez-Beltrán');
    expect(cleanAuthor('"David Kim"')).toBe('David Kim');
    expect(cleanAuthor('Newsdesk news@example.co.uk')).toBe('Newsdesk');
    expect(cleanAuthor('David Mráz@davidm_aiDevelopment')).toBe('David Mráz');
    expect(cleanAuthor('Nathan Lian @ Example Co')).toBe('Nathan Lian');
  });

  it('several names stay together as the byline joins them', () => {
    expect(cleanAuthor('Mark SubbaRao\n\t\n\t\t and Jonas Jaegermeyer')).toBe('Mark SubbaRao and Jonas Jaegermeyer');
    expect(cleanAuthor('Written by\n \n\nAnna Berg\n\n, \n\nLi Wei\n\n, and \n\nNatalie Nguyen\n\n\n  Updated August 14, 2025')).toBe('Anna Berg, Li Wei, and Natalie Nguyen');
    expect(cleanAuthor('Maria & Katerina')).toBe('Maria & Katerina');
    expect(cleanAuthor('&\n    Zackery Cuevas\n     Writer')).toBe('Zackery Cuevas');
  });

  it('after a comma, full names continue the list and credentials the name; a role or an outlet ends it', () => {
    expect(cleanAuthor('Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra')).toBe('Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra');
    expect(cleanAuthor('Thomas Broderick, Nalea Ko, and ACO Rankings Team')).toBe('Thomas Broderick, Nalea Ko, and ACO Rankings Team');
    expect(cleanAuthor('Dylan Bailey, MS, RD')).toBe('Dylan Bailey, MS, RD');
    expect(cleanAuthor('Genevieve Carlton, Ph.D.')).toBe('Genevieve Carlton, Ph.D.');
    expect(cleanAuthor('Michael Ansaldo, Contributor, TechHive')).toBe('Michael Ansaldo');
    expect(cleanAuthor('Stephen JesudunsinAI Writer, Embarque')).toBe('Stephen Jesudunsin');
    expect(cleanAuthor('Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators')).toBe('Julie Weisenhorn and Natalie Hoidal');
    expect(cleanAuthor('byAAA Travel Editor, SMT')).toBe('AAA Travel Editor');
  });

  it('a sentence from a bio box is no name', () => {
    expect(cleanAuthor('Anna Berg is a science writer based in Oslo who covers polar research')).toBeNull();
  });

  it('tells a user name from a name', () => {
    expect(isHandle('andrew.keaveney')).toBe(true);
    expect(isHandle('kffnirmitap')).toBe(true);
    expect(isHandle('Robyn')).toBe(false);
    expect(isHandle('Anna Berg')).toBe(false);
  });
});

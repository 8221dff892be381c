/**
 * Lines the text path's byline readers took for a name: a dateline opening the first paragraph under the
 * stamp ("LONDON (AP) — …": a place and an agency), a menu's link whose first word is a byline's label
 * noun ("Writer Archive"), a title-case line of a category's words beside the stamp or over the article
 * ("Full Episode", "Harbor Rating"). A name over the stamp with its outlet's web address after the comma
 * ("Grace Park, harbor-news.com") is the writer's. And what stays a name: a writer after the label, two-word names that
 * are words too ("Rose Gold", "Grace Park").
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { bareName, isSiteAddress } from '../../scripts/ingest/lib/bylines/name-lines.ts';
import { sectionWordAlone } from '../../scripts/ingest/lib/bylines/name-shape.ts';

const EN = 'The harbour authority said on Tuesday that the new pier will let twice as many ferries call at the port over the summer season.';
const body = (p: string) => [p, p, p, p].join('\n');
const HEADLINE = 'Harbour opens a new pier as ferry traffic doubles after the summer';
const page = (header: string, first = EN) => article(`Home\nNews\n${HEADLINE}\n${header}\n${first}\n${body(EN)}`);

describe('text bylines: a dateline is a place and an agency, no name', () => {
  it('names nobody from "LONDON (AP) — …" opening the first paragraph under the stamp', () => {
    const first = 'LONDON (AP) — A man suspected of taking a painted road sign from a street corner was arrested on Saturday, the city police said.';
    expect(page(' Arts Dec 23, 2023 2:15 PM EST\n', first).record.author).toBeNull();
    expect(page('Dec 23, 2023\n', 'HAMBURG (dpa) — Die Hafenbehörde teilte am Dienstag mit, dass am neuen Anleger im Sommer mehr Fähren anlegen.').record.author).toBeNull();
  });

  it('still reads the name over the stamp, and the name before its outlet after a dash', () => {
    expect(page('Rose Gold\nDec 23, 2023').record.author).toBe('Rose Gold');
    expect(page('Grace Park — Harbor Journal\nDec 23, 2023').record.author).toBe('Grace Park');
  });
});

describe("text bylines: a label's noun before a section's word is a menu's link", () => {
  it('reads no name from "Writer Archive" or "Author Posts" in the header', () => {
    expect(page('Writer Archive\nDec 23, 2023').record.author).toBeNull();
    expect(sectionWordAlone('Archive')).toBe(true);
    expect(sectionWordAlone('Posts')).toBe(true);
  });

  it('still reads a writer after the label', () => {
    expect(page('Writer Grace Park\nDec 23, 2023').record.author).toBe('Grace Park');
    expect(page('By Rose Gold\nDec 23, 2023').record.author).toBe('Rose Gold');
    expect(sectionWordAlone('Kestrin')).toBe(false);
    expect(sectionWordAlone('Grace Park')).toBe(false);
  });
});

describe('text bylines: a line of category words is no name', () => {
  it('takes no "Full Episode", "Harbor Rating" for a name', () => {
    expect(bareName('Full Episode')).toBe(false);
    expect(bareName('Harbor Rating')).toBe(false);
    expect(page('Harbor Rating\n', EN).record.author).toBeNull();
  });

  it('keeps two-word names that are words too', () => {
    expect(bareName('Rose Gold')).toBe(true);
    expect(bareName('Grace Park')).toBe(true);
  });
});

describe("text bylines: the outlet's web address after the name's comma", () => {
  it('reads "Grace Park, harbor-news.com" over the stamp as Grace Park', () => {
    expect(page(`${EN}\nGrace Park, harbor-news.com\nDec 23, 2023`).record.author).toBe('Grace Park');
    expect(isSiteAddress('Harbor.com')).toBe(true);
    expect(isSiteAddress('harbor-news.co.uk')).toBe(true);
  });

  it('a place or a role after the comma is no web address', () => {
    expect(isSiteAddress('St. Louis')).toBe(false);
    expect(isSiteAddress('Jr.')).toBe(false);
    expect(isSiteAddress('Staff Writer')).toBe(false);
  });
});

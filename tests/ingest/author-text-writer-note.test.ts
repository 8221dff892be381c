/**
 * The text path's byline from the newsroom's note on its writer at the article's foot, where no byline
 * stands over the article (lib/bylines/writer-note.ts): "Anna Berg is a senior reporter for …" in
 * English, German, French, Spanish, Italian and Portuguese, "Contact Anna Berg at …", "Contact reporter
 * Anna Berg at …", "Anna Berg can be reached at …" (two writers' notes on one line name both). A firm's
 * sentence with no newsroom role, a name in capitals, a staff list of many writers, a note over the
 * headline, or a page whose byline names someone else give no name from a note.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { writersOfNotes } from '../../scripts/ingest/lib/bylines/writer-note.ts';

const HEADLINE = 'Joint ocean research programme opens to students from both countries';
const page = (...foot: string[]) => `Menu\nHome\nNews\n${HEADLINE}\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n\n${foot.join('\n\n')}\n\nPrivacy Policy\nTerms of Use`;

describe('text bylines: the note on the writer at the article\'s foot', () => {
  it('reads the writer a sentence about their newsroom role names', () => {
    expect(article(page('Jim Walters is a senior reporter for the Harbor Gazette and the Bay Times. Email: jwalters@example.com.')).record.author).toBe('Jim Walters');
    expect(article(page('Nika Simovich Fisher is a writer, graphic designer, and educator based in New York.')).record.author).toBe('Nika Simovich Fisher');
  });

  it('reads it in German, French, Spanish, Italian and Portuguese', () => {
    const lines = (note: string) => ['Überschrift', PROSE, note];
    expect(writersOfNotes(lines('Jörg Weidmann ist freier Journalist in Wien und schreibt über Meeresforschung.'), 0)).toEqual(['Jörg Weidmann']);
    expect(writersOfNotes(lines('Anna Berg ist Redakteurin im Ressort Wissenschaft.'), 0)).toEqual(['Anna Berg']);
    expect(writersOfNotes(lines('Élise Martin est journaliste au service Sciences.'), 0)).toEqual(['Élise Martin']);
    expect(writersOfNotes(lines('Lucía Gómez es periodista especializada en ciencia.'), 0)).toEqual(['Lucía Gómez']);
    expect(writersOfNotes(lines('Giulia Rossi è giornalista scientifica a Milano.'), 0)).toEqual(['Giulia Rossi']);
    expect(writersOfNotes(lines('João Silva é jornalista de ciência em Lisboa.'), 0)).toEqual(['João Silva']);
  });

  it('reads the writer a contact line names, with its role or its dash', () => {
    expect(article(page('Contact Kayla Jameson at kjameson@example.com. Follow her on X at @kaylaj.')).record.author).toBe('Kayla Jameson');
    expect(article(page('—Contact Jennifer Tolland at jennifer.tolland@example.com.')).record.author).toBe('Jennifer Tolland');
    expect(article(page('Contact reporter Greyson Stelle at gstelle@example.com')).record.author).toBe('Greyson Stelle');
  });

  it('reads two writers who can be reached, on one line', () => {
    expect(article(page('Travis Andersson can be reached at travis.andersson@example.com. Adam Sennet can be reached at adam.sennet@example.com.')).record.author).toBe('Travis Andersson and Adam Sennet');
  });

  it('reads no firm, no name in capitals, no role that is no newsroom\'s, no staff list', () => {
    expect(article(page('Harborly Labs is a platform for writers and editors who publish research news.')).record.author).toBeNull();
    expect(article(page('JIM WALTERS IS A SENIOR REPORTER FOR THE HARBOR GAZETTE.')).record.author).toBeNull();
    expect(article(page('Jim Walters is a senior engineer at the marine institute and leads its sensor team.')).record.author).toBeNull();
    const staff = ['Anna Berg is a reporter.', 'Li Wei is a writer.', 'Jo Park is an editor.', 'Sam Ode is a columnist.'];
    expect(writersOfNotes(staff, 0)).toBeNull();
    expect(writersOfNotes(staff.slice(0, 2), 0)).toEqual(['Anna Berg', 'Li Wei']);
  });

  it('reads no note over the article, nor one on a page whose byline names the writer', () => {
    expect(writersOfNotes(['Jim Walters is a senior reporter.', HEADLINE, PROSE], 1)).toBeNull();
    const byline = `Menu\n${HEADLINE}\nBy Anna Berg\n${PROSE}\n\n${PROSE}\n\n${PROSE}\n\nJim Walters is a senior reporter for the Harbor Gazette.\n\nPrivacy Policy`;
    expect(article(byline).record.author).toBe('Anna Berg');
  });
});

/**
 * A blog's filing note under its post is read from one phrase list on both paths
 * (lib/page-text/chrome/filing-note-phrases.ts): the text path's chrome rule (entry-footer.ts) and the
 * HTML path's closing lines (html-furniture.ts) leave out the same whole notes, in each of their
 * languages; the HTML path's short English form ("Posted in Travel") stays its own, with the term in
 * its capital. A sentence of the article's that opens alike stays on both.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { matchChrome } from '../../scripts/ingest/stages/clean.ts';
import { FILED_SHORT_FORM, FILING_NOTE } from '../../scripts/ingest/lib/page-text/chrome/filing-note-phrases.ts';

const P = [
  'The two agencies agreed on Tuesday to share ocean data from their monitoring stations for the next ten years, officials said after the meeting.',
  'The agreement covers temperature, salinity and current measurements taken by more than two hundred buoys along the coasts of both regions.',
  'Researchers welcomed the agreement, saying that long-term access to shared data sets was the most important part of the deal for their work on sea levels.',
  'The first joint report based on the shared data is expected to be published next spring, according to a statement released by both agencies.',
];
const html = (closer: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ocean data deal</title></head><body><article class="post"><h1>Ocean data deal</h1>${P.map((p) => `<p>${p}</p>`).join('')}<p>${closer}</p></article></body></html>`;

const NOTES = [
  'This entry was posted in Oceans and tagged buoys, data. Bookmark the permalink.',
  'Dieser Eintrag wurde veröffentlicht in Meer und verschlagwortet mit Bojen, Daten von Jana Berg. Permanentlink.',
  'Dieser Beitrag wurde unter Meer abgelegt und mit Bojen verschlagwortet. Setze ein Lesezeichen auf den Permalink.',
  'Cette entrée a été publiée dans Océans, avec comme mot(s)-clef(s) bouées. Vous pouvez la mettre en favoris avec ce permalien.',
  'Esta entrada fue publicada en Océanos y etiquetada boyas. Guarda el enlace permanente.',
  'Esta entrada foi publicada em Oceanos e marcada com boias. Adicione o link permanente aos seus favoritos.',
  'Questa voce è stata pubblicata in Oceani e contrassegnata con boe. Contrassegna il permalink.',
  'Dit bericht werd geplaatst in Oceanen en getagd met boeien. Bookmark de permalink.',
];
const OWN = [
  'Dieser Beitrag wurde unter Mitarbeit von drei Redaktionen erstellt.',
  'Posted in 1923 from the research station, the letter reached the ministry only in March, the archive said.',
];

describe('a filing note under the post, on both paths', () => {
  it('the text path and the HTML path leave out the same whole notes', () => {
    for (const note of NOTES) {
      expect(FILING_NOTE.test(note), note).toBe(true);
      expect(matchChrome(note)?.id, note).toBe('entry-footer');
      const { body, report } = article(html(note), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body, note).not.toContain(note);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === note), note).toBe(true);
    }
  });

  it("keeps the article's own sentence that opens alike, on both paths", () => {
    for (const own of OWN) {
      expect(FILING_NOTE.test(own), own).toBe(false);
      expect(FILED_SHORT_FORM.test(own), own).toBe(false);
      expect(article(html(own), 'page.html').body).toContain(own);
    }
  });

  it("reads the HTML path's short form with its term in its capital only", () => {
    for (const note of ['Posted in Oceans', 'Filed under: Oceans', 'This entry was posted in Oceans', 'POSTED IN OCEANS']) expect(FILED_SHORT_FORM.test(note), note).toBe(true);
    for (const line of ['posted in oceans', 'Posted in 2019', 'Filed under the desk']) expect(FILED_SHORT_FORM.test(line), line).toBe(false);
  });
});

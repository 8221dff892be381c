/**
 * The reader addressed (lib/page-text/boxes/reader-addressed.ts), one list for the rules that tell a page's
 * furniture by it: "you" in the languages they read, German's polite forms only inside a sentence.
 */
import { describe, expect, it } from 'vitest';
import { READER_ADDRESSED } from '../../scripts/ingest/lib/page-text/boxes/reader-addressed.ts';

describe('the reader addressed', () => {
  it('finds "you" and its kin', () => {
    for (const line of ['Sign up and you get the news first.', 'Folge uns, dann verpasst du nichts.', 'Unser Kanal bringt Ihnen die Meldungen.', 'Mit deiner Zustimmung laden wir den Inhalt.', 'Inscrivez-vous à votre lettre.', 'Als jij akkoord gaat, tonen we de video.'])
      expect(READER_ADDRESSED.test(line), line).toBe(true);
  });
  it('leaves "they", "she" and words that only contain the pronouns', () => {
    for (const line of ['Sie sagte, sie komme morgen.', 'Die Bäcker und ihr Verband stimmten zu.', 'The youth club reopened.', 'Je nach Region ist das anders.'])
      expect(READER_ADDRESSED.test(line), line).toBe(false);
  });
});

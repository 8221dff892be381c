/**
 * French (and Swiss German) typography sets a space, often a narrow no-break one, inside guillemets:
 * « Nous commencerons au printemps. » A sentence closed so ends there all the same; a breadcrumb's
 * "Accueil »" does not. Every text here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { endsLikeSentence } from '../../scripts/ingest/lib/page-text/text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language.ts';

const QUOTED = 'Le directeur du port a ajouté : « Nous commencerons les travaux au printemps, avec les équipes des deux pays. »';

describe('a sentence closed by a guillemet with a space before it', () => {
  it('ends with a space, a no-break space or a narrow no-break space before the guillemet', () => {
    expect(endsLikeSentence(QUOTED)).toBe(true);
    expect(endsLikeSentence(QUOTED.replace(' »', '\u00a0»'))).toBe(true);
    expect(endsLikeSentence(QUOTED.replace(' »', '\u202f»'))).toBe(true);
    expect(endsLikeSentence('« Est-ce vraiment la fin ? »')).toBe(true);
    expect(endsLikeSentence('« Quelle surprise ! »')).toBe(true);
  });

  it('a line that ends on a guillemet without a sentence mark inside does not', () => {
    expect(endsLikeSentence('Accueil »')).toBe(false);
    expect(endsLikeSentence('Le port de la ville » Actualités »')).toBe(false);
    expect(endsLikeSentence('« Le port de demain »')).toBe(false);
  });

  it('the line reads as a sentence to main-text', () => {
    const fr = detectLanguage(`${QUOTED}\n${QUOTED}`);
    expect(blockFeatures(QUOTED, fr).sentenceEnd).toBe(true);
  });
});

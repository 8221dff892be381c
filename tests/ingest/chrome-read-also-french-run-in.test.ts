/**
 * "À lire aussi La natalité russe menacée d'effondrement": French pages, like Scandinavian and Dutch
 * ones, may run the "read also" label into the other story's headline with no colon. The headline's
 * capital tells the link from a sentence that reads on ("Lire aussi les conditions…"). Written for
 * the test; failed before.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

describe('a French "read also" link run into its headline', () => {
  it('is a read-also link', () => {
    expect(chromeRuleOf('À lire aussi La ville ouvre un nouveau pont sur le fleuve')?.id).toBe('read-also');
    expect(chromeRuleOf('Lire aussi Le port attend ses premiers bateaux')?.id).toBe('read-also');
  });

  it('leaves a sentence that reads on alone', () => {
    expect(chromeRuleOf('Lire aussi les conditions générales avant de signer le contrat.')?.id).toBeUndefined();
    expect(chromeRuleOf('À lire aussi dans notre dossier sur les transports')?.id).toBeUndefined();
  });
});

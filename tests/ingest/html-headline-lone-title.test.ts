/**
 * A lone <h1> of four words or more against a lone <title> (no share field, no JSON-LD headline): the
 * <h1> is the headline the page shows its reader, and the extractor's title, a copy of the <title>,
 * breaks no tie (lib/html/headline/html-headline.ts). A shorter <h1> is still often a section's name.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe('a lone <h1> against a lone <title>', () => {
  it('takes the <h1> (English, the <title> with its site part)', () => {
    const head = '<title>Ice core drilling season ends early - Polar Desk</title>';
    expect(headlineOf(head, '<h1>Storms cut the ice core season short</h1>', 'Ice core drilling season ends early')).toBe('Storms cut the ice core season short');
  });

  it('takes the <h1> (German, a <title> with no site part)', () => {
    const head = '<title>Welche Zelte halten dem Polarsturm stand?</title>';
    expect(headlineOf(head, '<h1>Zelte für die Polarstation im Test</h1>', 'Welche Zelte halten dem Polarsturm stand?')).toBe('Zelte für die Polarstation im Test');
  });

  it('takes the <h1> (French)', () => {
    const head = '<title>La station polaire rouvre après la tempête | Exemple Info</title>';
    expect(headlineOf(head, '<h1>Après la tempête, la station polaire rouvre ses portes</h1>', 'La station polaire rouvre après la tempête')).toBe(
      'Après la tempête, la station polaire rouvre ses portes',
    );
  });

  it('leaves a short <h1> (a section, three words) to the <title>', () => {
    const head = '<title>Babies who eat peanuts early may avoid allergy</title>';
    expect(headlineOf(head, '<h1>Allergies health center</h1>', 'Babies who eat peanuts early may avoid allergy')).toBe('Babies who eat peanuts early may avoid allergy');
  });

  it('leaves an <h1> that names the site (a logo) to the <title>', () => {
    const head = '<title>Ice core drilling season ends early | Polar Field Notes Online</title><meta property="og:site_name" content="Polar Field Notes Online">';
    expect(headlineOf(head, '<h1>Polar Field Notes Online</h1>', 'Ice core drilling season ends early')).toBe('Ice core drilling season ends early');
  });

  it('does not override a share field that agrees with the <title>', () => {
    const head = '<title>Ice core drilling season ends early - Polar Desk</title><meta property="og:title" content="Ice core drilling season ends early">';
    expect(headlineOf(head, '<h1>Storms cut the ice core season short</h1>', 'Ice core drilling season ends early')).toBe('Ice core drilling season ends early');
  });
});

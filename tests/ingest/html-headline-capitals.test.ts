/**
 * A headline an <h1> writes in capitals ("NINE POLAR TENTS WE TESTED", often its style's doing) that
 * another field writes in small letters is shown as that field writes it (lib/html/headline/html-headline.ts):
 * the same words, the form a reader reads in a headline list.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string, extractorTitle: string | null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

describe('a headline in capitals', () => {
  it('takes the form another field writes in small letters', () => {
    const head = '<title>Nine Polar Tents We Tested</title><meta property="og:title" content="Nine Polar Tents We Tested">';
    expect(headlineOf(head, '<h1>NINE POLAR TENTS WE TESTED</h1>', 'NINE POLAR TENTS WE TESTED')).toBe('Nine Polar Tents We Tested');
  });

  it('takes it from a field that writes it in small letters with a part after it ("… - Gear Guide")', () => {
    const head = '<title>Nine Polar Tents We Tested - Gear Guide</title><meta property="og:title" content="Nine Polar Tents We Tested - Gear Guide">';
    expect(headlineOf(head, '<h1>NINE POLAR TENTS WE TESTED</h1>', 'Nine Polar Tents We Tested - Gear Guide')).toBe('Nine Polar Tents We Tested');
    const twitter = '<meta name="twitter:title" content="Nine polar tents we tested | Example Outfitters Journal">';
    expect(headlineOf(twitter, '<h1>NINE POLAR TENTS WE TESTED</h1>', null)).toBe('Nine polar tents we tested');
  });

  it('stays in capitals when no field writes it otherwise', () => {
    expect(headlineOf('<title>NINE POLAR TENTS WE TESTED</title>', '<h1>NINE POLAR TENTS WE TESTED</h1>', null)).toBe('NINE POLAR TENTS WE TESTED');
  });

  it('a headline with a word in capitals ("NASA") is no headline in capitals', () => {
    const head = '<title>Nasa tests nine polar tents</title>';
    expect(headlineOf(head, '<h1>NASA tests nine polar tents</h1>', null)).toBe('NASA tests nine polar tents');
  });
});

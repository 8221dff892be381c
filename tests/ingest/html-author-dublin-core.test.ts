/**
 * The HTML path's author from the page's Dublin Core fields (lib/html/metadata/dublin-core-creators.ts):
 * one `dc.creator` field per writer, each surname first ("Berg, Anna").
 */
import { describe, expect, it } from 'vitest';
import { headerPage as page } from './html-header-page.ts';
import { givenNameFirst } from '../../scripts/ingest/lib/html/metadata/dublin-core-creators.ts';

describe('HTML author: Dublin Core creators', () => {
  it('reads a surname-first field as the whole name, given name first', () => {
    expect(page('', '<meta name="dc.creator" content="Kestrel, Anna">').author).toBe('Anna Kestrel');
  });

  it('reads every creator field, in the order the page gives them', () => {
    const head = ['Kestrel, Anna', 'Okafor, Lena', 'Wei, Li'].map((n) => `<meta name="dc.creator" content="${n}">`).join('');
    expect(page('', head).author).toBe('Anna Kestrel, Lena Okafor and Li Wei');
  });

  it('a creator written given name first stays as it is', () => {
    expect(page('', '<meta name="DC.creator" content="Anna Kestrel">').author).toBe('Anna Kestrel');
  });

  it('a name then its outlet, a firm, an agency pair or a credential is no surname-first name', () => {
    expect(givenNameFirst('Anna Berg, Harbor Times')).toBe('Anna Berg, Harbor Times');
    expect(givenNameFirst('Harbor Labs, Inc')).toBe('Harbor Labs, Inc');
    expect(givenNameFirst('Reuters, AP')).toBe('Reuters, AP');
    expect(givenNameFirst('Berg, MS')).toBe('Berg, MS');
    expect(givenNameFirst('van der Berg, Anna Maria')).toBe('Anna Maria van der Berg');
  });
});

import { describe, expect, it } from 'vitest';
import { headlineByAgreement } from '../../scripts/bench/extract/import/headline-by-agreement.ts';

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('headline truth by agreement of a page\'s own title fields', () => {
  it('takes the text two fields agree on', () => {
    const html = page('<title>Harbour lab opens | Coast Daily</title><meta property="og:title" content="Harbour lab opens">', '<h1>Harbour lab opens</h1>');
    expect(headlineByAgreement(html)).toBe('Harbour lab opens');
  });

  it('counts a field that shows the headline with a site suffix as showing the headline', () => {
    const html = page('<meta property="og:title" content="Harbour lab opens – Coast Daily">', '<h1>Harbour lab opens</h1>');
    expect(headlineByAgreement(html)).toBe('Harbour lab opens');
  });

  it('gives no truth when no two fields agree, or when the agreed text is too short to judge', () => {
    expect(headlineByAgreement(page('<title>Coast Daily</title><meta property="og:title" content="Harbour lab opens">', '<h1>News</h1>'))).toBeNull();
    expect(headlineByAgreement(page('<title>News</title>', '<h1>News</h1>'))).toBeNull();
    expect(headlineByAgreement(page(''))).toBeNull();
  });

  it('reads a headline from JSON-LD and survives a broken JSON-LD block', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Reef survey finds recovery"}</script><script type="application/ld+json">{broken</script>',
      '<h1>Reef survey finds recovery</h1>',
    );
    expect(headlineByAgreement(html)).toBe('Reef survey finds recovery');
  });
});

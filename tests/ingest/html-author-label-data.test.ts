/**
 * The HTML path's author from a pair of fields that label a value ("twitter:label1" "Written by",
 * "twitter:data1" the name), read only when no other field names a person (lib/html/metadata/html-meta.ts).
 */
import { describe, expect, it } from 'vitest';
import { headerPage as page } from './html-header-page.ts';

const pair = (label: string, data: string, n = 1) => `<meta name="twitter:label${n}" content="${label}"><meta name="twitter:data${n}" content="${data}">`;

describe('HTML author: a labelled pair of fields', () => {
  it('reads the name a "Written by" label gives, in any of the pairs', () => {
    expect(page('', pair('Written by', 'Anna Kestrel')).author).toBe('Anna Kestrel');
    expect(page('', pair('Est. reading time', '4 minutes') + pair('Written by', 'Anna Kestrel', 2)).author).toBe('Anna Kestrel');
    expect(page('', pair('Autor', 'Anna Kestrel')).author).toBe('Anna Kestrel');
  });

  it('a user name or a first name alone there is the account\'s display name, no byline', () => {
    expect(page('', pair('Written by', 'admin')).author).toBeNull();
    expect(page('', pair('Written by', 'Anna')).author).toBeNull();
  });

  it('a pair with another label names nobody', () => {
    expect(page('', pair('Est. reading time', '4 minutes')).author).toBeNull();
    expect(page('', pair('Filed under', 'Climate Policy')).author).toBeNull();
  });

  it('a field that names a person wins', () => {
    expect(page('', `<meta name="author" content="Li Wei">${pair('Written by', 'Anna Kestrel')}`).author).toBe('Li Wei');
  });
});

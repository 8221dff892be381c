/**
 * An article's address is spelt once (src/lib/urls/article-address.ts): the site's links (articleHref,
 * with the base path and a paragraph's anchor) and the published-pages ledger's check read the same.
 */
import { describe, expect, it } from 'vitest';
import { articleAddress, slugOfAddress } from '../../src/lib/urls/article-address.ts';
import { articleHref, href } from '../../src/lib/urls/url.ts';

describe("an article's address", () => {
  it('is the link to its page under the base path, and leads back to its slug', () => {
    expect(articleAddress('2025-03-14-harbor-lab')).toBe('/articles/2025-03-14-harbor-lab/');
    expect(articleHref('2025-03-14-harbor-lab')).toBe(href(articleAddress('2025-03-14-harbor-lab')));
    expect(articleHref('2025-03-14-harbor-lab', 'p-3')).toBe(`${href('/articles/2025-03-14-harbor-lab/')}#p-3`);
    expect(slugOfAddress(articleAddress('2025-03-14-harbor-lab'))).toBe('2025-03-14-harbor-lab');
    expect(slugOfAddress('/topics/iter/')).toBeNull();
  });
});

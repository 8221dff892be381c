/**
 * The text path's byline in capitals alone over or under the article's stamp, read where the header's
 * own readers do not reach (stages/segment.ts nameBesideStamp): "ANNA BERG" / "Dec 21st 2023 at 10:00AM".
 * Capitals there are mostly a label or a menu's last link ("PRESS RELEASE"), so a name in capitals is
 * read only when the page writes it in mixed case inside another line ("Image Credit: Anna Berg",
 * "Follow Anna Berg on X"): that spelling is the name's, and the byline takes it.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const EN_2 = 'Officials added that the first laboratories could open next spring, with about two hundred researchers working there by the end of the decade.';

/** A review page: menu, a section's heading, the headline, its standfirst, a box of links, the name and the stamp, the article, a line at its foot. */
function page(name: string, foot: string): string {
  return [
    'Home', 'Reviews', 'Search', 'Example Harbor Reviews', 'BUYING GUIDE',
    'New research centre to open in the harbour district: worth the wait',
    "That's especially true of the capable new hydrogen wing",
    'Related', 'More reviews', 'Compare prices',
    name, 'Dec 21st 2023 at 10:00AM', 'View 48 Photos', '',
    PROSE, '', EN_2, '', foot, 'Share',
  ].join('\n');
}

describe('text bylines: a name in capitals beside the stamp, written elsewhere in mixed case', () => {
  it('reads the name, spelt as the page writes it in mixed case', () => {
    expect(article(page('ANNA BERGSTRAND', 'Follow Anna Bergstrand on X for more reviews')).record.author).toBe('Anna Bergstrand');
  });

  it('guard: capitals the page writes nowhere else in mixed case, or only alone on a line (a menu link), are no byline', () => {
    expect(article(page('ANNA BERGSTRAND', 'Follow us on X for more reviews')).record.author).toBeNull();
    expect(article(page('PRESS RELEASE', 'Press Release')).record.author).toBeNull();
  });

  it('guard: capitals whose words the page writes in lower case (a label, a heading) are no byline', () => {
    expect(article(page('GREEN ENERGY', 'Read more Green Energy news: green energy for every energy budget')).record.author).toBeNull();
  });
});


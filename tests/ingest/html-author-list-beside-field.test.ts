/**
 * The HTML path's author where one field names the first author only and the page lists them all:
 * another field's list ("Anna Berg,Li Wei,Jo van Dalen" in the author tag beside a JSON-LD author
 * of one), or the shown byline's list closed by the site's own name ("By Anna Berg and Li Wei,
 * Example News").
 */
import { describe, expect, it } from 'vitest';
import { headerPage as page } from './html-header-page.ts';

/** A JSON-LD article whose author is `name` alone. */
const ld = (name: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"EU and China expand climate research","author":{"@type":"Person","name":"${name}"}}</script>`;
const site = '<meta property="og:site_name" content="Example News">';
/** A site whose name is an acronym, which a byline's cleaning keeps after a comma as it keeps a credential ("Anna Berg, RN"). */
const acronym = '<meta property="og:site_name" content="WXN">';

describe('HTML author: another field lists the first author and more', () => {
  it('reads the author tag\'s list that names the JSON-LD author first', () => {
    // The tag again, once for each author: a reader that keeps the last one ("Jo van Dalen") is no byline to follow.
    const each = '<meta name="author" content="Anna Berg"><meta name="author" content="Li Wei Chen"><meta name="author" content="Jo van Dalen">';
    expect(page('', `${ld('Anna Berg')}<meta name="author" content="Anna Berg,Li Wei Chen,Jo van Dalen">${each}`).author).toBe('Anna Berg, Li Wei Chen, Jo van Dalen');
  });

  it('keeps the JSON-LD author where the tag gives a role or the site after the name', () => {
    expect(page('', `${ld('Anna Berg')}<meta name="author" content="Anna Berg, Staff Writer">`).author).toBe('Anna Berg');
    expect(page('', `${site}${ld('Anna Berg')}<meta name="author" content="Anna Berg, Example News">`).author).toBe('Anna Berg');
  });
});

describe('HTML author: the shown byline lists more names before the site\'s name', () => {
  it('reads the names of "By Anna Berg and Li Wei Chen, WXN" for a field naming Anna Berg', () => {
    expect(page('<div class="byline">By <span class="byline__name">Anna Berg</span> and Li Wei Chen, WXN</div>', `${acronym}<meta name="author" content="Anna Berg">`).author).toBe('Anna Berg and Li Wei Chen');
  });

  it('keeps the field\'s name for "By Anna Berg, WXN", and where the last part is not the site', () => {
    expect(page('<div class="byline">By <span class="byline__name">Anna Berg</span>, WXN</div>', `${acronym}<meta name="author" content="Anna Berg">`).author).toBe('Anna Berg');
    expect(page('<div class="byline">By <span class="byline__name">Anna Berg</span> and Li Wei Chen, KQT</div>', `${acronym}<meta name="author" content="Anna Berg">`).author).toBe('Anna Berg');
  });
});

describe('HTML author: the shown byline lists the one name a field gives after another', () => {
  // "By Sarah Crespi, Zack Savitsky" where a field names the second alone: two names and a comma are
  // as often a name and its outlet ("Anna Berg, Example Times"), but a part the field names is a person.
  it('reads "By Li Wei Chen, Anna Berg" for a field naming Anna Berg', () => {
    expect(page('<div class="byline">By <span>Li Wei Chen</span>, <span>Anna Berg</span></div>', '<meta name="author" content="Anna Berg">').author).toBe('Li Wei Chen, Anna Berg');
  });

  it('keeps the field\'s name where another part is the site or a role', () => {
    expect(page('<div class="byline">By <span>Example News</span>, <span>Anna Berg</span></div>', `${site}<meta name="author" content="Anna Berg">`).author).toBe('Anna Berg');
    expect(page('<div class="byline">By <span>Staff Writer</span>, <span>Anna Berg</span></div>', '<meta name="author" content="Anna Berg">').author).toBe('Anna Berg');
  });
});

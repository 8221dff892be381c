/**
 * The HTML path's author when the JSON-LD lists several people and the byline the page shows credits
 * only the first as the writer, the others for help, editing or pictures ("By Anna Berg · Contributions
 * from Li Wei", "Photography by …", "Edited by …"): the writer the byline names
 * (lib/html/metadata/helpers-in-byline.ts). A byline that joins them as writers ("By Anna Berg and
 * Li Wei") keeps them all.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { writersBeforeHelpers } from '../../scripts/ingest/lib/html/metadata/helpers-in-byline.ts';

const page = (authors: string[], byline: string) =>
  article(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides and the new research buoys</title>
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbor tides and the new research buoys', author: authors.map((name) => ({ '@type': 'Person', name })) })}</script></head><body>
<main><article><h1>Harbor tides and the new research buoys</h1><div class="byline">${byline}</div><div class="article-body">${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</div></article></main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`,
    'page.html',
  ).record.author;

describe('HTML author: the fields list helpers the byline credits for another part', () => {
  it('gives the writer the byline names before "Contributions from", "Edited by", "Photography by"', () => {
    expect(page(['Anna Berg', 'Li Wei'], 'By <a>Anna Berg</a> <span>Contributions from</span> <a>Li Wei</a> published 3 May 2024')).toBe('Anna Berg');
    expect(page(['Anna Berg', 'Jo Park', 'Li Wei'], 'By <a>Anna Berg</a> | Edited by <a>Jo Park</a> | Reviewed by <a>Li Wei</a>')).toBe('Anna Berg');
    expect(page(['Anna Berg', 'Li Wei'], 'By <a>Anna Berg</a><br>Photography by <a>Li Wei</a>')).toBe('Anna Berg');
  });

  it('keeps every name the byline joins as writers, or shows in another order', () => {
    expect(page(['Anna Berg', 'Li Wei'], 'By <a>Anna Berg</a> and <a>Li Wei</a>')).toBe('Anna Berg and Li Wei');
    // The cleaner stops at the e-mail address: no credit between the names says Li Wei only helped.
    expect(writersBeforeHelpers(['Anna Berg', 'Li Wei'], ['By Anna Berg | anna@example.org | Harbor Gazette and Li Wei'])).toBeNull();
    expect(writersBeforeHelpers(['Anna Berg', 'Li Wei'], ['By Li Wei, contributions from Anna Berg'])).toBeNull();
  });
});

/**
 * The HTML path's author when the JSON-LD's author is the site's own newsroom as the field lists it
 * ("Harbor Daily Reporter", the publisher's name): cleaning takes "Reporter" off as a role and leaves
 * "Harbor Daily", which names no site; read as the field lists it, it is the site, no person, and
 * the writer the page's byline shows is taken. A person's name in the field stays.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';

const page = (author: string) =>
  article(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides and the new research buoys</title>
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbor tides and the new research buoys', author: { '@type': 'Person', name: author }, publisher: { '@type': 'Organization', name: 'Harbor Daily Reporter' } })}</script></head><body>
<main><article><h1>Harbor tides and the new research buoys</h1><div class="byline">Anna Berg</div><div class="article-body">${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</div></article></main>
<footer><p>© 2024 Harbor Daily Reporter. All rights reserved.</p></footer></body></html>`,
    'page.html',
  ).record.author;

describe('HTML author: the site\'s name as the field lists it', () => {
  it('gives way to the byline the page shows', () => {
    expect(page('Harbor Daily Reporter')).toBe('Anna Berg');
  });

  it('leaves a person the field names', () => {
    expect(page('Li Wei')).toBe('Li Wei');
  });
});

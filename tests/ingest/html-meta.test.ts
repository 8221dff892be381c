/**
 * The headline a saved page states, read from its fields (lib/html-meta.ts): what a reader would
 * call the headline, not the site's name, a logo, a truncated share title or a field that only
 * repeats another.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html-meta.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('page headline', () => {
  it('twitter:title copying og:title is one field filled twice, not a second vote', () => {
    const head =
      '<title>Labs in ten countries share one telescope | Example Wire</title>' +
      '<meta property="og:title" content="Ten countries, one telescope">' +
      '<meta name="twitter:title" content="Ten countries, one telescope">' +
      ld({ '@type': 'NewsArticle', headline: 'Labs in ten countries share one telescope' });
    expect(headlineOf(head, '<h1>Why one telescope is enough</h1>', 'Ten countries, one telescope')).toBe('Labs in ten countries share one telescope');
  });

  it('a permalink mark after an <h1> ("¶", "#", "🔗") is not part of the headline', () => {
    const head = '<title>Joint survey of the Tibetan plateau — Example Docs</title>';
    expect(headlineOf(head, '<h1>Joint survey of the Tibetan plateau<a class="headerlink" href="#x">¶</a></h1>')).toBe('Joint survey of the Tibetan plateau');
    expect(headlineOf(head, '<h1>Joint survey of the Tibetan plateau <a href="#x">#</a></h1>')).toBe('Joint survey of the Tibetan plateau');
  });

  it('an <h1> that is the site name (a logo) is not the headline; the <title> keeps its own separators', () => {
    const head = '<title>Notes on a joint survey - Part 2 | Polar Science | Glaciology [Example Archive]</title>';
    expect(headlineOf(head, '<h1>Example Archive beta</h1>')).toBe('Notes on a joint survey - Part 2 | Polar Science');
    const named = '<title>Example Blog: Advent of code, week two</title><meta property="og:site_name" content="Example Blog">';
    expect(headlineOf(named, '<h1>Example Blog</h1>')).toBe('Advent of code, week two');
  });

  it("a short site name inside the headline's own words does not cut the headline there", () => {
    const head = '<title>Science pact signed - EU researchers react | Example</title><meta property="og:site_name" content="EU">';
    expect(headlineOf(head)).toBe('Science pact signed - EU researchers react');
    const news = '<title>Labs share data with Examplers abroad - Science | Example News</title><meta property="og:site_name" content="Example News">';
    expect(headlineOf(news)).toBe('Labs share data with Examplers abroad - Science');
  });

  it("an <h1> inside the site's logo or name (class \"site-title\", \"logo\") is not a headline candidate", () => {
    const body = '<div class="site-branding"><h1 class="site-title"><a href="/">Example Notes</a></h1></div>';
    expect(headlineOf('<title>Ocean data shared across borders</title>', body)).toBe('Ocean data shared across borders');
    expect(headlineOf('<title>Ocean data shared across borders</title>', '<h1 id="logo">Example Notes</h1><h1 class="entry-title">Ocean data shared across borders</h1>')).toBe('Ocean data shared across borders');
  });

  it('an <h1> split by a line break reads as words apart', () => {
    expect(headlineOf('<title>Scientists map the deep sea floor</title>', '<h1>Scientists map<br>the deep sea floor</h1>')).toBe('Scientists map the deep sea floor');
  });

  it('entities left in JSON-LD or doubly encoded meta values are decoded', () => {
    const head = ld({ '@type': 'NewsArticle', headline: 'R&amp;D partners sign a 10&#8209;year deal' }) + '<meta property="og:title" content="R&amp;amp;D partners sign a 10&amp;#8209;year deal">';
    expect(headlineOf(head)).toBe('R&D partners sign a 10‑year deal');
  });

  it('a share title cut short with an ellipsis gives its vote to the full headline it starts', () => {
    const head =
      '<meta property="og:title" content="China and Brazil agree to launch two more earth…">' +
      '<meta name="twitter:title" content="China and Brazil agree to launch two more earth...">' +
      '<title>China and Brazil agree to launch two more earth resources satellites - Example</title>';
    expect(headlineOf(head)).toBe('China and Brazil agree to launch two more earth resources satellites');
  });

  it("of several Article nodes (a list of other stories), the one about the page's address gives the headline", () => {
    const head =
      '<link rel="canonical" href="https://news.example/2024/03/fusion-data/">' +
      ld([
        { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'Storm season starts early', url: 'https://news.example/2024/03/storms/' }] },
        { '@type': 'NewsArticle', headline: 'Parliament votes on the budget', url: 'https://news.example/2024/03/budget/' },
        { '@type': 'NewsArticle', headline: 'Chinese and German teams share fusion data', mainEntityOfPage: { '@id': 'https://www.news.example/2024/03/fusion-data' } },
      ]) +
      '<meta property="og:title" content="Fusion: teams share data">';
    expect(headlineOf(head, '<h1>Chinese and German teams share fusion data</h1>')).toBe('Chinese and German teams share fusion data');
  });

  it('of a JSON-LD graph, the article node gives the headline, not the web page or the site', () => {
    const head =
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Example News', headline: 'Example News' },
          { '@type': 'WebPage', name: 'Science news - Example News', headline: 'Science news' },
          { '@type': 'BreadcrumbList', itemListElement: [] },
          { '@type': ['NewsArticle'], headline: 'Chinese and German teams share fusion data' },
        ],
      }) + '<title>Chinese and German teams share fusion data - Example News</title>';
    expect(headlineOf(head)).toBe('Chinese and German teams share fusion data');
  });
});

const authorOf = (head: string, body = '', extractorByline: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null, extractorByline).author;

describe('page author', () => {
  it('an entity left in a metadata field is decoded, as a browser decodes the attribute', () => {
    expect(authorOf('<meta name="author" content="Maria &amp;amp; Katerina">')).toBe('Maria & Katerina');
    expect(authorOf(ld({ '@type': 'Article', headline: 'H', author: { '@type': 'Person', name: 'Ana Lu&#237;sa Reis' } }))).toBe('Ana Luísa Reis');
  });

  it('whitespace, labels and dates in a field are not part of the name', () => {
    expect(authorOf('<meta name="author" content="\n\t\n\t\tMark SubbaRao\n\t\n\t\t and Jonas Jaegermeyer\n\t\n">')).toBe('Mark SubbaRao and Jonas Jaegermeyer');
    expect(authorOf('', '<div class="byline">By<a href="/a">Summer Swann</a><span>-June 12</span></div>')).toBe('Summer Swann');
  });

  it("a JSON-LD author given by reference is read from the graph's node", () => {
    const graph = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'Article', headline: 'H', author: [{ '@id': 'https://example.org/#/person/1' }] },
      { '@type': 'Person', '@id': 'https://example.org/#/person/1', name: 'Nirmita Panchal' },
    ] };
    expect(authorOf(ld(graph))).toBe('Nirmita Panchal');
  });

  it("a user name or the site's own name gives way to the person the page's byline names", () => {
    expect(authorOf('<meta name="author" content="andrew.keaveney">', '<p class="post-author">By <a rel="author" href="/d">Denise Everheart</a></p>')).toBe('Denise Everheart');
    const org = '<meta property="og:site_name" content="Example Clinic">' + ld({ '@type': 'Article', headline: 'H', author: { '@type': 'Person', name: 'Example Clinic' } });
    expect(authorOf(org, '<div class="author-name">Holly Wilgus</div>')).toBe('Holly Wilgus');
    // With no person named anywhere, the user name is what the page gives.
    expect(authorOf('<meta name="author" content="andrew.keaveney">')).toBe('andrew.keaveney');
  });

  it('a byline box of a comment is no byline', () => {
    expect(authorOf('', '<div class="comment-author">Troll Person</div>')).toBeNull();
  });

  it('several authors read "A, B and C", or as the page\'s byline writes them', () => {
    const three = ld({ '@type': 'NewsArticle', headline: 'H', author: ['Ann Lee', 'Bo Chen', 'Cy Diaz'].map((name) => ({ '@type': 'Person', name })) });
    expect(authorOf(three)).toBe('Ann Lee, Bo Chen and Cy Diaz');
    expect(authorOf(three, '<div class="byline">Written by <a>Ann Lee</a>, <a>Bo Chen</a>, and <a>Cy Diaz</a> <span>Updated August 14, 2025</span></div>')).toBe('Ann Lee, Bo Chen, and Cy Diaz');
  });
});

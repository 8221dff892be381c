/**
 * The headline a saved page states, read from its fields (lib/html/metadata/html-meta.ts): what a reader would
 * call the headline, not the site's name, a logo, a truncated share title or a field that only
 * repeats another.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

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
    // A part of four words or more before the name stays (a shorter one is a section: html-headline-title-section.test.ts).
    const head = '<title>Notes on a joint survey - Part 2 | Polar Science Field Notes | Glaciology [Example Archive]</title>';
    expect(headlineOf(head, '<h1>Example Archive beta</h1>')).toBe('Notes on a joint survey - Part 2 | Polar Science Field Notes');
    const named = '<title>Example Blog: Advent of code, week two</title><meta property="og:site_name" content="Example Blog">';
    expect(headlineOf(named, '<h1>Example Blog</h1>')).toBe('Advent of code, week two');
  });

  it("a short site name inside the headline's own words does not cut the headline there", () => {
    const head = '<title>Science pact signed - EU researchers react | Example</title><meta property="og:site_name" content="EU">';
    expect(headlineOf(head)).toBe('Science pact signed - EU researchers react');
    const news = '<title>Labs share data with Examplers abroad - Science | Example News</title><meta property="og:site_name" content="Example News">';
    // Cut at the name that ends it, then at the section before it, never at "Examplers".
    expect(headlineOf(news)).toBe('Labs share data with Examplers abroad');
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

  it("a canonical link filled with the title is no address: og:url names the page's own Article node", () => {
    const head =
      '<link rel="canonical" href="Fusion: teams share data">' +
      '<meta property="og:url" content="https://news.example/2024/03/fusion-data/">' +
      ld([
        { '@type': 'NewsArticle', headline: 'Parliament votes on the budget', url: 'https://news.example/2024/03/budget/', datePublished: '2024-03-01' },
        { '@type': 'NewsArticle', headline: 'Chinese and German teams share fusion data', url: 'https://news.example/2024/03/fusion-data', datePublished: '2024-03-05' },
      ]);
    const meta = readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body><p>Text.</p></body></html>`).meta, null);
    expect(meta.headline).toBe('Chinese and German teams share fusion data');
    expect(meta.published?.date).toBe('2024-03-05');
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

describe('page headline: the site and the marks around it', () => {
  it("the site's own name before the headline goes, named by og:site_name or the page's address", () => {
    const head = '<title>Example Studio | Impact of drought on yields</title><meta property="og:site_name" content="Example Scientific Studio">' +
      '<meta property="og:title" content="Example Scientific Studio | Impact of drought on yields">';
    expect(headlineOf(head, '<h1>Impact of drought on yields</h1>')).toBe('Impact of drought on yields');
    const byAddress = '<link rel="canonical" href="https://www.leadfinder.example/blog/seo/"><meta property="og:title" content="Leadfinder | State of Local Search in 2026: Trends and Forecasts">' +
      '<title>State of Local Search in 2026: Trends + How to Prepare | Leadfinder</title>';
    expect(headlineOf(byAddress, '<h1>State of Local Search in 2026: Trends and Forecasts</h1>')).toBe('State of Local Search in 2026: Trends and Forecasts');
  });

  it('a section before the headline stays when it is not the site\'s name', () => {
    expect(headlineOf('<meta property="og:site_name" content="Example News"><meta property="og:title" content="Analysis | Why the pact matters">')).toBe('Analysis | Why the pact matters');
  });

  it("the site's name after the headline goes from every field, the <h1> included, however often it is repeated", () => {
    const head = '<title>Critics’ Choice: Best Exhibitions 2025 – Artsite - Artsite</title><meta property="og:site_name" content="Artsite">' +
      '<meta property="og:title" content="Critics’ Choice: Best Exhibitions 2025 – Artsite - Artsite">' + ld({ '@type': 'Article', headline: 'Critics’ Choice: Best Exhibitions 2025 – Artsite' });
    expect(headlineOf(head, '<h1>Critics’ Choice: Best Exhibitions 2025 – Artsite</h1>')).toBe('Critics’ Choice: Best Exhibitions 2025');
    const partOfName = '<meta property="og:site_name" content="Drink Vella Online"><meta property="og:title" content="7 Ways to a Plant-Based Diet | Vella">';
    expect(headlineOf(partOfName)).toBe('7 Ways to a Plant-Based Diet');
  });

  it('Markdown heading marks and an ornament after the headline are not part of it', () => {
    const head = '<meta property="og:title" content="## Regolith binding for Martian concrete - example.org">' + ld({ '@type': 'BlogPosting', headline: '## Regolith binding for Martian concrete' });
    expect(headlineOf(head, '<h1>Regolith binding for Martian concrete</h1>')).toBe('Regolith binding for Martian concrete');
    expect(headlineOf('<title>Home gym must-haves for every budget ⋆</title>')).toBe('Home gym must-haves for every budget');
  });

  it('after the headline the page shows as its <h1>, a date or a credit set off by a comma or a bracket is not part of it', () => {
    const dated = ld({ '@type': 'Article', headline: 'New restaurants to visit this month, December 2025' }) + '<title>New restaurants to visit this month, December 2025 | Example Magazine</title>';
    expect(headlineOf(dated, '<h1>New restaurants to visit this month</h1>')).toBe('New restaurants to visit this month');
    const via = '<meta property="og:title" content="Househunting in the relocation process (via Postwell)"><title>Househunting in the relocation process, Nick Solano</title>';
    expect(headlineOf(via, '<h1>Househunting in the relocation process</h1>')).toBe('Househunting in the relocation process');
  });

  it('"&" and "and" are the same headline, as the <h1> writes it', () => {
    const head = '<title>How to Clean & Repaint Vintage Shutters</title><meta property="og:title" content="How to Clean & Repaint Vintage Shutters">';
    expect(headlineOf(head, '<h1>How to Clean and Repaint Vintage Shutters</h1>')).toBe('How to Clean and Repaint Vintage Shutters');
  });
});

describe('page author', () => {
  it('an entity left in a metadata field is decoded, as a browser decodes the attribute', () => {
    expect(authorOf('<meta name="author" content="Irene &amp;amp; Dafni">')).toBe('Irene & Dafni');
    expect(authorOf(ld({ '@type': 'Article', headline: 'H', author: { '@type': 'Person', name: 'Ana Lu&#237;sa Reis' } }))).toBe('Ana Luísa Reis');
  });

  it('whitespace, labels and dates in a field are not part of the name', () => {
    expect(authorOf('<meta name="author" content="\n\t\n\t\tNeil DuvaRan\n\t\n\t\t and Lukas Brenninger\n\t\n">')).toBe('Neil DuvaRan and Lukas Brenninger');
    expect(authorOf('', '<div class="byline">By<a href="/a">Summer Thorne</a><span>-June 12</span></div>')).toBe('Summer Thorne');
  });

  it("a JSON-LD author given by reference is read from the graph's node", () => {
    const graph = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'Article', headline: 'H', author: [{ '@id': 'https://example.org/#/person/1' }] },
      { '@type': 'Person', '@id': 'https://example.org/#/person/1', name: 'Nirmita Panchal' },
    ] };
    expect(authorOf(ld(graph))).toBe('Nirmita Panchal');
  });

  it("a user name or the site's own name gives way to the person the page's byline names", () => {
    expect(authorOf('<meta name="author" content="martin.oakley">', '<p class="post-author">By <a rel="author" href="/d">Janice Wellbrook</a></p>')).toBe('Janice Wellbrook');
    const org = '<meta property="og:site_name" content="Example Clinic">' + ld({ '@type': 'Article', headline: 'H', author: { '@type': 'Person', name: 'Example Clinic' } });
    expect(authorOf(org, '<div class="author-name">Fern Aldous</div>')).toBe('Fern Aldous');
    // With no person named anywhere, the user name is what the page gives.
    expect(authorOf('<meta name="author" content="martin.oakley">')).toBe('martin.oakley');
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

const publishedOf = (head: string, body = '') =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null).published;

describe('page date', () => {
  it('with no field, the date line the page shows under its headline', () => {
    expect(publishedOf('', '<h1>Labs share data</h1><div class="post-meta">By Ann Lee · <span>Published on Oct 21, 2025</span></div>')).toMatchObject({ date: '2025-10-21', source: 'explicit' });
    expect(publishedOf('', '<h1>Labs share data</h1><p>December 13, 2025</p>')).toMatchObject({ date: '2025-12-13', source: 'explicit' });
  });

  // An update line alone dates the page (the lead's decision): tests/ingest/dates-html-update-line.test.ts.
  it('a date above the headline (the masthead\'s "today"), a relative time or a comment\'s date is no publication day', () => {
    expect(publishedOf('', '<div class="header-date">Tuesday, 28 January 2025</div><h1>Labs share data</h1>')).toBeNull();
    expect(publishedOf('', '<h1>Labs share data</h1><span class="time">13 hours ago</span>')).toBeNull();
    expect(publishedOf('', '<h1>Labs share data</h1><div class="comment-meta">December 18, 2025, 9:46 pm</div>')).toBeNull();
  });

  it('a field wins over the page text', () => {
    expect(publishedOf('<meta property="article:published_time" content="2021-03-14T10:00:00+08:00">', '<h1>Labs share data</h1><p>March 20, 2021</p>')).toMatchObject({ date: '2021-03-14', source: 'metadata' });
  });

  it('a stamp with an offset is the day the page wrote; a UTC stamp a day off the day the page shows is that day', () => {
    expect(publishedOf('<meta property="article:published_time" content="2019-11-19T23:30:00-05:00">')?.date).toBe('2019-11-19');
    const utc = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">';
    expect(publishedOf(utc, '<h1>Labs share data</h1><div class="entry-meta">Posted on December 18, 2025</div>')?.date).toBe('2025-12-18');
    expect(publishedOf(utc)?.date).toBe('2025-12-19');
    expect(publishedOf('', '<time datetime="2026-02-24T04:13:00Z">February 23, 2026</time><h1>Labs share data</h1>')?.date).toBe('2026-02-23');
    // Late in the UTC day, an earlier day shown on the page is another date, not this stamp's.
    expect(publishedOf('<meta property="article:published_time" content="2024-08-01T16:53:14+00:00">', '<h1>Labs share data</h1><p>Jul 31, 2024</p>')?.date).toBe('2024-08-01');
  });
});

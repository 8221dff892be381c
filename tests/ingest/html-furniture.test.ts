/**
 * HTML seeds: boxes the page itself labels as furniture (related stories, newsletter sign-up, the
 * author's bio, a photo gallery) leave the body even when the extractor keeps them, each one reported;
 * labels that only look alike (a heading's anchor, a syntax highlighter's class, a category flag on
 * the article) take nothing away.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.',
  'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.',
  'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.',
  'Researchers welcomed the agreement, saying that long-term access to shared data sets was the most important part of the deal for their work on sea levels.',
  'The two sides also promised to open their research funding calls to each other, so that teams from either region can apply together for the same grants.',
];

const page = (inside: string, articleClass = 'post') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>EU and China expand climate research</title></head><body>
<article class="${articleClass}"><h1>EU and China expand climate research</h1>
<div class="entry-content">
<p>${P[0]}</p><p>${P[1]}</p>
${inside}
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p>
</div></article></body></html>`;

const RELATED = `<div class="related-content"><p>Scientists in both regions are preparing a joint expedition to measure sea ice in the Arctic next summer, organisers said.</p>
<p>A new observatory in the south of the country will share its telescope time with astronomers from twelve partner universities abroad.</p></div>`;
const NEWSLETTER = `<div class="newsletter-signup"><p>Get the most important science stories of the day in your inbox every morning, with our editors' picks and analysis.</p><p>Sign up now: it is free and you can leave at any time.</p></div>`;
const BIO = `<div class="author-bio"><p>Jane Doe has covered science policy in Brussels and Beijing for more than ten years, and writes about research funding.</p><p>Follow her on social media for more stories.</p></div>`;
const GALLERY = `<div class="photo-gallery"><p>Delegates from both sides shake hands after signing the research agreement in Brussels on Tuesday afternoon, in a photo released by the ministry.</p><p>Photo 2 of 12: the delegations at the start of the talks in the morning.</p></div>`;

describe('HTML furniture the page labels', () => {
  for (const [what, box, text] of [
    ['related stories', RELATED, 'joint expedition to measure sea ice'],
    ['a newsletter box', NEWSLETTER, 'in your inbox every morning'],
    ["the author's bio", BIO, 'has covered science policy'],
    ['a photo gallery', GALLERY, 'shake hands after signing'],
  ] as const) {
    it(`leaves out ${what} kept inside the article, and reports it`, () => {
      const { body, report } = article(page(box), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(text);
      const removed = report.entries.filter((e) => e.rule === 'furniture');
      expect(removed.some((e) => e.text?.includes(text) && e.detail?.includes(what))).toBe(true);
    });
  }

  it('keeps sections whose anchors, highlighter classes or category flags only look like furniture', () => {
    const sections = `<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>
<p>The key to a shared history is to keep changes in draft until they are reviewed, the guide explains to its readers in detail.</p></div>
<pre><code><span class="hljs-comment"># view the state of the repository before you commit anything</span></code></pre>
<div class="content no-promo"><p>The agreement also covers training for young researchers, who will spend a year at a partner institute abroad.</p></div>`;
    const { body, report } = article(page(sections, 'post category-social-media tag-comments'), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).toContain('keep changes in draft');
    expect(body).toContain('view the state of the repository');
    expect(body).toContain('training for young researchers');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });

  it('keeps the whole article when its own container carries such a label', () => {
    const { body } = article(page('', 'post').replace('<div class="entry-content">', '<div class="entry-content share-enabled">'), 'page.html');
    for (const p of P) expect(body).toContain(p);
  });
});

describe('HTML furniture that plain text shows, inside the extracted article', () => {
  const lines = `<p>EU and China expand climate research</p>
<p>Updated: 12 March 2024, 10:32</p>
<p>By Jane Doe</p>
<p>${P[0]}</p><p>${P[1]}</p>
<p><a href="https://example.org/a">Storm season starts early in the south</a></p>
<p><a href="https://example.org/b">Parliament votes on the new budget</a></p>
<p><a href="https://example.org/c">Five things to know about the harbour project</a></p>
<p>${P[2]}</p>
<blockquote><p>The agreement is a big step for ocean science.</p><p>— Jane Roe (@janeroe) March 12, 2024</p></blockquote>
<ul><li><a href="#one">Background of the agreement</a></li><li><a href="#two">What the universities will do</a></li><li><a href="#three">Funding and review</a></li></ul>
<p>${P[3]}</p><p>${P[4]}</p>
<p>Click here to subscribe to our newsletter</p>`;

  it('leaves out a date line, a byline, the headline again, a list of links away and a call to action, each reported', () => {
    const { body, report } = article(page(lines), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of ['Updated: 12 March 2024', 'By Jane Doe', 'Storm season starts early', 'Parliament votes', 'Five things to know', 'Click here to subscribe']) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(gone))).toBe(true);
    }
    expect(body).not.toMatch(/^EU and China expand climate research$/m);
  });

  it("keeps a list of linked items the article's prose leads into and goes on after; a linked list under a heading of its own still goes", () => {
    const own = `<p>The programme names its first partner institutes, each linking to its page:</p>
<ul><li><a href="https://example.org/i1">Institute of Ocean Observation</a></li><li><a href="https://example.org/i2">Polar Climate Laboratory</a></li><li><a href="https://example.org/i3">Coastal Data Centre</a></li></ul>`;
    const box = `<h2>More from our science desk</h2>
<ul><li><a href="https://example.org/s1">Storm season starts early in the south</a></li><li><a href="https://example.org/s2">Parliament votes on the new budget</a></li><li><a href="https://example.org/s3">Five things to know about the harbour project</a></li></ul>`;
    const { body, report } = article(page(own + box), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const kept of ['Institute of Ocean Observation', 'Polar Climate Laboratory', 'Coastal Data Centre']) expect(body).toContain(kept);
    for (const gone of ['Storm season starts early', 'Parliament votes', 'Five things to know']) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(gone))).toBe(true);
    }
  });

  it('leaves out photo captions that end with their credit or start with their label, and a gallery\'s picture count; keeps prose that mentions a photo', () => {
    const captions = `<p>Delegates shake hands after the signing in Brussels on Tuesday.Credit: Jane Roe/Example Wire</p>
<p><span class="visually-hidden">Image caption</span> The research vessel at the quay in Qingdao before the expedition</p>
<p>Image: Li Wei, left, has replaced Anna Berg as head of the programme</p>
<p>Image 2 of 5</p>
<p>The research vessel leaves the harbour at dawn. (AP Photo/John Doe, File)</p>
<p>Legende: Die Delegationen am Verhandlungstisch in Brüssel am Dienstagnachmittag</p>
<p>The ministry published a photo of the signing ceremony on its website, showing both delegations at the table.</p>
<p>Legende des Hafens: the old story of the harbour's founding is still told to visitors on the quay.</p>`;
    const { body, report } = article(page(captions), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).toContain('the old story of the harbour');
    for (const gone of ['Credit: Jane Roe', 'Image 2 of 5', 'AP Photo/John Doe', 'The research vessel at the quay', 'has replaced Anna Berg', 'Die Delegationen am Verhandlungstisch']) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(gone))).toBe(true);
    }
    expect(body).toContain('published a photo of the signing ceremony');
  });

  it('leaves out closing calls to action, and keeps a last paragraph that only reports', () => {
    const closing = (last: string) =>
      page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p><p>Did you enjoy this story? Join our science forums to keep talking research with other readers every week.</p>${last}`);
    const { body: friend } = article(closing('<p>Like this story? Share it with a friend!</p>'), 'page.html');
    expect(friend).not.toContain('Share it with a friend');
    const { body, report } = article(closing('<p>Like this story? Share it with your friends on Facebook!</p>'), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toMatch(/Join our science forums|Share it with your friends/);
    const removed = report.entries.filter((e) => e.rule === 'furniture');
    expect(removed.filter((e) => /Join our science forums|Share it with your friends/.test(e.text ?? ''))).toHaveLength(2);
    expect(removed.some((e) => e.detail === 'a closing call to action')).toBe(true);
    const { body: reported } = article(closing('<p>The ministry said it would publish the full text of the agreement next week.</p>'), 'page.html');
    expect(reported).toContain('publish the full text of the agreement');
    const review = '<p>We visited the new research station in March. The teams were already sharing data. It was a promising start. Read our full report here.</p>';
    const { body: reporting } = article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p>${review}`), 'page.html');
    expect(reporting).toContain('We visited the new research station in March.');
  });

  it('leaves out a line of the page\'s stamps: dates, labels and a byline between separators', () => {
    const stamps = [
      'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM',
      'PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019',
      'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET',
      '05/10/2018 - Publicado por: Marisa Teles - Categoria: Saúde - Tags: ciência clima',
    ];
    const { body, report } = article(page('').replace('<div class="entry-content">', `<div class="entry-content">${stamps.map((s) => `<div>${s}</div>`).join('')}`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of stamps) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === gone)).toBe(true);
    }
    // Figures between separators are the article's, not its stamps.
    const figures = '<p>Spending on research: 2019 | 2.1% of GDP; 2023 | 2.6% of GDP</p>';
    expect(article(page(figures), 'page.html').body).toContain('2.6% of GDP');
  });

  it("leaves out the closing lines that credit the reporters or say how to reach them; keeps a last paragraph that quotes an address", () => {
    const closers = [
      '(Reporting by Jane Roe, Li Wei, with additional reporting by John Doe, editing by Anna Berg.)',
      'Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe.',
      'Write to Jane Roe at jane.roe@example.com',
      'Example Wire’s Li Wei contributed to this report.',
    ];
    const { body, report } = article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p>${closers.map((c) => `<p>${c}</p>`).join('')}`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of closers) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === gone)).toBe(true);
    }
    const quoted = '<p>Researchers who want to take part can write to the programme office at office@example.org before the end of March, the ministry said.</p>';
    expect(article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p>${quoted}`), 'page.html').body).toContain('write to the programme office');
  });

  it("leaves out the closing credits of reports taken from elsewhere and the article's copyright line; keeps the article's own sentences so worded", () => {
    const closers = [
      'With reports from the Harbor Wire and the Coast Courier',
      'Additional reporting from Example Press',
      'Mit Agenturmaterial.',
      'Con información de Agencia Ejemplo',
      'Copyright: Example Syndicate, 2025',
      '© 2025 Example Syndicate. All rights reserved.',
    ];
    for (const closer of [closers.slice(0, 3), closers.slice(3)]) {
      const { body, report } = article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p>${closer.map((c) => `<p>${c}</p>`).join('')}`), 'page.html');
      for (const p of P) expect(body).toContain(p);
      for (const gone of closer) {
        expect(body).not.toContain(gone);
        expect(report.entries.some((e) => e.rule === 'furniture' && e.text === gone), gone).toBe(true);
      }
    }
    const own = [
      'With reports from the coast still coming in, the ministry said it would publish the full figures on Monday.',
      'Copyright law, the court said, does not protect the data the stations collect, only the way it is presented.',
    ];
    for (const last of own) expect(article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p><p>${last}</p>`), 'page.html').body).toContain(last);
  });

  it("leaves out the post's categories and tags closing it, labelled or alone; keeps the article's own last sentence on a post", () => {
    const closers = [
      ['Posted in Research, Oceans, ScienceTagged buoys, climate, data'],
      ['This entry was posted in Allgemein. Bookmark the permalink.'],
      ['Filed under: Oceans |'],
      ['Tags: climate science, ocean stations, Europe'],
      ['Schlagwörter: Klima, Forschung, Meer'],
      ['Etiquetas: ciencia, océanos'],
      ['CATEGORIES', 'Kategorien: Wissenschaft'],
    ];
    for (const closer of closers) {
      const { body, report } = article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p>${closer.map((c) => `<p>${c}</p>`).join('')}`), 'page.html');
      for (const p of P) expect(body).toContain(p);
      for (const gone of closer) {
        expect(body, gone).not.toContain(gone);
        expect(report.entries.some((e) => e.rule === 'furniture' && e.text === gone), gone).toBe(true);
      }
    }
    const own = 'Posted in 1923 from the research station, the letter reached the ministry only in March, the archive said.';
    expect(article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p><p>${own}</p>`), 'page.html').body).toContain(own);
  });

  it('leaves out a box of other stories under its heading when each teaser is only partly a link; keeps a list of the article\'s own', () => {
    const teasers = `<div>More Great Example Stories</div><ul>
<li>The strange life and <a href="https://example.org/a">quiet death of a coder</a></li>
<li>How a court <a href="https://example.org/b">gets the first amendment backward</a></li>
<li>What the merger <a href="https://example.org/c">means for the future of wearables</a></li>
<li>👁 A safer way to <a href="https://example.org/d">protect your data</a>; plus, check out the <a href="https://example.org/e">latest news on AI</a></li></ul>
<h2>Discover more from Example Blog</h2>`;
    const { body, report } = article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p>${teasers}`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of ['More Great Example Stories', 'quiet death of a coder', 'the future of wearables', 'protect your data', 'Discover more from Example Blog']) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(gone))).toBe(true);
    }
    const own = `<h2>More research stories from the partners</h2><ul><li>The ocean stations will share data with <a href="https://example.org/x">the European archive</a> every day.</li>
<li>Twenty doctoral programmes open to <a href="https://example.org/y">applicants from both regions</a>.</li></ul>`;
    const kept = article(page(own), 'page.html').body;
    expect(kept).toContain('The ocean stations will share data');
    expect(kept).toContain('Twenty doctoral programmes');
  });

  it("leaves out a line that is only the site's name, however it is spaced", () => {
    const html = page('<p>Example Times</p>').replace('<title>', '<meta property="og:site_name" content="exampletimes"><title>');
    const { body, report } = article(html, 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Example Times');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text === 'Example Times')).toBe(true);
  });

  it('leaves out copyright lines however the sign is written', () => {
    const notices = ['Copyright ⓒ Example Media. 무단전재 및 재배포 금지', 'Copyright @ 2019 Example Wire.', 'ⓒ 2019 Example Media'];
    const { body, report } = article(page('').replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p>${notices.map((n) => `<p>${n}</p>`).join('')}`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of notices) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.text === gone)).toBe(true);
    }
    expect(article(page('<p>Copyright holders in both regions will share the licences for the data, officials said.</p>'), 'page.html').body).toContain('Copyright holders');
  });

  it("leaves out the site's affiliate-links disclosure; keeps a report about affiliate links", () => {
    const notices = [
      'This post may contain affiliate and/or referral links. Please see my disclosure page.',
      '*Affiliate links are used in this post, which means I can receive a (very) small commission if you make a purchase — thank you for supporting the blog!',
    ];
    const { body, report } = article(page(`<p>${notices[0]}</p>`).replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p><p>${notices[1]}</p>`), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of notices) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === gone)).toBe(true);
    }
    const news = '<p>The retailer cut the commission it pays on affiliate links by half last week, and bloggers said their income fell sharply.</p>';
    expect(article(page(news), 'page.html').body).toContain('cut the commission it pays on affiliate links');
  });

  it("leaves out a paywall's prompts; keeps a sentence that reports on subscriptions", () => {
    const prompts = ['This article is exclusive to Example+ subscribers', 'Unlock this article — plus in-depth analysis, newsletters and news alerts.', 'To read the rest of this story subscribe to Example+.', 'Already have an account? Log in'];
    const { body, report } = article(page(prompts.map((p) => `<p>${p}</p>`).join('')), 'page.html');
    for (const p of P) expect(body).toContain(p);
    for (const gone of prompts) {
      expect(body).not.toContain(gone);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text === gone)).toBe(true);
    }
    const news = '<p>Researchers can subscribe to the data service for free, the ministry said.</p><p>Journal subscriptions rose by a fifth.</p><p>You paid to unlock the archive and you chose to support it.</p>';
    const kept = article(page(news), 'page.html').body;
    expect(kept).toContain('Researchers can subscribe to the data service');
    expect(kept).toContain('Journal subscriptions rose by a fifth.');
    expect(kept).toContain('You paid to unlock the archive');
  });

  it("leaves out the lead photo's caption above the first paragraph", () => {
    const html = page('').replace('<div class="entry-content">', '<div class="entry-content"><figure><figcaption>Delegates at the start of the talks in Brussels on Tuesday morning</figcaption></figure>');
    const { body, report } = article(html, 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Delegates at the start of the talks');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.startsWith('Delegates at the start'))).toBe(true);
  });

  it('leaves out shorter <article>s after the first: other stories the extractor took along', () => {
    const teaser = (t: string) => `<article class="teaser"><h2>${t}</h2><p>${t}, and what it means for the region's universities and their partners abroad, in our full report today.</p></article>`;
    const html = `<!DOCTYPE html><html><head><title>EU and China expand climate research</title></head><body><div class="content">
<article><h1>EU and China expand climate research</h1>${P.map((p) => `<p>${p}</p>`).join('')}</article>
${teaser('Storm season starts early in the south')}${teaser('Parliament votes on the new research budget')}</div></body></html>`;
    const { body, report } = article(html, 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toMatch(/Storm season|Parliament votes/);
    expect(report.entries.some((e) => e.rule === 'furniture' && e.detail?.startsWith('another story'))).toBe(true);
  });

  it("leaves out the author's bio closing the article, when the page names its author", () => {
    const html = page('')
      .replace('<title>', '<meta name="author" content="Jane Doe"><title>')
      .replace(`<p>${P[4]}</p>`, `<p>${P[4]}</p><p>Jane Doe</p><p>Jane Doe is a science reporter based in Brussels who has covered European research policy since 2012.</p>`);
    const { body, report, record } = article(html, 'page.html');
    expect(record.author).toBe('Jane Doe');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('is a science reporter based in Brussels');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.detail === "the author's bio, closing the article")).toBe(true);
  });

  it("keeps an embedded post's signature; leaves out a table of contents that links within the page, reported", () => {
    const { body, report } = article(page(lines), 'page.html');
    expect(body).toContain('(@janeroe) March 12, 2024');
    // Its entries repeat the article's sub-headings as a menu (lib/html/furniture/table-of-contents.ts).
    expect(body).not.toContain('What the universities will do');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text === 'What the universities will do' && e.detail?.startsWith('a table of contents'))).toBe(true);
  });
});

/**
 * The HTML path's author from a link to the writer's profile page ("/author/anna-berg/", "/profiles/
 * anna-berg-1234"), whose text is the name its address spells: read where no field names a person,
 * also in a side column or a footer the page's text leaves out.
 */
import { describe, expect, it } from 'vitest';
import { authorOfProfileLink, profileLinksInPage } from '../../scripts/ingest/lib/html/metadata/html-author-links.ts';
import { article } from './helpers.ts';
import { headerPage as page, P } from './html-header-page.ts';
import { cpuSeconds } from './cpu-seconds.ts';
import { setPhaseClock } from '../../scripts/ingest/lib/phase-clock.ts';

describe('profile link: the name its address spells', () => {
  it('reads a link whose text is the name in its address', () => {
    expect(authorOfProfileLink('https://example.org/blog/author/anna-berg/', 'Anna Berg')).toBe('Anna Berg');
    expect(authorOfProfileLink('/profiles/anna-berg-4821', 'Anna Berg')).toBe('Anna Berg');
    expect(authorOfProfileLink('https://example.org/~ab/blog/author/anna-berg.html', 'Anna Berg')).toBe('Anna Berg');
    expect(authorOfProfileLink('/authors/jose-nunez', 'José Núñez')).toBe('José Núñez');
  });

  it('reads nothing where the text is not that name, or the address no profile', () => {
    expect(authorOfProfileLink('/author/anna-berg/', 'View all posts')).toBeNull();
    expect(authorOfProfileLink('/author/anna-berg/', 'Li Wei')).toBeNull();
    expect(authorOfProfileLink('/author/admin/', 'admin')).toBeNull();
    expect(authorOfProfileLink('/news/anna-berg/', 'Anna Berg')).toBeNull();
    expect(authorOfProfileLink('/author/anna-berg/page/2/', 'Anna Berg')).toBeNull();
  });
});

describe('HTML author: a profile link where no field names anyone', () => {
  it('reads the link under the headline', () => {
    expect(page('<div class="x"><a href="/writers/anna-berg"><span>Anna Berg</span></a></div><p>#Science</p><p>Published on Oct 21, 2025</p>').author).toBe('Anna Berg');
  });

  it('reads the link in a side column or the article\'s footer, which the text leaves out', () => {
    const foot = '<footer><p>Posted by <a href="https://example.org/blog/author/anna-berg.html">Anna Berg</a> on <time datetime="2025-12-18">2025-12-18</time></p></footer>';
    const html = (box: string, footer = '') =>
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title></head><body>
<main><article><h1>EU and China expand climate research</h1>${box}${P.map((p) => `<p>${p}</p>`).join('')}
${footer}</article></main></body></html>`;
    expect(article(html('', foot), 'page.html').record.author).toBe('Anna Berg');
    expect(article(html('<aside><address><a href="/profile/li-wei">Li Wei</a></address></aside>'), 'page.html').record.author).toBe('Li Wei');
  });

  it('the byline under the headline outranks a link to another writer\'s profile', () => {
    expect(page('<div class="x"><p>by Anna Berg, PhD and Li Wei | Example Lab</p></div><div class="more"><a href="/author/dana-reyes/">Dana Reyes</a></div>').author).toBe('Anna Berg, PhD and Li Wei');
  });

  it('the article\'s labelled byline outranks a link to another writer\'s profile', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title></head><body>
<main><article><h1>EU and China expand climate research</h1>${P.map((p) => `<p>${p}</p>`).join('')}<div class="box"><p>About the author</p><p>Anna Berg</p></div></article></main>
<aside><ul><li><a href="/author/dana-reyes/">Dana Reyes</a></li></ul></aside></body></html>`;
    expect(article(html, 'page.html').record.author).toBe('Anna Berg');
  });

  it('a field that names a person stands', () => {
    expect(page('<div class="x"><a href="/author/li-wei/">Li Wei</a></div>', '<meta name="author" content="Anna Berg">').author).toBe('Anna Berg');
  });

  it('the page\'s bytes are scanned for profile links only where no field names a person', () => {
    const scans = (read: () => unknown) => {
      const marks: string[] = [];
      setPhaseClock((next) => {
        marks.push(next);
        return '';
      });
      try {
        read();
      } finally {
        setPhaseClock(null);
      }
      return marks.filter((m) => m === 'html:profile-links').length;
    };
    const box = '<div class="x"><a href="/author/li-wei/">Li Wei</a></div>';
    expect(scans(() => page(box, '<meta name="author" content="Anna Berg">'))).toBe(0);
    // No field: the link is read, the bytes scanned once.
    expect(scans(() => expect(page(box).author).toBe('Li Wei'))).toBe(1);
  });
});

describe('profile links in the page\'s bytes', () => {
  const bytes = (html: string) => new TextEncoder().encode(html);

  it('reads links only, in page order, their entities decoded, each name once', () => {
    const html = '<link rel="x" href="/author/li-wei/"><p><a class="by" href="/author/anna-berg/">Anna&nbsp;Berg</a> <a href="/author/anna-berg/">Anna Berg</a> <a href="/author/jos%C3%A9-n%C3%BA%C3%B1ez">Jos&eacute; Núñez</a></p>';
    expect(profileLinksInPage(bytes(html), 'utf-8')).toEqual(['Anna Berg', 'José Núñez']);
  });

  it('reads a page of 16,000 links in well under a second', () => {
    const html = Array.from({ length: 16000 }, (_, i) => `<li><a href="/author/${'x'.repeat(i % 50)}/">Link ${i}</a><a href="/${'a/'.repeat(100)}">`).join('\n');
    expect(cpuSeconds(() => profileLinksInPage(bytes(html), 'utf-8'))).toBeLessThan(1);
  });
});

describe('profile link: its aria-label where its text is out of reach', () => {
  const picture = `<img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(120)}" alt="">`;
  it('reads the aria-label when a picture\'s inline data runs the text past what is read', () => {
    const html = `<p><a href="/blog/authors/anna-berg" aria-label="Anna Berg" class="x">${picture}<span>Anna Berg</span></a></p>`;
    expect(profileLinksInPage(new TextEncoder().encode(html), 'utf-8')).toEqual(['Anna Berg']);
  });

  it('reads it when the link shows only a picture, and not when it is no name its address spells', () => {
    expect(profileLinksInPage(new TextEncoder().encode(`<a href='/author/li-wei/' aria-label='Li Wei'>${picture}</a>`), 'utf-8')).toEqual(['Li Wei']);
    expect(profileLinksInPage(new TextEncoder().encode(`<a href="/author/li-wei/" aria-label="View profile">${picture}</a>`), 'utf-8')).toEqual([]);
  });
});

/**
 * Files under a seed's name that are no article's page or text, told by their bytes whatever the name
 * says: a Safari web archive (binary property list), a shortcut to a page, a feed, a
 * sitemap or other XML document, JSON data, a PDF. Each is skipped with a reason that names what it is
 * and what to do, never read as an article made of its markup or data, and never called just "binary";
 * a gzip'd page is unpacked and read (hostile-gzip-seeds), one cut short or damaged is said to be so.
 * Pages that only look odd (XHTML with an XML prolog, UTF-16 without a byte order mark, a charset
 * nobody knows, a text that opens with a bracket) are still read.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { notAPageReason } from '../../scripts/ingest/lib/safety/not-a-page.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const P1 = 'Nine mountain observatories will share their night sky cameras to track meteors over the whole range, the astronomy society said on Sunday.';
const P2 = 'Volunteers will check each recorded trail by hand before it enters the common catalogue, which opens to schools at the end of the year.';
const TITLE = 'Observatories join forces to track meteors';
const page = (head = '<meta charset="utf-8">', open = '<!DOCTYPE html>\n<html>') => `${open}<head>${head}<title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p></article></body></html>`;
const enc = (s: string) => new TextEncoder().encode(s);
const outcome = (seed: string, bytes: Uint8Array) => {
  const o = processSeed(seed, bytes, []);
  return o.record ? 'article' : o.skip!;
};

describe('a file that is no page, under a page\'s or a text\'s name', () => {
  it('a binary property list (a Safari web archive): names it and says to save the page as HTML', () => {
    const archive = Buffer.concat([Buffer.from('bplist00\u00d4\u0001\u0002\u0003', 'latin1'), Buffer.from(page())]);
    for (const seed of ['story.html', 'story.txt']) {
      expect(outcome(seed, archive)).toMatch(/Safari web archive.*save the page as HTML/);
      expect(outcome(seed, archive)).not.toMatch(/^binary file/);
    }
  });

  it('a gzip\'d page: unpacked and read (hostile-gzip-seeds)', () => {
    expect(outcome('story.html', gzipSync(page()))).toBe('article');
  });

  it('a gzip\'d page cut short or damaged: says so, not to unpack it (which would fail)', () => {
    const whole = gzipSync(page());
    for (const seed of ['story.html', 'story.txt']) {
      expect(outcome(seed, whole.subarray(0, 40))).toMatch(/^a gzip-compressed file \(a \.gz page\), cut short: .*cannot be unpacked: copy or save the page again$/);
      // Its last 8 bytes (the length and checksum) gone: the data ends early too.
      expect(outcome(seed, whole.subarray(0, whole.length - 8))).toMatch(/cut short/);
      const flipped = Buffer.from(whole);
      flipped[20] ^= 0xff;
      expect(outcome(seed, flipped)).toMatch(/^a gzip-compressed file \(a \.gz page\), (?:damaged|cut short)\b.*cannot be unpacked/);
    }
  });

  it('a shortcut to a page (.url or .webloc contents): a link, not the page', () => {
    const url = enc('[InternetShortcut]\r\nURL=https://sky.example.org/2024/08/meteors\r\nIDList=\r\n');
    expect(outcome('story.txt', url)).toMatch(/shortcut.*not the page/);
    expect(outcome('story.html', url)).toMatch(/shortcut.*not the page/);
    const webloc = enc('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict><key>URL</key><string>https://sky.example.org/a</string></dict></plist>\n');
    expect(outcome('story.txt', webloc)).toMatch(/property list.*not the page/);
    expect(outcome('story.html', webloc)).toMatch(/property list.*not the page/);
  });

  it('a feed, a sitemap or another XML document: names its kind', () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Sky news</title><item><title>${TITLE}</title><description>${P1}</description></item><item><title>Other</title><description>${P2}</description></item></channel></rss>`;
    expect(outcome('feed.html', enc(rss))).toMatch(/an RSS feed.*not a page/);
    expect(outcome('feed.txt', enc(rss))).toMatch(/an RSS feed/);
    expect(outcome('feed.html', Buffer.from('\ufeff' + rss.replace('utf-8', 'utf-16'), 'utf16le'))).toMatch(/an RSS feed/);
    expect(outcome('atom.html', enc(`<?xml version="1.0"?>\n<!-- generated -->\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Sky</title><entry><title>${TITLE}</title><summary>${P1}</summary></entry></feed>`))).toMatch(/an Atom feed/);
    expect(outcome('map.html', enc('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://sky.example.org/a</loc></url></urlset>'))).toMatch(/a sitemap/);
    expect(outcome('doc.html', enc(`<?xml version="1.0"?><report><para>${P1}</para><para>${P2}</para></report>`))).toMatch(/an XML document \(root element <report>\)/);
  });

  it('JSON data: named, with what to save instead', () => {
    const json = JSON.stringify({ headline: TITLE, body: `${P1} ${P2}`, tags: ['sky'] }, null, 2);
    expect(outcome('data.html', enc(json))).toMatch(/JSON.*save the page/);
    expect(outcome('data.txt', enc(json))).toMatch(/JSON/);
    expect(outcome('data.html', enc(`[${json}]`))).toMatch(/JSON/);
  });

  it('a PDF, also after a few blank lines or a byte order mark', () => {
    expect(outcome('paper.html', enc('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n'))).toMatch(/PDF/);
    expect(outcome('paper.html', enc('\r\n\r\n%PDF-1.7\n1 0 obj\n<< >>\nendobj\n'))).toMatch(/PDF/);
    expect(outcome('paper.txt', enc('\ufeff%PDF-1.5\n1 0 obj\n<< >>\nendobj\n'))).toMatch(/PDF/);
  });

  it('a file of only a byte order mark says so', () => {
    for (const seed of ['bom.txt', 'bom.html']) expect(outcome(seed, new Uint8Array([0xef, 0xbb, 0xbf]))).toMatch(/only a byte order mark/);
    for (const seed of ['empty.txt', 'empty.html']) expect(outcome(seed, new Uint8Array())).toBe('empty file (0 bytes)');
  });
});

describe('pages and texts that only look odd are read', () => {
  it('XHTML with an XML prolog and a doctype', () => {
    expect(outcome('x.xhtml', enc(page('<meta charset="utf-8"/>', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">')))).toBe('article');
    expect(outcome('x.html', enc(page('', '<?xml version="1.0"?>\n<html>')))).toBe('article');
  });

  it('UTF-16 without a byte order mark that declares utf-16, and a charset nobody knows', () => {
    expect(outcome('u.html', Buffer.from(page('<meta charset="utf-16">'), 'utf16le'))).toBe('article');
    expect(outcome('u.html', Buffer.from(page('<meta charset="utf-16">'), 'utf16le').swap16())).toBe('article');
    expect(outcome('k.html', enc(page('<meta charset="x-unheard-of">')))).toBe('article');
    expect(outcome('k.html', Buffer.from(page('<meta charset="x-unheard-of">').replace('forces', 'forc\u00e9s'), 'latin1'))).toBe('article');
  });

  it('a text that opens with a bracket or a brace is no JSON', () => {
    expect(outcome('t.txt', enc(`[Updated] ${TITLE}\n\n${P1}\n\n${P2}\n`))).toBe('article');
    expect(outcome('t.txt', enc(`{Sky notes} ${TITLE}\n\n${P1}\n\n${P2} {end}\n`))).toBe('article');
  });

  it('brackets nested two million deep are judged in linear time, not parsed (JSON.parse took 5 s on them)', () => {
    const n = 2_000_000;
    const nested = enc('['.repeat(n) + ']'.repeat(n));
    let reason: string | null = null;
    expect(cpuSeconds(() => (reason = notAPageReason(nested)))).toBeLessThan(0.5);
    expect(reason).toMatch(/JSON/);
    const unclosed = enc('{"a": ' + '['.repeat(n));
    expect(cpuSeconds(() => (reason = notAPageReason(unclosed)))).toBeLessThan(0.5);
    expect(reason).toBeNull();
  });
});

/**
 * A site's name the page gives, joined to the headline without spaces ("标题-海港日报", "标题——海港日报",
 * "标题丨海港日报", "海港日报：标题"), is cut from the <title> and the share fields as a spaced one is
 * (lib/html/headline/glued-site-name.ts). Pages written in scripts without spaces between words join them so.
 * A hyphen between two Latin letters joins a compound ("high-tide"), not a site's name.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';
import { withoutGluedSiteName } from '../../scripts/ingest/lib/html/headline/glued-site-name.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const headlineOf = (head: string, body = '', extractorTitle: string | null = null) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, extractorTitle).headline;

const named = (name: string) => `<meta property="og:site_name" content="${name}">`;
const headline = '极地考察船完成首次冬季航行';

describe("a site's name joined to the headline without spaces", () => {
  it('is cut after the headline, whatever joins it', () => {
    for (const joint of ['-', '——', '—', '--', '－', '丨', '｜', '·'])
      expect(headlineOf(`<title>${headline}${joint}港湾日报</title>${named('港湾日报')}`, '', `${headline}${joint}港湾日报`)).toBe(headline);
  });

  it('is cut before the headline after a colon, a bar or a dash', () => {
    for (const joint of ['：', '丨', '——'])
      expect(headlineOf(`<title>港湾日报${joint}${headline}</title>${named('港湾日报')}`, '', `港湾日报${joint}${headline}`)).toBe(headline);
  });

  it('is cut from og:title and the JSON-LD headline too', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: `${headline}丨港湾日报` })}</script>`;
    expect(headlineOf(`<meta property="og:title" content="${headline}——港湾日报">${named('港湾日报')}`)).toBe(headline);
    expect(headlineOf(`${ld}${named('港湾日报')}`)).toBe(headline);
  });

  it('a Latin name joined by a long dash or a fullwidth bar goes as well', () => {
    const title = 'Tide gauges record a new high in the bay—Harbor Gazette';
    expect(headlineOf(`<title>${title}</title>${named('Harbor Gazette')}`, '', title)).toBe('Tide gauges record a new high in the bay');
  });

  it('a hyphen between two Latin letters joins a compound: the headline stays whole', () => {
    const title = 'Gauges in the bay record a new high-tide';
    expect(headlineOf(`<title>${title}</title>${named('Tide')}`, '', title)).toBe(title);
  });

  it('a name the page does not give is no site: nothing is cut on a guess', () => {
    expect(withoutGluedSiteName(`${headline}-港湾日报`, [])).toBe(`${headline}-港湾日报`);
    expect(withoutGluedSiteName(`${headline}-港湾日报`, ['haigang.example'])).toBe(`${headline}-港湾日报`);
  });

  it('a text that is the name alone stays', () => {
    expect(withoutGluedSiteName('港湾日报', ['港湾日报'])).toBe('港湾日报');
    expect(withoutGluedSiteName('——港湾日报', ['港湾日报'])).toBe('——港湾日报');
  });
});

describe('reading a field for a glued name stays linear', () => {
  it('a field of 16,000 separators before the name is read in well under a second', () => {
    const field = `${'—'.repeat(16_000)}港湾日报`;
    const seconds = cpuSeconds(() => {
      expect(withoutGluedSiteName(field, ['港湾日报'])).toBe(field);
      expect(withoutGluedSiteName(`港湾日报${'丨'.repeat(16_000)}`, ['港湾日报'])).toBe(`港湾日报${'丨'.repeat(16_000)}`);
    });
    expect(seconds).toBeLessThan(0.5);
  });
});

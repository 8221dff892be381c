/**
 * The title part of an article's address for titles not in Latin letters. slugify kept Latin, Greek
 * and Cyrillic letters and dropped the rest: a Chinese title whose only Latin character was a digit
 * gave `/articles/2/` (which reads as a list's second page), Korean, Japanese, Thai, Arabic, Hebrew and
 * Hindi titles `u-<hash>`. Now every script is spelled in Latin letters (any-ascii), Chinese one
 * syllable a word; Latin, Greek and Cyrillic titles keep the words they had, so their addresses stay.
 */
import { describe, expect, it } from 'vitest';
import { articleSlug } from '../../scripts/ingest/lib/page-text/language/article-slug.ts';
import { slugify } from '../../scripts/ingest/lib/page-text/language/text.ts';

/** Invented headlines, one per script (none from a set's page). */
const SPELLED: [string, string][] = [
  ['中国科学院发布2024年报告', 'zhong-guo-ke-xue-yuan-fa-bu-2024-nian-bao-gao'],
  ['第2号', 'di-2-hao'],
  ['中国与WHO签署协议', 'zhong-guo-yu-who-qian-shu-xie-yi'],
  ['日本の宇宙開発機構が新しいロケットを打ち上げ', 'ri-ben-no-yu-zhou-kai-fa-ji-gou-ga-xin-shii'],
  ['한국 과학기술원, 새 연구소 개소', 'hangug-gwahaggisulwon-sae-yeonguso-gaeso'],
  ['กรุงเทพฯ เปิดศูนย์วิจัยใหม่', 'krungethph-epidsunywichayaihm'],
  ['الصين توقع اتفاقية علمية مع مصر', 'lsyn-twq-tfqyh-lmyh-m-msr'],
  ['مصر ٢٠٢٤', 'msr-2024'],
  ['ישראל וסין חותמות על הסכם מדעי', 'ysrl-vsyn-hvtmvt-l-hskhm-mdy'],
  ['भारत और चीन के वैज्ञानिक समझौते', 'bhart-aur-cin-ke-vaijnanik-smjhaute'],
];

describe('an article title in another script gets its own words in Latin letters', () => {
  it.each(SPELLED)('%s → %s', (title, slug) => {
    expect(articleSlug(title)).toBe(slug);
    // The old rule lost these titles' letters: a digit or a hash was all that was left.
    expect(slugify(title)).not.toBe(slug);
  });

  it('spells a title the same whether its text came composed or decomposed (NFC, NFD)', () => {
    for (const [title, slug] of SPELLED) expect(articleSlug(title.normalize('NFD')), title).toBe(slug);
  });

  it('gives two titles that differ in one character two slugs', () => {
    expect(articleSlug('中国科学院发布报告')).not.toBe(articleSlug('中国科学院公布报告'));
    expect(articleSlug('한국 연구소 개소')).not.toBe(articleSlug('한국 연구소 폐소'));
  });
});

describe('titles the old rule spelled keep their words', () => {
  it.each([
    'China to keep its door open',
    'SCIO briefing on China’s strategy of science and technology cooperation',
    'Россия и Китай подписали соглашение',
    'Ελλάδα και Κίνα υπογράφουν συμφωνία',
    'Łódź university opens a lab in Kraków',
  ])('%s', (title) => {
    expect(articleSlug(title)).toBe(slugify(title));
  });
});

describe('titles with no letters, emoji, very long titles', () => {
  it('puts the outlet (or "article") before a title of digits only: no address that reads as a page number or a year', () => {
    expect(articleSlug('2', null)).toBe('article-2');
    expect(articleSlug('2024', 'Harbor Post')).toBe('harbor-post-2024');
    expect(articleSlug('100%!', '新华社')).toBe('xin-hua-she-100');
  });

  it('leaves emoji out: decoration, not words', () => {
    expect(articleSlug('🚀🔬 Launch of the lab 🎉')).toBe('launch-of-the-lab');
    expect(articleSlug('🇨🇳 中国火箭发射 🚀')).toBe('zhong-guo-huo-jian-fa-she');
    expect(articleSlug('🎉🎉', 'Harbor Post')).toBe('harbor-post');
  });

  it('keeps the title part within 60 characters, cut at a word end, or inside a word too long to leave whole', () => {
    expect(articleSlug('国'.repeat(40))).toBe(Array(12).fill('guo').join('-'));
    const german = articleSlug('Die Bundesverfassungsgerichtsentscheidungsbegründungsveröffentlichungspflicht und mehr');
    expect(german).toBe('die-bundesverfassungsgerichtsentscheidungsbegrundungsveroffe');
    expect(articleSlug('Harbor observatory opens a hall with seventy telescopes for partner universities abroad')).toBe('harbor-observatory-opens-a-hall'); // six words, the little one at the end dropped, as before
  });

  it('is always a non-empty address of lower-case ASCII words joined by single hyphens', () => {
    for (const title of ['', ' ', '—', '«»', '٣', '🙂', 'ー', '㊗️', ...SPELLED.map(([t]) => t)]) {
      expect(articleSlug(title), JSON.stringify(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

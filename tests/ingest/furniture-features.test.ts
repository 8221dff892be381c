/**
 * The HTML path's furniture rules read a line's language-free features alone
 * (lib/page-text/lines/block-features.ts, furnitureFeatures): each must be what the full features give, for every
 * kind of furniture line, long lines, markup, and any language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockFeatures, furnitureFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage, type Language } from '../../scripts/ingest/lib/page-text/language/language.ts';

const LINES = [
  'By Jane Smith',
  'By Jane Smith and John Doe | Updated: March 3, 2024 at 10:30 a.m. ET',
  'Published on 12 March 2024',
  '14:44 Storm hits the coast',
  '— Jane Doe (@jane) November 18, 2019',
  '13 hours ago',
  '(185)',
  '1.2K views',
  '5 min read',
  'Click here to subscribe to our newsletter',
  'You can unsubscribe at any time. An email has just been sent to your email address.',
  'Leave a Reply',
  '[12 Comments]',
  'Jane says:',
  'No comments yet',
  '3 comments on “A story”',
  '© 2024 Example Media. All rights reserved.',
  'We use cookies to improve your experience. By continuing you accept our cookie policy.',
  'Privacy Policy | Terms of Use',
  'Trending News',
  '【関連記事】',
  'You might also like…',
  'More in World',
  '<div><a href="https://example.com/x">a link</a></div>',
  'Read more at www.example.com/story',
  'A plain sentence of the story, with a comma, ends here.',
  'Signed off (ap)',
  'Apple AirPods and Watches, and MoreA party of six left the restaurant after waiting an hour for a table.',
  'Photograph by Jane Smith/Agency',
  '1of4Grass Valley’s main street',
  '',
  '   ',
  'x'.repeat(199),
  'y '.repeat(150),
  `${'A long paragraph of prose that goes on and on. '.repeat(8)}© 2024`,
  '记者 张三 2024年3月3日 10:30',
  'Автор: Иван Петров',
  'Por María López, 3 de marzo de 2024',
];

function seedLines(): string[] {
  const dir = join(import.meta.dirname, '../../seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
}

const LANGUAGES: Language[] = [
  { lang: 'und', stopwords: new Set(), cjk: true },
  detectLanguage('The minister said on Monday that the agreement would be signed by both countries in the spring.'),
  detectLanguage('记者从科技部获悉，中国与多个国家签署了科技合作协定。'),
];

describe('furniture features', () => {
  it('are what the full features give, line by line, whatever the language', () => {
    const lines = [...LINES, ...seedLines()];
    expect(lines.length).toBeGreaterThan(100);
    for (const language of LANGUAGES) {
      for (const line of lines) {
        const lite = furnitureFeatures(line);
        const full = blockFeatures(line, language);
        const picked = Object.fromEntries(Object.keys(lite).map((k) => [k, full[k as keyof typeof full]]));
        expect(lite, `${language.lang}: ${JSON.stringify(line)}`).toEqual(picked);
      }
    }
  });

  it('are remembered per line, the same object for the same line', () => {
    expect(furnitureFeatures('By Jane Smith')).toBe(furnitureFeatures('By Jane Smith'));
    expect(furnitureFeatures('By Jane Smith').byline).toBe(true);
    expect(furnitureFeatures('© 2024 Example Media. All rights reserved.').legal).toBe(true);
  });
});

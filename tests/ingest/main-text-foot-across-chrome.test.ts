/**
 * Main-text precision: the page's foot that the run reached across the site's chrome
 * (main-text/closing/foot-across-chrome.ts). Under the article's last paragraph, a long stretch of short lines
 * with the chrome that closes articles in it (share buttons, other stories' headlines), then a little
 * prose (readers' comments): the article ends where the chrome begins, and the lines from there on
 * are reported. The article going on under a box, a product list with its prices and buttons, a short
 * stretch and a long tail of prose stay. Invented pages; the foot cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';
import { aboveAFootAcrossChrome } from '../../scripts/ingest/stages/main-text/closing/foot-across-chrome.ts';
import type { ClassedBlock } from '../../scripts/ingest/stages/main-text.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const HEAD = PIER_HEAD;
const A = PIER_PARAGRAPHS;
const BODY = A.join('\n');
/** Tags, share buttons one a line, other stories' headlines: the site's short lines. */
const STRETCH = ['Tags', 'Harbor Town', 'Ferries', 'Council', 'Share', 'Facebook', 'Twitter', 'Email', 'Ferry fares rise again', 'New lighthouse museum opens'];
const COMMENTS = [
  'Max Berg',
  'I have taken that ferry every morning for twenty years, and I am glad the council finally decided something at last.',
  'Reply',
  'Jo Lind',
  'The price is far too high for a town of this size, and the school on Bay Road will suffer from the trucks for two years.',
  'Reply',
];
const page = (...parts: string[][]) => [HEAD, BODY, ...parts.map((p) => p.join('\n'))].join('\n');

describe("main-text precision: the page's foot reached across the site's chrome", () => {
  it("leaves out readers' comments under share buttons and other stories' headlines, with the reason", () => {
    const { kept, why } = chooseArticle(page(STRETCH, COMMENTS));
    for (const line of [COMMENTS[1], COMMENTS[4], 'Ferry fares rise again', 'Facebook']) expect(kept).not.toContain(line);
    expect(kept.slice(0, A.length)).toEqual(A);
    expect(why.get(COMMENTS[1])).toMatch(/page's foot, reached across/);
    expect(why.get('New lighthouse museum opens')).toMatch(/page's foot, reached across/);
    expect(why.get('Facebook')).toMatch(/^after the article/);
  });

  it('keeps the short lines between the last paragraph and the chrome for the run to judge (an item\'s facts)', () => {
    // Not under a tags label: main-text/closing/tags-label.ts ends the article above one (tests/ingest/main-text-tags-label.test.ts).
    const facts = ['The pier in figures', 'Harbor Town', 'Twelve million dollars', 'Eighteen months', ...STRETCH.slice(4)];
    const { kept } = chooseArticle(page(facts, COMMENTS));
    expect(kept).toContain('Harbor Town');
  });

  it('keeps the article going on in paragraphs alone under the stretch', () => {
    const more = [
      'The ferry company said it would order two new boats once the plans are approved, each able to carry forty cars and three hundred people.',
      'Its director said the larger boats would cut the waiting times in summer, when the queues at the landing often reach the town centre.',
    ];
    const { kept } = chooseArticle(page(STRETCH, more));
    expect(kept).toEqual(expect.arrayContaining(more));
  });

  it("keeps a product list's last item: prices and buttons are no chrome that closes articles", () => {
    const items = ['Bay Jacket', '$59 at Harbor Outfitters', 'Check price', 'Pros', 'Light and warm', 'Packs small', 'Cons', 'Small hood', 'Best for travel', 'Weight 300 g'];
    const { kept } = chooseArticle(page(items, COMMENTS));
    expect(kept).toContain(COMMENTS[1]);
  });

  it('keeps what follows a stretch shorter than a site foot', () => {
    const { kept } = chooseArticle(page(['Share', 'Facebook', 'Twitter', 'Email', 'Ferry fares rise again'], COMMENTS));
    expect(kept).toContain(COMMENTS[1]);
  });

  it('keeps a tail of prose as long as a good part of the article', () => {
    const long = [
      'Max Berg',
      'I have taken that ferry every morning for twenty years, and I am glad the council finally decided something at last, after all the meetings and the letters.',
      'Jo Lind',
      'The price is far too high for a town of this size, and the school on Bay Road will suffer from the trucks for two years while they build it.',
      'Sam Ortiz',
      'My grandfather worked on the old pier when it was built, and he always said it would not last a century; it seems he was right about that in the end.',
    ];
    const { kept } = chooseArticle(page(STRETCH, long));
    expect(kept).toContain(long[1]);
  });
});

describe('main-text precision: the foot across chrome on a page of many stretches', () => {
  it('walks the run once: 20,000 stretches of chrome, each under a paragraph, cost no more than one pass', () => {
    // A paragraph, then eight closing lines, twenty thousand times: each stretch asks for the prose above
    // and under it. Summed afresh for each, that was about 12 s on one core; summed once, milliseconds.
    const paragraph = () => ({ cls: 'good', why: null, features: { words: 30 } });
    const chromeLine = () => ({ cls: 'bad', why: 'a copyright line', features: { words: 2, copyright: true } });
    const blocks: unknown[] = [];
    for (let r = 0; r < 20_000; r++) blocks.push(paragraph(), ...Array.from({ length: 8 }, chromeLine));
    blocks.push(paragraph());
    let end = -1;
    expect(cpuSeconds(() => (end = aboveAFootAcrossChrome(blocks as ClassedBlock[], 0, blocks.length - 1)))).toBeLessThan(2);
    // The article ends over the first stretch with at most 300 words of prose under it (ten paragraphs of
    // 30): the one whose chrome starts 89 lines from the end, so its paragraph is the 90th from the end.
    expect(end).toBe(blocks.length - 91);
    expect((blocks[end] as ClassedBlock).cls).toBe('good');
  });
});

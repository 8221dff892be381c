/**
 * When Readability's first answer is short, stages/html.ts reads the page again without its
 * class-name rules and may take that answer instead (report rule `extractor-retried`). Every block of
 * the first answer the second answer no longer holds is lost to the body: each must be reported as
 * removed, with its reason, as every other HTML stage reports what it drops.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { blocksNotHeld } from '../../scripts/ingest/lib/html/article/retry-dropped-blocks.ts';

const STORY = [
  'The town council voted on Monday evening to close the old swimming pool at the end of the summer, after engineers found cracks in its basin.',
  'A new pool, paid for by the county and the town together, is planned beside the school, though no date has been set for the building work to begin.',
  'Parents said the children would have to travel to the next town for their lessons, a trip of forty minutes each way by bus.',
  'The mayor said she regretted the decision, but that the safety of swimmers, and of the staff, had to come first, whatever the cost to the town.',
];

/** Readers' replies long enough, together, to outweigh the story twice over. */
const REPLY = (i: number) =>
  `Reply number ${i}: I swam there every morning for twenty years, and the council has known about those cracks since long before the last election, yet nothing was done, and now the children pay for it, which is a shame for the whole town.`;
const replies = Array.from({ length: 14 }, (_, i) => `<p>${REPLY(i)}</p>`).join('\n');
const menu = Array.from({ length: 120 }, (_, i) => `<li><a href="/section-${i}">Section number ${i} of the site</a></li>`).join('');

const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council closes the old pool</title></head><body>
<ul class="menu">${menu}</ul>
<div class="wrap"><div class="story"><h2>Council closes the old pool</h2>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="below"><div class="notice">Comments are checked before they appear.</div><div class="comments">${replies}</div></div>
</body></html>`;

describe('the looser second reading that replaces a short first answer', () => {
  it('reports every block of the first answer the second answer no longer holds, as removed with its reason', () => {
    const { record, report } = article(page, 'page.html');
    const body = record.paragraphs.map((p) => p.text);
    expect(report.entries.some((e) => e.rule === 'extractor-retried' && e.action === 'changed')).toBe(true);
    const removed = report.entries.filter((e) => e.action === 'removed' && e.text);
    for (const p of STORY) {
      if (body.includes(p)) continue;
      const by = removed.find((e) => e.text!.includes(p));
      expect(by?.rule, p).toBe('extractor-retried');
      expect(by?.detail).toMatch(/second reading/);
    }
  });

  it('reports nothing removed when the second answer holds the first one whole (split, joined or spaced otherwise)', () => {
    const first = [{ kind: 'paragraph', text: STORY[0] }, { kind: 'paragraph', text: `${STORY[1]}\n ${STORY[2]}` }] as const;
    const second = [{ kind: 'paragraph', text: `${STORY[0]} ${STORY[1]}` }, { kind: 'paragraph', text: STORY[2] }, { kind: 'paragraph', text: REPLY(0) }] as const;
    expect(blocksNotHeld([...first], [...second])).toEqual([]);
    expect(blocksNotHeld([...first, { kind: 'paragraph', text: STORY[3] }], [...second]).map((b) => b.text)).toEqual([STORY[3]]);
  });
});

/** A thread of readers' comments as blog software prints one: name, "says:", age, text, reply link; each numbered. */
const thread = (n: number) =>
  `<ol class="comment-list">${Array.from(
    { length: n },
    (_, i) =>
      `<li class="comment" id="li-c-${i + 10}"><div id="c-${i + 10}"><div class="who"><cite>Reader ${i}</cite> <span>says:</span></div><div class="when"><a href="/p/">${i + 2} hours ago</a></div><div class="text"><p>${REPLY(i)}</p>${i === 1 ? [20, 21, 22, 23, 24, 25].map((k) => `<p>${REPLY(k)}</p>`).join('') : ''}</div><div><a href="/p/?reply=${i + 10}">Reply</a></div></div></li>`,
  ).join('\n')}</ol>`;

const threadPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council closes the old pool</title></head><body>
<ul class="menu">${menu}</ul>
<div class="wrap"><div class="story"><h2>Council closes the old pool</h2>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="below"><div class="notice">Comments are checked before they appear.</div><div class="comments">${thread(4)}</div></div>
</body></html>`;

describe('a second reading that would take a reader\'s comment for the article', () => {
  it('keeps the short article, and says why the second answer was refused', () => {
    const { record, report } = article(threadPage, 'page.html');
    const body = record.paragraphs.map((p) => p.text);
    for (const p of STORY) expect(body).toContain(p);
    expect(body.some((p) => p.startsWith('Reply number'))).toBe(false);
    expect(report.entries.some((e) => e.rule === 'extractor-retry-refused')).toBe(true);
    expect(report.entries.some((e) => e.rule === 'extractor-retried')).toBe(false);
  });

  it('still takes the second answer when the numbered items are posts with their own headlines', () => {
    const posts = Array.from({ length: 4 }, (_, i) => `<article id="post-${i + 10}"><h2>Post ${i}</h2><p>${REPLY(i)}</p>${i === 1 ? `<p>${REPLY(20)}</p><p>${REPLY(21)}</p><p>${REPLY(22)}</p>` : ''}</article>`).join('\n');
    const { report } = article(threadPage.replace(thread(4), posts), 'page.html');
    expect(report.entries.some((e) => e.rule === 'extractor-retried' && e.action === 'changed')).toBe(true);
    expect(report.entries.some((e) => e.rule === 'extractor-retry-refused')).toBe(false);
  });
});

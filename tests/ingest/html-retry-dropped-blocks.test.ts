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

/**
 * The byline (text path, and the HTML path's byline read in the page's text) when each writer has a labelled byline of their own, one block right after the
 * other ("By Anna Berg May 2, 2024" / "By Li Wei May 2, 2024"; "By —" / "Anna Berg, Harbor Wire" / "By —" /
 * "Li Wei, Harbor Wire"): all the writers, in page order (lib/bylines/writers-labelled-apart.ts). A list of
 * teasers, a headline between each byline, stays one writer's; so does a sentence opening with "By".
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { writersLabelledApart } from '../../scripts/ingest/lib/bylines/writers-labelled-apart.ts';

const BODY = [PROSE, PROSE, PROSE].join('\n\n');
const page = (header: string) => `Home\nWorld\nBusiness\nHarbor tides rise after the new research buoys report\n${header}\n\n${BODY}\n\nRead next\nShare`;

describe('text bylines: the writers labelled apart', () => {
  it('reads every writer of a run of "By" lines, in page order', () => {
    expect(article(page('By Anna Berg May 2, 2024\nBy Li Wei May 2, 2024')).record.author).toBe('Anna Berg and Li Wei');
  });

  it('reads every writer of a run of labels alone over their names, blank lines between', () => {
    const header = 'By —\n\nAnna Berg, Harbor Wire Anna Berg, Harbor Wire\n\nBy —\n\nLi Wei, Harbor Wire Li Wei, Harbor Wire\n\nMay 2, 2024';
    expect(article(page(header)).record.author).toBe('Anna Berg and Li Wei');
  });

  it('reads them on the HTML path too, where the fields name nobody', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbor tides rise after the new research buoys report</title></head><body>
<main><article><h1>Harbor tides rise after the new research buoys report</h1><p>By —</p><p>Anna Berg, Harbor Wire</p><p>By —</p><p>Li Wei, Harbor Wire</p>${[PROSE, PROSE, PROSE].map((p) => `<p>${p}</p>`).join('')}</article></main>
<footer><p>© 2024 Harbor Gazette. All rights reserved.</p></footer></body></html>`;
    expect(article(html, 'page.html').record.author).toBe('Anna Berg and Li Wei');
  });

  it('a headline between two bylines (a list of teasers) ends the run', () => {
    const lines = ['By Anna Berg', 'Harbor tides rise again', 'By Li Wei', 'Ten walks for spring'];
    expect(writersLabelledApart(lines, 0)).toBeNull();
    expect(writersLabelledApart(lines, 2)).toBeNull();
  });

  it('a sentence opening with "By", and one writer alone, are no run', () => {
    expect(writersLabelledApart(['By Anna Berg', 'By the end of the day the buoys were back in the harbour.'], 0)).toBeNull();
    expect(writersLabelledApart(['By Anna Berg', '', PROSE], 0)).toBeNull();
    expect(article(page('By Anna Berg May 2, 2024')).record.author).toBe('Anna Berg');
  });
});

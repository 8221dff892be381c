/**
 * Marks no reader sees in a headline field: a soft hyphen ("&shy;", set by newsrooms in long words so
 * that a narrow column can break them), a zero-width space, a word joiner, a byte-order mark. They
 * are no part of the headline: the <h1> that writes "Helicopter&shy;landing" says what og:title's
 * "Helicopterlanding" says, and the headline comes out without them.
 */
import { describe, expect, it } from 'vitest';
import { prunePage } from '../../scripts/ingest/lib/html/prune/html-prune.ts';
import { readPageMeta } from '../../scripts/ingest/lib/html/metadata/html-meta.ts';

const headlineOf = (head: string, body: string) =>
  readPageMeta(prunePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Text.</p></body></html>`).meta, null).headline;

describe('invisible marks in a headline field', () => {
  it('a soft hyphen in the <h1> does not keep it from the field that says the same', () => {
    const head =
      '<title>Harbour board meets on Monday</title>' +
      '<meta property="og:title" content="Harbour plans a new helicopterlanding pad">' +
      '<script type="application/ld+json">{"@type":"Article","headline":"Harbour board meets on Monday"}</script>';
    expect(headlineOf(head, '<h1>Harbour plans a new helicopter&shy;landing pad</h1>')).toBe('Harbour plans a new helicopterlanding pad');
  });

  it('the headline the page shows comes out without them', () => {
    expect(headlineOf('<title>Tides</title>', '<h1>Harbour plans a new heli&shy;copter&shy;landing pad</h1>')).toBe('Harbour plans a new helicopterlanding pad');
    expect(headlineOf('<meta property="og:title" content="Keep your boat\u200b afloat\ufeff">', '')).toBe('Keep your boat afloat');
  });

  it('a zero-width joiner and non-joiner stay: they are part of how some scripts write a word', () => {
    expect(headlineOf('<meta property="og:title" content="نمی\u200cخواهم بروم">', '')).toBe('نمی\u200cخواهم بروم');
  });
});

describe('the headline repeated above the article with invisible marks', () => {
  it('leaves the body as the headline without them does, and is reported', async () => {
    const { article } = await import('./helpers.ts');
    const prose = [
      'The harbour board said on Monday that the new landing pad would be built on the old ferry pier, which has stood empty since the spring.',
      'Work is to start in the autumn and take about a year, the board said, with the cost shared between the port and the regional government.',
      'Residents have asked for the flights to be limited to the day, and the board said it would publish a timetable before the work begins.',
    ];
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour plans a new helicopterlanding pad</title>
<meta property="og:title" content="Harbour plans a new helicopterlanding pad"></head><body>
<article class="post"><div class="entry-content"><p>Harbour plans a new helicopter&shy;landing pad</p>
${prose.map((p) => `<p>${p}</p>`).join('\n')}</div></article></body></html>`;
    const { record, body, report } = article(html, 'page.html');
    expect(record.title).toBe('Harbour plans a new helicopterlanding pad');
    for (const p of prose) expect(body).toContain(p);
    expect(body).not.toContain('helicopter\u00adlanding');
    expect(report.entries.some((e) => e.detail === 'the headline, repeated above the article')).toBe(true);
  });
});

/**
 * The site's own lines closing a saved page's article, inside the box Readability picks
 * (stages/html-closing-notes.ts): the text path's closing rules (main-text.ts) take them off the
 * extract's foot, each reported; the same words higher in the article, and an article that closes
 * on none of them, stay.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';
import { GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const sentence = (i: number) =>
  `The harbour board, meeting on its ${i + 1}th session, agreed that the new breakwater would be finished before the winter storms, and the fishermen welcomed the plan.`;
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${sentence(i)} ${sentence(i + 20)}</p>`).join('');
const page = (inside: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The harbour's new breakwater</title></head><body>` +
  `<nav><a href="/">Home</a></nav><main><article><h1>The harbour's new breakwater</h1>${inside}</article></main>` +
  `<footer><p>© Harbour News</p></footer></body></html>`;
const read = (html: string) => {
  const { record, report } = article(html, 'page.html');
  return { body: record.paragraphs.map((p) => p.text).join('\n'), report };
};

const appeal = '<p>If you enjoyed this article, please consider supporting our work with a small donation: independent local news depends on readers like you.</p>';
const authorBox =
  '<h3>About the Author</h3><p>Maren Holt has reported on the coast for the paper since 2015, and writes about fishing, shipping and the weather that rules both.</p>';
const newsletter = '<p>Our newsroom brings you the news of the coast every day, from the quays to the council. Bookmark the site and read our daily newsletter, Harbour Morning, over breakfast.</p>';

describe('closing lines of the site at the foot of a saved page’s article', () => {
  it('takes out an appeal for donations closing the article, and reports it', () => {
    const { body, report } = read(page(paragraphs(6) + appeal));
    expect(body).toContain('the fishermen welcomed the plan');
    expect(body).not.toContain('If you enjoyed this article');
    expect(rules(report)).toContain('closing-lines');
  });

  it('takes out a box headed "About the Author" and the note under it', () => {
    const { body } = read(page(paragraphs(6) + authorBox));
    expect(body).not.toContain('About the Author');
    expect(body).not.toContain('Maren Holt has reported');
  });

  it('takes out a newsletter’s promotion in the site’s voice', () => {
    const { body } = read(page(paragraphs(6) + newsletter));
    expect(body).not.toContain('Our newsroom brings you');
    expect(body).toContain('the fishermen welcomed the plan');
  });

  it('keeps the same words when the article goes on under them', () => {
    const { body } = read(page(paragraphs(3) + appeal + paragraphs(4)));
    expect(body).toContain('If you enjoyed this article');
  });

  it('keeps an article that closes on none of them', () => {
    const { body, report } = read(page(paragraphs(6)));
    expect(body.split('\n')).toHaveLength(6);
    expect(rules(report)).not.toContain('closing-lines');
  });
});

describe("the site's note to readers who block its ads, closing a saved page's article", () => {
  const NOTES = [
    'Ad block users: some features of this site may not work while an ad blocker is enabled. Please add us to your allow list.',
    'We noticed you are using an ad blocker. Our reporting is paid for by advertising: please disable your ad blocker to support us.',
    'Sie nutzen einen Werbeblocker. Bitte deaktivieren Sie Ihren Werbeblocker, damit wir weiter berichten können.',
    'Parece que estás usando un bloqueador de anuncios. Desactívalo para seguir leyendo nuestras noticias.',
    'Vous utilisez un bloqueur de publicités : désactivez-le pour soutenir notre rédaction.',
  ];
  for (const note of NOTES) {
    it(`takes it out and reports it: ${note.slice(0, 40)}…`, () => {
      const { body, report } = read(page(paragraphs(6) + `<p>${note}</p>`));
      expect(body).toContain('the fishermen welcomed the plan');
      expect(body).not.toContain(note);
      // Either reader may take it: the closing lines' note, or the chrome rule for an appeal to switch off an ad blocker
      // anywhere on the page (chrome-rules.ts; both read chrome/ad-blocker-notice.ts). What matters: out, and reported.
      expect(report.entries.some((e) => (e.rule === 'closing-lines' || (e.detail ?? '').includes('ad blocker')) && e.action === 'removed' && e.text === note)).toBe(true);
    });
  }

  it('keeps an article’s own last paragraph on ad blockers', () => {
    const own = '<p>About a third of readers now use an ad blocker, the survey found, and publishers expect that share to grow as more browsers ship one by default.</p>';
    expect(read(page(paragraphs(6) + own)).body).toContain('About a third of readers now use an ad blocker');
  });
});

describe("the site's pointer to more of its stories, closing a saved page's article", () => {
  const germanPage = (last: string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Talheim plant neues Wärmenetz</title></head><body><main><article>` +
    `<h1>Talheim plant neues Wärmenetz</h1>${GERMAN_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${last}</p></article></main></body></html>`;
  const cases: [string, string][] = [
    [page(paragraphs(6) + '<p>For more stories like this, check our news page.</p>'), 'For more stories like this, check our news page.'],
    [germanPage('Mehr über die Stadtwerke Talheim lesen Sie hier.'), 'Mehr über die Stadtwerke Talheim lesen Sie hier.'],
    [germanPage('Lesen Sie hier mehr zum Thema'), 'Lesen Sie hier mehr zum Thema'],
  ];
  for (const [html, pointer] of cases) {
    it(`takes it out and reports it: ${pointer}`, () => {
      const { body, report } = read(html);
      expect(body).not.toContain(pointer);
      expect(body.split('\n').length).toBeGreaterThanOrEqual(4);
      expect(report.entries.some((e) => e.action === 'removed' && e.text === pointer)).toBe(true);
    });
  }

  it('keeps an article’s own last sentence that says where to read more', () => {
    const own = 'Mehr über die Pläne lesen Sie im Bericht der Stadtwerke, den die Verwaltung am Freitag auf ihrer Website veröffentlichen will, sagte der Sprecher.';
    expect(read(germanPage(own)).body).toContain(own);
  });
});

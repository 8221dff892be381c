/**
 * The widgets under an article for the reader to act on (a question about the article, a prompt to
 * rate it and its stars, a note on logging in to comment, a note that the comments are closed, the
 * comment section's bare label, the empty comment section's "be the first to comment") are left out on both paths, each line reported; an article's own
 * sentences about ratings, logins and comments, and a headline that asks a question, stay.
 * Every line here is written for the test; the widget lines failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { readerWidgetOf } from '../../scripts/ingest/lib/page-text/boxes/reader-widgets.ts';
import { article } from './helpers.ts';

const WIDGETS = [
  'Was this article helpful?',
  'Did you find this story useful?',
  'How helpful was this article?',
  'War der Artikel nützlich?',
  'Fanden Sie diesen Beitrag hilfreich?',
  'Hat Ihnen der Artikel gefallen?',
  'Gefällt dir unser Wandermagazin?',
  '¿Te ha resultado útil esta noticia?',
  '¿Qué te pareció este artículo?',
  'Cet article vous a-t-il été utile ?',
  "Questo articolo ti è stato utile?",
  'Esta notícia foi útil?',
  'Czy ten artykuł był pomocny?',
  'Was dit artikel nuttig?',
  'Rate this article',
  'Hier können Sie den Artikel bewerten',
  'Valora esta noticia',
  'Évaluez cet article',
  '★★★★☆',
  '4.2/5 (17 votes)',
  'Bewertung: 4,5 von 5',
  'Log in to comment',
  'Please sign in to join the discussion.',
  'Sie sind aktuell nicht eingeloggt.',
  'Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.',
  'Inicia sesión para comentar',
  'Connectez-vous pour commenter',
  'Kommentare geschlossen',
  'Comments are closed.',
  'Los comentarios están cerrados',
  'Kommentieren',
  'Kommentare insgesamt: 3',
  'Möchten Sie den Artikel teilen?',
  'Kommentarfeed | Kommentare geschlossen | Trackback-URL',
  'Permalink · 3 Comments',
  'Verraten Sie gerne in den Kommentaren: Was halten Sie vom neuen Hafen?',
  'Let us know in the comments below!',
  'Keine Kommentare zu „Ein Tag am Hafen“',
  'Einen Kommentar schreiben',
  'Comment by Ann Lee — 17.07.2011 @ 13:04',
  'Comment by harbour42 — 18.07.2011 @ 00:43',
  'Click on a star to rate it!',
  'Submit Rating',
  'Average rating 4.5 / 5. Vote count: 12',
  'No votes so far! Be the first to rate this post.',
  'We are sorry that this post was not useful for you!',
  'Let us improve this post!',
  'Be the first to comment on this article',
  'Be the first to comment',
  'Sé el primero en comentar',
  'Soyez le premier à commenter cet article',
  'Sii il primo a commentare',
  'Seja o primeiro a comentar!',
  'Sei der Erste, der diesen Artikel kommentiert.',
  'Schreiben Sie den ersten Kommentar',
  'Bądź pierwszy, który skomentuje',
  'Wees de eerste die reageert',
  'No comments yet.',
  'Noch keine Kommentare vorhanden',
  'Aún no hay comentarios',
  'Pas encore de commentaires',
];

const ARTICLE_LINES = [
  'Was the harbour plan worth its cost?',
  'Gefällt Ihnen der neue Hafen?',
  'Readers rated the article highly, the editor said in her weekly letter to subscribers.',
  'Residents must log in to comment on the harbour plan before Friday, the council said.',
  'Die Kommentare der Anwohner sind geschlossen ablehnend, sagte der Bürgermeister am Abend.',
  'The vote ended 4 of 5 in favour of the new pier.',
  '¿Fue útil la reunión del consejo para los vecinos del puerto?',
  'Permalink',
  'Kommentare | Analysen | Hintergrund',
  'Residents told us in the comments section of the council\'s website that the pier was unsafe.',
  'Comment by the minister on Tuesday drew a sharp reply from the harbour board.',
  'No votes so far have been counted in the harbour district, the returning officer said.',
  'The average rating of the ferry service fell to 3.1 out of 5 last year.',
  'Be the first to comment on the plan, the mayor urged residents at the meeting on Tuesday.',
  'No comments yet from the harbour board, which meets again on Friday.',
  'Noch keine Kommentare gab es von der Reederei, die sich am Montag äußern will.',
  'Sé el primero en llegar al puerto y elige el mejor amarre.',
  'Pas encore de commentaires officiels du port, selon la mairie.',
];

describe("a reader's widgets under the article", () => {
  it('are named by the lexicon and the text path\'s chrome rule', () => {
    for (const line of WIDGETS) {
      expect({ line, widget: !!readerWidgetOf(line) }).toEqual({ line, widget: true });
      expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'reader-widget' });
    }
  });

  it("leave an article's own sentences and questions alone", () => {
    for (const line of ARTICLE_LINES) {
      expect({ line, widget: readerWidgetOf(line) }).toEqual({ line, widget: null });
      expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
    }
  });

  const PARAGRAPHS = [
    'The harbour board of Eastmere approved on Monday a plan to rebuild the old ferry pier before next summer, at a cost of about four million euros shared with the region.',
    'Work on the pier is to start in the autumn, once the last boats of the season have left, and the ferry will use a temporary landing stage until the spring.',
    'The board expects the new pier to serve the larger boats the operator has ordered, which need a deeper berth than the old one offers at low tide.',
  ];
  const CLOSING = ['War der Artikel nützlich?', '★★★★☆', 'Kommentare geschlossen', 'Sie sind aktuell nicht eingeloggt.', 'Be the first to comment on this article'];

  it('are left out on the text path, each reported', () => {
    const page = ['Eastmere to rebuild its ferry pier', ...PARAGRAPHS, ...CLOSING].join('\n');
    const { body, report } = article(page);
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    for (const line of CLOSING) {
      expect(body).not.toContain(line);
      expect(report.entries.some((e) => e.action === 'removed' && e.text === line), line).toBe(true);
    }
  });

  it('are left out on the HTML path, each reported with its kind', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Eastmere to rebuild its ferry pier</title></head><body>
<article><h1>Eastmere to rebuild its ferry pier</h1><div class="article-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
${CLOSING.map((t) => `<p>${t}</p>`).join('')}</div></article></body></html>`;
    const { body, report } = article(html, 'page.html');
    for (const p of PARAGRAPHS) expect(body).toContain(p);
    for (const line of CLOSING) {
      expect(body).not.toContain(line);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.action === 'removed' && e.text === line), line).toBe(true);
    }
  });

  it('keep a question the article asks and answers', () => {
    const question = 'Was the harbour plan worth its cost?';
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Eastmere to rebuild its ferry pier</title></head><body>
<article><h1>Eastmere to rebuild its ferry pier</h1><div class="article-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<h2>${question}</h2><p>${PARAGRAPHS[0]}</p></div></article></body></html>`;
    expect(article(html, 'page.html').body).toContain(question);
  });
});

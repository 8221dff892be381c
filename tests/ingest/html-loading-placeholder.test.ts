/**
 * HTML seeds: a script's placeholder the saved page caught before the script ran ("Loading…",
 * "Loading comments...", "Wird geladen…") leaves the body, reported; a line of the article that opens
 * on the same word ("Loading time of your pages…" as a sentence, a heading "Loading" without dots) stays.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { isLoadingPlaceholder } from '../../scripts/ingest/lib/html/furniture/loading-placeholder.ts';

const P = [
  'Picking your first telescope is mostly a question of what you want to look at, and of how much you are ready to carry.',
  'A small refractor is light and needs little care, which makes it the usual advice for a beginner who observes from a balcony.',
  'A reflector gives more aperture for the money, but it has to be collimated from time to time, which takes some practice.',
];

const page = (inside: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Choosing a first telescope</title></head><body>
<article><h1>Choosing a first telescope</h1>
<p>${P[0]}</p><p>${P[1]}</p>${inside}<p>${P[2]}</p>
</article></body></html>`;

describe('HTML furniture: a loading placeholder', () => {
  it('leaves out the placeholder, reported', () => {
    const { body, report } = article(page('<p>Loading paragraph...</p>'), 'page.html');
    for (const p of P) expect(body).toContain(p);
    expect(body).not.toContain('Loading');
    expect(report.entries.some((e) => e.rule === 'furniture' && e.text === 'Loading paragraph...' && e.detail?.startsWith('a placeholder shown while a script loads'))).toBe(true);
  });

  it('keeps the article\'s own line on loading', () => {
    const own = '<h2>Loading</h2><p>Loading the tube into the car takes two people…</p>';
    const { body } = article(page(own), 'page.html');
    expect(body).toMatch(/^Loading$/m);
    expect(body).toContain('Loading the tube into the car takes two people…');
  });

  it('reads the placeholder in the languages of most news on the web, and nothing longer', () => {
    for (const line of ['Loading...', 'Loading…', 'Loading comments...', ' Loading ...', 'Wird geladen…', 'Lade weitere Inhalte ...', 'Chargement en cours…', 'Cargando...', 'Загрузка...', '読み込み中…']) {
      expect(isLoadingPlaceholder(line), line).toBe(true);
    }
    for (const line of ['Loading', 'Loading time of your pages', 'Loading the tube into the car takes two people…', 'Laden Sie die App herunter...']) {
      expect(isLoadingPlaceholder(line), line).toBe(false);
    }
  });
});

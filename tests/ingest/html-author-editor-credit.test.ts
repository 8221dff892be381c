/**
 * The HTML path's author where the page's field names the one its byline elements credit as the
 * editor ("Editor : Anna Berg", "Penyunting: …"): the writer another byline element shows wins
 * (lib/bylines/editor-credit.ts). With no other person shown, the field stands; a field naming
 * someone else than the editor stands too.
 */
import { describe, expect, it } from 'vitest';
import { editorCredited } from '../../scripts/ingest/lib/bylines/editor-credit.ts';
import { headerPage as page } from './html-header-page.ts';

const ld = (name: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"EU and China expand climate research","author":{"@type":"Person","name":"${name}"}}</script>`;

describe("HTML author: the field names the page's editor", () => {
  it("reads the writer's byline element over a field naming the editor", () => {
    const header = '<div class="author-name">Tomás Ordóñez</div><div class="info-author">Editor : <a class="author" href="/author/7/anna-berg">Anna Berg</a></div>';
    expect(page(header, ld('Anna Berg')).author).toBe('Tomás Ordóñez');
    const penyunting = '<div class="author-name">Tomás Ordóñez</div><div class="author">Penyunting: Anna Berg</div>';
    expect(page(penyunting, ld('Anna Berg')).author).toBe('Tomás Ordóñez');
  });

  it('the field stands when no other person is shown, or when it names someone else than the editor', () => {
    expect(page('<div class="info-author">Editor : <a class="author" href="/author/7/anna-berg">Anna Berg</a></div>', ld('Anna Berg')).author).toBe('Anna Berg');
    expect(page('<div class="author-name">Tomás Ordóñez</div><div class="info-author">Editor : <a class="author">Li Wei</a></div>', ld('Anna Berg')).author).toBe('Anna Berg');
  });

  it('reads the credited name only after an editor label', () => {
    expect(editorCredited('Editor : \nAnna Berg')).toBe('Anna Berg');
    expect(editorCredited('Edited by Anna Berg')).toBe('Anna Berg');
    expect(editorCredited('Editorial Board')).toBeNull();
    expect(editorCredited('Anna Berg, Editor')).toBeNull();
    expect(editorCredited(null)).toBeNull();
  });
});

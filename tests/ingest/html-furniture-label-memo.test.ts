/**
 * furnitureLabel remembers the furniture word of each class and id value (lib/html/furniture/html-furniture.ts):
 * the answer must be the one the words give, whoever asks first, on elements of any kind. A class and
 * an id of the same value are read apart (an id of many words is a heading's anchor, a class is not);
 * a value too long to remember is read each time; the label names each element's own value.
 */
import { describe, expect, it } from 'vitest';
import { furnitureLabel } from '../../scripts/ingest/lib/html/furniture/html-furniture.ts';

const el = (nodeName: string, attrs: Record<string, string>) => ({ nodeName, getAttribute: (name: string) => attrs[name] ?? null });

describe('furnitureLabel, remembered by value', () => {
  it('gives the same answer asked again, and a fresh label each time', () => {
    const first = furnitureLabel(el('DIV', { class: 'share-bar' }));
    const again = furnitureLabel(el('DIV', { class: 'share-bar' }));
    expect(first).toEqual({ kind: 'share buttons', label: 'inside share buttons (class "share-bar")' });
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('reads a value as an id and as a class apart, in either order', () => {
    const long = 'related-posts-from-the-same-week';
    expect(furnitureLabel(el('DIV', { id: long }))).toBeNull();
    expect(furnitureLabel(el('DIV', { class: long }))?.kind).toBe('related stories');
    expect(furnitureLabel(el('DIV', { id: long }))).toBeNull();
    const stated = 'category-social';
    expect(furnitureLabel(el('DIV', { class: stated }))).toBeNull();
    expect(furnitureLabel(el('DIV', { id: stated }))?.kind).toBe('share buttons');
    expect(furnitureLabel(el('DIV', { class: stated }))).toBeNull();
  });

  it('remembers nothing of an element that is no box', () => {
    expect(furnitureLabel(el('SPAN', { class: 'hljs-comment' }))).toBeNull();
    expect(furnitureLabel(el('DIV', { class: 'hljs-comment' }))?.kind).toBe('comments');
  });

  it('reads a value too long to remember the same way, each time', () => {
    const value = `${'layout-column '.repeat(20)}newsletter-signup`;
    for (let i = 0; i < 2; i++) expect(furnitureLabel(el('SECTION', { class: value }))?.label).toBe(`inside a newsletter box (class "${value.trim().slice(0, 60)}")`);
  });

  it('labels each element with its own value when two values share a word', () => {
    expect(furnitureLabel(el('DIV', { class: 'ad-slot' }))?.label).toBe('inside an advertisement (class "ad-slot")');
    expect(furnitureLabel(el('DIV', { class: '  ad-slot  ' }))?.label).toBe('inside an advertisement (class "ad-slot")');
    expect(furnitureLabel(el('DIV', { class: 'no-promo' }))).toBeNull();
  });
});

/**
 * A saved page's picture captions (<figcaption>), shown where the picture stood but not read as the
 * article's prose. A caption says what a photo shows, not what the article says: the human-marked bodies
 * of the benchmark's sets leave captions out, and keeping them in the body lowered its precision, so the
 * furniture rules take them out of the text (lib/html/furniture/html-furniture.ts). A reader still expects
 * the caption under the picture's place: each one comes back as a paragraph of kind `caption`, after the
 * paragraph it followed on the page, with its own p-N anchor, which the article page shows small
 * (stages/emit.ts: `<p class="caption">`). The stages that read the article's prose (metadata, topics,
 * people and quotes, figures, mentions, events' phrases, the summary and word count) read
 * `proseParagraphs`, which leaves captions out; so does the benchmark's body.
 */
import type { ListStep, Paragraph } from '../../../types.ts';
import { MAX_PARAGRAPHS } from '../../safety/limits.ts';
import type { HtmlBlock } from './html-blocks.ts';

/**
 * A caption, and the text of the article's block it followed on the page (null: over the first one);
 * `quoted` and `listPath` when its picture stood inside a quote or a list item (HtmlBlock's own).
 */
export interface PictureCaption {
  text: string;
  after: string | null;
  quoted?: true;
  listPath?: readonly ListStep[];
}

/** The captions the furniture rules took out under `reason`, each with the kept block over it, in the page's order. */
export function pictureCaptions(extracted: readonly HtmlBlock[], kept: readonly HtmlBlock[], reason: string): PictureCaption[] {
  const keptSet = new Set(kept);
  const captions: PictureCaption[] = [];
  let after: string | null = null;
  for (const b of extracted) {
    if (keptSet.has(b)) after = b.text;
    else if (b.furniture === reason && b.text.trim()) {
      captions.push({ text: b.text.trim(), after, ...(b.quoted ? { quoted: true as const } : {}), ...(b.listPath ? { listPath: b.listPath } : {}) });
    }
  }
  return captions;
}

const key = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The paragraphs with each caption after the paragraph it followed, all renumbered p-1, p-2, … in
 * reading order. A caption whose paragraph the later stages left out is not shown (it stays in the
 * report as the furniture it was taken out as), nor one the article already says word for word, nor
 * any past the paragraph cap.
 */
export function withCaptions(paragraphs: readonly Paragraph[], captions: readonly PictureCaption[]): Paragraph[] {
  if (!captions.length) return paragraphs as Paragraph[];
  const said = new Set(paragraphs.map((p) => key(p.text)));
  // Where each caption goes: after paragraph `at` (-1: before the first), found in order down the page.
  const placed = new Map<number, PictureCaption[]>();
  let at = -1;
  let room = MAX_PARAGRAPHS - paragraphs.length;
  for (const caption of captions) {
    if (room <= 0) break;
    if (caption.after !== null) {
      const anchor = key(caption.after);
      let k = Math.max(at, 0);
      while (k < paragraphs.length && key(paragraphs[k].text) !== anchor) k++;
      if (k === paragraphs.length) continue;
      at = k;
    }
    if (said.has(key(caption.text))) continue;
    said.add(key(caption.text));
    placed.set(at, [...(placed.get(at) ?? []), caption]);
    room--;
  }
  if (!placed.size) return paragraphs as Paragraph[];
  const out: Paragraph[] = [];
  const push = (p: Omit<Paragraph, 'id'>) => out.push({ ...p, id: `p-${out.length + 1}` });
  const captionsAt = (i: number) => {
    for (const c of placed.get(i) ?? []) push({ text: c.text, sentences: [c.text], kind: 'caption', ...inside(c, paragraphs[i], paragraphs[i + 1]) });
  };
  captionsAt(-1);
  paragraphs.forEach((p, i) => {
    push(p);
    captionsAt(i);
  });
  return out;
}

/**
 * The quote and the list item a caption is shown in: those its picture stood in, when a paragraph beside
 * it is in them too (else a quote or a list of the caption alone, whose other lines the stages left out).
 * So a picture inside a list item or a quote no longer splits the list or the quote in two.
 */
function inside(caption: PictureCaption, before: Paragraph | undefined, after: Paragraph | undefined): Pick<Paragraph, 'quoted' | 'listPath'> {
  const shown: Pick<Paragraph, 'quoted' | 'listPath'> = {};
  if (caption.quoted && (before?.quoted || (after?.quoted && !after.quoteStart))) shown.quoted = true;
  const step = caption.listPath?.at(-1);
  const inItem = (p: Paragraph | undefined) => !!step && !!p?.listPath?.some((s) => s.list === step.list);
  if (caption.listPath && (inItem(before) || inItem(after))) shown.listPath = caption.listPath;
  return shown;
}

/** The article's own paragraphs, its pictures' captions left out: what every reader of its prose reads. */
export const proseParagraphs = (paragraphs: readonly Paragraph[]): Paragraph[] => paragraphs.filter((p) => p.kind !== 'caption');

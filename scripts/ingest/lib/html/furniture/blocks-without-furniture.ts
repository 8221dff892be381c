/**
 * The article's blocks without those the furniture rules mark (lib/html/furniture/html-furniture.ts) and
 * the heading they leave dangling (dangling-heads.ts), each reported with its reason (stages/html.ts).
 */
import type { Report } from '../../../report.ts';
import type { HtmlBlock } from '../article/html-blocks.ts';
import type { PageMeta } from '../metadata/html-meta.ts';
import { markBlockFurniture } from './html-furniture.ts';
import { withoutDanglingHeads } from './dangling-heads.ts';

/**
 * The blocks of boxes the page labels as furniture go, each reported with the label; if nothing but
 * furniture is left, the labels were wrong and every block stays.
 */
export function withoutFurniture(blocks: HtmlBlock[], page: PageMeta, byline: string | null, report: Report): HtmlBlock[] {
  markBlockFurniture(blocks, page.headline, page.author ?? byline, page.outlet?.name ?? null);
  const kept = blocks.filter((b) => !b.furniture);
  if (kept.length === 0) return blocks;
  for (const b of blocks) if (b.furniture) report.add('html', 'furniture', 'removed', b.text, b.furniture);
  // A heading or a label the article ends on heads a box left out (lib/html/furniture/dangling-heads.ts).
  const { kept: headed, removed } = withoutDanglingHeads(kept);
  for (const r of removed) report.add('html', 'dangling-head', 'removed', r.block.text, r.why);
  return headed;
}

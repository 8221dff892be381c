/**
 * What the furniture rules of this folder read of a body block (lib/html/article/html-blocks.ts's
 * HtmlBlock): its kind, its text, how much of it is linked, and the reason it is furniture once a rule
 * has said so. A rule takes any block of this shape, so its tests build blocks of the fields it reads.
 */
export interface FurnitureBlock {
  kind?: string;
  text: string;
  /** Share of the block's characters inside links to other pages. */
  linkShare?: number;
  /** Share of the block's characters inside links to places on the page itself ("#section-2"). */
  localLinkShare?: number;
  furniture?: string;
}

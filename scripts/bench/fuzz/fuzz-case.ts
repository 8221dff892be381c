/** What the fuzz campaign feeds the ingest, and what it then checks. */
export interface FuzzCase {
  /** Stable name: the shape or the mutation and the page it was made from. */
  name: string;
  /** The seed's file name (its extension chooses the text or the HTML path). */
  seed: string;
  bytes: Uint8Array;
  /** Strings that sit only in markup the page never shows (scripts, styles, attributes): none may reach the body. */
  hidden?: string[];
  /** For a mutated page: the unmutated page's seed name and bytes, to compare time and markup in the body with. */
  control?: { seed: string; bytes: Uint8Array };
  /** The mutation changed nothing a reader sees (invisible-mutations.ts): the article must read as the control's. */
  sameText?: boolean;
}

/** Invented prose, the article every generated shape wraps. */
export const PROSE = [
  'The Harbor Gazette reports that two coastal universities will share a new wave tank for ten years, the port authority said on Tuesday.',
  'Students from both schools will book the tank online, and the first tests of floating wind platforms are planned for next spring.',
  'Officials said the project costs 12 million dollars and will be paid for by the regional energy fund and two private partners.',
];
export const TITLE = 'Two universities to share a wave tank';
/** Text that only a script, a style or an attribute of a generated page holds. */
export const HIDDEN = 'qzxHiddenMarkupToken';

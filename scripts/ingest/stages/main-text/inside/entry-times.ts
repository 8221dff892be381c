/**
 * A time of day alone over a paragraph inside the article ("10 p.m."): the head of an entry of a
 * report updated through the day, kept, not left out as a date line. Used by ../../main-text.ts
 * when it lists the furniture inside the run.
 */
import type { ClassedBlock } from '../../main-text.ts';
import { isProse } from '../shared/prose.ts';

/** A time of day alone on a line: "10 p.m.", "4:14 p.m.", "10:32 ET" (no date: no page's stamp). */
const TIME_ALONE = /^(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:ET|CT|PT|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|JST|KST))$/i;

/**
 * "10 p.m." over a paragraph, inside the article: a report updated through the day (a live blog,
 * "The Latest") heads each entry with its time. A date with its time is a stamp and stays out.
 */
export function headsAnEntry(lines: string[], blocks: ClassedBlock[], i: number): boolean {
  return blocks[i].features.dateLine && isProse(blocks[i + 1]) && TIME_ALONE.test(lines[i].trim());
}

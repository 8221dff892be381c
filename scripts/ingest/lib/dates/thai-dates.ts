/**
 * Thai dates: a day, a Gregorian month's Thai name, full or short ("9 มีนาคม 2569", "9 มี.ค. 2569"),
 * and a year, which Thai pages count in the Buddhist era (2569 BE is 2026 CE) unless they mark it as
 * ours. The era is taken as the page states it: its mark before the year ("พ.ศ." Buddhist, "ค.ศ." ours),
 * else the year itself, as a Thai month with a year past 2400 can only count from the Buddhist era's
 * start, and one between 1900 and 2100 only from ours. A two-digit year ("9 มี.ค. 69", which Thai news
 * rows write) leaves the era and the century unsaid, and is not read.
 */
import { monthOfName } from './month-names.ts';

/** How many years the Buddhist era runs ahead of the Common Era. */
const BUDDHIST_ERA_OFFSET = 543;
/** The first year a Thai month's date can only write in the Buddhist era (2400 BE is 1857 CE). */
const FIRST_BUDDHIST_ONLY_YEAR = 2400;
/** The eras' marks, "พ.ศ." (Buddhist) and "ค.ศ." (Common), as pages space them or not. */
const BUDDHIST_MARK = /^พ\.\s?ศ\.?$/;
const ERA_MARK_AT_END = /([พค])\.\s?ศ\.?$/;

/**
 * A day, the month's Thai letters with the full stops of its short form, an era's mark or none, and
 * four digits: "9 มี.ค. 2569", "9 มีนาคม พ.ศ. 2569", "9มี.ค.2569". Read on ASCII digits (dates.ts turns
 * Thai digits into them). The month runs over Thai letters and stops only; a mark written onto it with
 * no space ("มี.ค.พ.ศ.2569") is taken off it in readThaiDate.
 */
export const THAI_DATE = /(?<![\p{L}\p{M}\d])(\d{1,2})\s*([\u0E01-\u0E4E]+(?:\.[\u0E01-\u0E4E]+)*\.?)\s*([พค]\.\s?ศ\.?\s*)?(\d{4})(?!\d)/gu;

/** [year, month, day] of a THAI_DATE match in the Common Era; a month of 0 when the words name none. */
export function readThaiDate(m: RegExpExecArray): [number, number, number] {
  let month = m[2];
  let mark = m[3]?.trim() ?? '';
  const fused = ERA_MARK_AT_END.exec(month);
  if (!mark && fused) {
    mark = fused[0];
    month = month.slice(0, fused.index);
  }
  const year = +m[4];
  const buddhist = mark ? BUDDHIST_MARK.test(mark) : year >= FIRST_BUDDHIST_ONLY_YEAR;
  return [buddhist ? year - BUDDHIST_ERA_OFFSET : year, monthOfName(month), +m[1]];
}

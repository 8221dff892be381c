/**
 * A time phrase after a figure's counted words: "30 units last spring", "12 launches next year",
 * "18 patents earlier this year", "14 offices yesterday". It says when, not what is counted, so the
 * unit ends before it; otherwise "last spring" became part of the measure and of its series' id.
 * "in 2020", "by May", "this year" already end the unit at their first word (the figures stage's STOP
 * words). A word that only looks like one ("40 last mile depots", "5 spring mattresses") stays: a
 * period word must follow "last"/"next", and a period word alone is never one.
 */

/** Words that name a period after "last", "next", "past", "coming", "previous", "this". */
const PERIODS = new Set([
  'spring', 'summer', 'autumn', 'fall', 'winter', 'season',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'weekend', 'quarter', 'decade', 'century',
  'night', 'morning', 'evening', 'afternoon', 'time',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const BEFORE_PERIOD = new Set(['last', 'next', 'past', 'coming', 'previous', 'this']);
/** Days named by one word. */
const DAYS = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
/** "earlier this year", "later that month", "earlier in May". */
const RELATIVE = new Set(['earlier', 'later']);
const AFTER_RELATIVE = new Set(['this', 'that', 'last', 'next', 'in', 'on', 'the']);

// (The run of marks is matched only from where it starts, so a word of 100,000 commas is read once.)
const bare = (word: string | undefined) => (word ?? '').toLowerCase().replace(/(?<![,.;:!?)"”’])[,.;:!?)"”’]+$/, '');

/** Does a time phrase start at `word` (followed by `next`)? */
export function startsTimePhrase(word: string, next: string | undefined): boolean {
  const w = bare(word);
  if (DAYS.has(w)) return true;
  if (BEFORE_PERIOD.has(w)) return PERIODS.has(bare(next));
  if (RELATIVE.has(w)) return AFTER_RELATIVE.has(bare(next));
  return false;
}

/**
 * "$99.99", "£12.50", "12.50 €", "USD 99.97", "0:00": a price or a video player's timer,
 * which block-features' TIME reads as a clock time ("99.99" like "14.30", how Nordic and German pages
 * write one), so as a date line. A date line weighs like a header's stamp (main-text.ts, the header
 * window, the meta counts), so a shop's or a book list's items (title, author, price) and a player's
 * timer read as a dated header. A currency's sign or code right beside the figure says it is money,
 * never a time; a player at rest shows "0:00" (and its length: "0:00 / 3:45").
 *
 * Such a line is block-features' `price`, not its `dateLine`: main-text weighs it as it weighed the
 * date line (a shop card's price inside a buying guide is furniture: freeing it as a short line kept
 * the cards' prices and lowered meta's text precision, .9179 -> .9169 held out), but no rule reads it
 * as a stamp.
 */

/** A currency's sign, or a common currency's code written before or after the figure ("USD 99.97", "99.97 EUR"). */
const CURRENCY_CODE = String.raw`(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|AUD|CAD|NZD|HKD|SGD|INR|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|RUB|TRY|KRW)`;
/** Before the figure: the sign or the code, a space at most, and any digits and separators TIME left out of its figure. */
const MONEY_BEFORE = new RegExp(String.raw`(?:\p{Sc}|(?<!\p{L})${CURRENCY_CODE}) ?[\d,.' ]*$`, 'u');
/** After the figure: a space at most, then the sign or the code. */
const MONEY_AFTER = new RegExp(String.raw`^ ?(?:\p{Sc}|${CURRENCY_CODE}(?!\p{L}))`, 'u');
/** The time block-features reads, with a colon or a point (the same figures as its TIME's first form). */
const CLOCK_FIGURE = /(?<!\d)\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?!\d)/g;
/** A player at rest: "0:00", or "0:00 / 3:45". */
const PLAYER_TIMER = /^0:00(?: ?\/ ?\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Looked at only on lines with a currency's sign or an upper-case code, or a timer's "0:00". */
const MAY_BE_MONEY = /\p{Sc}|[A-Z]{3}|0:00/u;

/** Is every clock-like figure of `rest` (a short line, its stamp label taken off) a price, or is the line a player's timer? */
export function pricesNotTimes(rest: string): boolean {
  if (!MAY_BE_MONEY.test(rest)) return false;
  const text = rest.trim();
  if (PLAYER_TIMER.test(text)) return true;
  let found = false;
  for (const m of text.matchAll(CLOCK_FIGURE)) {
    found = true;
    // Only the few characters beside the figure are read: a sign or a code stands right by it.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 5);
    if (!MONEY_BEFORE.test(before) && !MONEY_AFTER.test(after)) return false;
  }
  return found;
}

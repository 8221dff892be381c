/**
 * Deterministic orderings for the JSON API and the feed: the same data always gives the same bytes.
 * Undated items sort after dated ones; ties break on the stable id (slug), never on input order.
 */
const undated = '\uffff';

export const byDateThenId =
  <T>(date: (item: T) => string | null, id: (item: T) => string) =>
  (a: T, b: T) =>
    compare(date(a) ?? undated, date(b) ?? undated) || compare(id(a), id(b));

/** Code-unit order, independent of the machine's locale (unlike localeCompare). */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Endpoint body: compact JSON with a trailing newline, as a proper JSON response. */
export const jsonResponse = (data: unknown) =>
  new Response(JSON.stringify(data) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/**
 * A block that is one short token repeated back to back: a million "&foo;" (entities no browser
 * knows, left as written), "By By By …", a line of one emoji, "hahaha" for pages. No article is
 * written so, and published it fills the article to its 4M-character cap. A block of MIN_CHARS or
 * more where a token of at most MAX_TOKEN characters, repeated, makes up REPEATED_SHARE of it is
 * taken out whole, reported with the token and its count, and with its text, each run of copies cut
 * to three: up to a tenth of the block may be other words (a paragraph glued to the copies), which
 * the report then holds, not lost unseen. The blocks around it stay. A page that is nothing else is
 * then skipped as having no article text.
 *
 * Real text is far from it. Prose, a poem's refrain, a code listing, a table of numbers repeat words,
 * lines or cells, never one token over nine characters in ten: the period a refrain or a table row
 * repeats at is a line's length, longer than MAX_TOKEN, and its cells differ.
 */
import type { Report } from '../../report.ts';
import type { Unit } from '../../types.ts';

/** Blocks shorter than this are never judged: a rule of dashes, "Ha ha ha!" are text as written. */
export const MIN_CHARS = 1_000;
/** The longest token judged (code units): an entity, a word, an emoji sequence; shorter than a line of verse. */
export const MAX_TOKEN = 32;
/** The share of a block's characters the repeats must make up. */
export const REPEATED_SHARE = 0.9;

export interface RepeatedToken {
  token: string;
  copies: number;
}

/**
 * The token `text` repeats, or null: the shortest period p ≤ MAX_TOKEN at which REPEATED_SHARE of
 * its characters equal the one p before. Each period's count stops as soon as that share is out of
 * reach: prose differs from itself at nine characters in ten, so each costs a tenth of the block or so.
 */
export function repeatedToken(text: string): RepeatedToken | null {
  const n = text.length;
  if (n < MIN_CHARS) return null;
  const allowed = Math.floor((1 - REPEATED_SHARE) * n);
  for (let p = 1; p <= MAX_TOKEN && p < n / 4; p++) {
    let differ = p; // the first p characters have none before them
    for (let i = p; i < n && differ <= allowed; i++) if (text.charCodeAt(i) !== text.charCodeAt(i - p)) differ++;
    if (differ > allowed) continue;
    const token = tokenAt(text, p);
    if (token === null) continue;
    let copies = 0;
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) copies++;
    if (copies * token.length >= REPEATED_SHARE * n) return { token, copies };
  }
  return null;
}

/** The token of period p where its repeats start: the first p characters that the next p repeat twice over. */
function tokenAt(text: string, p: number): string | null {
  for (let i = 0; i + 3 * p <= text.length; i++) {
    const token = text.slice(i, i + p);
    if (text.startsWith(token, i + p) && text.startsWith(token, i + 2 * p)) return token;
  }
  return null;
}

/**
 * The block as the report shows it: each run of three copies or more back to back cut to three and
 * "…" (a part copy that starts or ends the block counted in its run), the rest as written. One pass:
 * each search starts where the last run ended.
 */
export function withRunsCut(text: string, token: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, from)) {
    let end = at;
    while (text.startsWith(token, end)) end += token.length;
    if ((end - at) / token.length < 3) {
      parts.push(text.slice(from, end));
      from = end;
      continue;
    }
    const start = from === 0 && token.endsWith(text.slice(0, at)) ? 0 : at;
    if (text.length - end < token.length && token.startsWith(text.slice(end))) end = text.length;
    parts.push(text.slice(from, start), `${token.repeat(3)}…`);
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * `units` without the blocks that are one token repeated, each reported with its token and count.
 * `lastCut`: the text cap cut the last block in its middle (pipeline.ts capText, lib/html/prune/text-budget.ts),
 * so its length and count are those of the part read, and its report says so: never a block of 5M
 * characters reported as one of 2M with no word of the rest.
 */
export function withoutRepeatedTokenBlocks<T extends Unit>(units: T[], report: Report, lastCut = false): T[] {
  let kept: T[] | null = null;
  units.forEach((unit, i) => {
    const repeated = repeatedToken(unit.text);
    if (!repeated) {
      kept?.push(unit);
      return;
    }
    kept ??= units.slice(0, i);
    const { token, copies } = repeated;
    const cut = lastCut && i === units.length - 1 ? ' read before the text cap (the rest of it is not read: text-cap)' : '';
    report.add('clean', 'repeated-token', 'removed', withRunsCut(unit.text, token), `a block of ${unit.text.length.toLocaleString('en')} characters${cut}, ${copies.toLocaleString('en')} copies of "${token}" back to back: no article is written so`);
  });
  return kept ?? units;
}

/**
 * Readability's attempts, watched as it makes them (readability-reading.ts): whether the rules a looser
 * reading goes without changed anything, the attempts that would repeat the first skipped, and the looser
 * reading's answer taken from this reading's own attempts, so the page is not read again for it.
 */

/**
 * Whether the two rules a looser reading goes without (FLAG_STRIP_UNLIKELYS, FLAG_WEIGHT_CLASSES)
 * changed anything in a reading: whether it removed an unlikely box (each is logged) or weighed an
 * element's class or id other than 0 (_getClassWeight, the one place the flag is read). Wrapped
 * round the log of joinProseSiblings, so installed after it.
 */
export type LooseRules = { used: boolean };
export function watchLooseRules(reader: object): LooseRules {
  const seen: LooseRules = { used: false };
  const r = reader as { log: (message: unknown, ...rest: unknown[]) => void; _getClassWeight(e: unknown): number };
  const log = r.log;
  r.log = (message, ...rest) => {
    if (typeof message === 'string' && (message.startsWith('Removing unlikely candidate') || message.startsWith('Removing content with role'))) seen.used = true;
    log(message, ...rest);
  };
  const weigh = r._getClassWeight;
  r._getClassWeight = function (this: unknown, e: unknown) {
    const weight = weigh.call(this, e);
    if (weight !== 0) seen.used = true;
    return weight;
  };
  return seen;
}

/**
 * A reading with every rule that took its first attempt's answer, in which neither rule a looser
 * reading drops changed anything (watchLooseRules), read the page exactly as the looser reading's
 * first attempt would: that one would take the same answer. (A page of 100,000 <time> elements read
 * again so spent a quarter of its time there.)
 */
const ALL_FLAGS = 0x1 | 0x2 | 0x4;
export function firstAttemptAsLoose(reader: ReaderAttempts, rules: LooseRules): boolean {
  return reader._flags === ALL_FLAGS && reader._attempts.length === 0 && !rules.used;
}

/**
 * Readability's attempts in the order it made them (it sorts its own list in place before it picks one).
 *
 * And the second and third attempts skipped where they would repeat the first: when a first attempt
 * with every rule found too little, and neither rule the next two go without changed anything in it
 * (watchLooseRules), and it found no byline (which it would have removed, and the next attempts would
 * keep: readLooselyAlready), the second and third attempts read the same page the same way and find
 * the same. The first is then counted for them too and the fourth (no rule left) comes next: the
 * same list of attempts, the same flags, the same answer, for two readings and a rebuild of the page
 * fewer (a page of 1,000 rows of 100 table cells spent a third of its time on them).
 */
export type Attempt = { articleContent: unknown; textLength: number };
export function attemptsInOrder(reader: ReaderAttempts, rules: LooseRules, rebuiltAsRead: boolean): Attempt[] {
  const order: Attempt[] = [];
  const list = reader._attempts as Attempt[];
  list.push = (...added: Attempt[]) => {
    const repeats = rebuiltAsRead && reader._flags === ALL_FLAGS && list.length === 0 && added.length === 1 && !rules.used && (!reader._articleByline || !!reader._metadata.byline);
    if (repeats) {
      added = [added[0], added[0], added[0]];
      // Readability takes FLAG_CLEAN_CONDITIONALLY away next, as after its third attempt.
      reader._flags = FLAG_CLEAN_CONDITIONALLY;
    }
    order.push(...added);
    return Array.prototype.push.apply(list, added);
  };
  return order;
}

/**
 * A reading that found too little at all four attempts returns the longest (the first of the
 * longest: its sort is stable). A new reading with FLAG_CLEAN_CONDITIONALLY alone makes exactly this
 * reading's third and fourth attempts (readLooselyAlready says why) and, finding too little at both,
 * returns the first longest of those two. So that answer is taken from this reading's attempts, kept
 * as Readability left them, and post-processed as Readability does (parse): the page is not rebuilt
 * and read twice more (a page of 100,000 table cells read so spent a third of its time there).
 * 'same': it is the answer this reading gave. null: this does not apply (the reading is made again).
 */
export function looseFromAttempts(reader: ReaderAttempts, attempts: Attempt[], content: unknown): 'same' | (() => unknown) | null {
  if (reader._flags !== 0 || attempts.length !== 4 || reader._attempts.length !== 4) return null;
  if (reader._articleByline && !reader._metadata.byline) return null;
  const [third, fourth] = [attempts[2], attempts[3]];
  const best = fourth.textLength > third.textLength ? fourth : third;
  if (best.articleContent === content) return 'same';
  if (!best.textLength) return () => null;
  return () => {
    (reader as unknown as { _postProcessContent(e: unknown): void })._postProcessContent(best.articleContent);
    return best.articleContent;
  };
}

/**
 * Readability reads the page again, from its first state, each time its answer is under 500
 * characters, one rule fewer each time: all rules; no stripping of unlikely boxes; no class weights
 * either (FLAG_CLEAN_CONDITIONALLY alone); none. A reading that went as far as the third attempt
 * and took its answer there or at the fourth has read the page exactly as a new reading that starts
 * with FLAG_CLEAN_CONDITIONALLY alone would (its first attempt is that third one, its second that
 * fourth), so the looser reading (withoutClassNameRulesIfShort) would give the same answer and is
 * not paid for. One thing a reader carries from one attempt to the next: the byline it found, whose
 * element it then removes and stops looking for. So only a reading that found none (or was given the
 * page's byline by its metadata, and looked in no attempt) counts. (The sibling hook's memory of
 * its last parent is reset at every attempt: joinProseSiblings.)
 */
export type ReaderAttempts = { _flags: number; _attempts: unknown[]; _articleByline: string | null; _metadata: { byline?: string | null } };
export const FLAG_CLEAN_CONDITIONALLY = 0x4;

export function readLooselyAlready(reader: ReaderAttempts): boolean {
  const tookThird = reader._flags === FLAG_CLEAN_CONDITIONALLY && reader._attempts.length === 2;
  const tookFourth = reader._flags === 0 && reader._attempts.length === 3;
  if (!tookThird && !tookFourth) return false;
  return !reader._articleByline || !!reader._metadata.byline;
}

/**
 * Reasons the stage's core (../../main-text.ts) gives as it classes a line, which rules ask after
 * to tell the furniture it found from their own (a count or age, a date line).
 */

export const COUNTER_WHY = 'a count or age shown by the site';
export const DATE_LINE_WHY = 'a date line';
/** A price or a player's timer where a date line would stand ("$99.99", "0:00"): weighed as one, read as no stamp. */
export const PRICE_WHY = 'a price or a player\'s timer';

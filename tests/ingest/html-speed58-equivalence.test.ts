/**
 * Session 58's HTML speed change, held to the code it replaces: an app store's badge
 * (lib/html/furniture/app-promotion.ts `isBadgeText`) is read only from a text that ends on a "y" or an
 * "e" (the last letter of "Play", "Store", "Gallery"), where every block of the article had its spaces
 * copied single and the badge pattern tried. The pattern as it was asked (`STORE_BADGE.test` of the
 * trimmed, single-spaced text) gives the same answer on nasty and random texts, and no character but
 * "e", "E", "y", "Y" is one of those two letters to a case-insensitive Unicode pattern.
 */
import { describe, expect, it } from 'vitest';
import { isBadgeText, markAppPromotion, APP_PROMOTION_WHY, STORE_BADGE_PATTERN } from '../../scripts/ingest/lib/html/furniture/app-promotion.ts';
import type { FurnitureBlock } from '../../scripts/ingest/lib/html/furniture/furniture-block.ts';

/** How the badge was asked before (base 3d41a088). */
const asBefore = (text: string) => STORE_BADGE_PATTERN.test(text.trim().replace(/\s+/g, ' '));

/** A small deterministic generator: the same random texts on every run. */
function randomTexts(seed: number, alphabet: string[], count: number, maxLength: number): string[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * maxLength) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

const NASTY = [
  '',
  ' ',
  '\u00a0',
  'App Store',
  'app store',
  'APP STORE',
  'AppStore',
  'Google Play',
  'GOOGLE PLAY',
  'Google Play Store',
  'GET IT ON Google Play',
  'Download on the App Store',
  'Download on the\nApp Store',
  '  Download  on\tthe   App Store \u00a0 ',
  'Explore it on AppGallery',
  'Huawei App Gallery',
  'Galaxy Store',
  'Jetzt bei Google Play',
  'Disponible sur l’App Store',
  'Télécharger dans l\'App Store\u2028',
  'App Store\u3000',
  'App Store\ufeff',
  'App Store.',
  'App StorE',
  'Google PlaY',
  'App Stor\u0435', // Cyrillic "е": not a Latin "e", no badge either way
  'App Stor\u00e9',
  'App Sto\u0280e',
  'Google Pla\u00fd',
  // A real sentence that names a store: the article's, no badge.
  'The app is sold in the App Store and on Google Play.',
  'You can find it in the App Store',
  'Apple said the App Store would change its rules for every developer in Europe',
];

describe('isBadgeText: a badge is read only from a text ending on "y" or "e"', () => {
  it('the badge pattern ends on a store whose last letter is "y" or "e"', () => {
    // The check's reason: if the stores change, the check must too.
    expect(STORE_BADGE_PATTERN.source.endsWith('(?:google play(?: store)?|(?:apple )?app ?store|(?:huawei )?app ?gallery|galaxy store)$')).toBe(true);
    expect(STORE_BADGE_PATTERN.flags).toBe('iu');
  });

  it('no character but e, E, y and Y is an "e" or a "y" to a case-insensitive Unicode pattern', () => {
    const either = /^[ey]$/iu;
    const found: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (either.test(String.fromCodePoint(cp))) found.push(cp);
    expect(found).toEqual([0x45, 0x59, 0x65, 0x79]);
  });

  it('gives what the pattern gave on nasty texts', () => {
    for (const text of NASTY) expect(isBadgeText(text), JSON.stringify(text)).toBe(asBefore(text));
    // The badges are still badges, whatever spaces stand around them.
    expect(isBadgeText('  Download  on\tthe   App Store \u00a0 ')).toBe(true);
    expect(isBadgeText('GET IT ON Google Play')).toBe(true);
    expect(isBadgeText('The app is sold in the App Store and on Google Play.')).toBe(false);
  });

  it('gives what the pattern gave on random texts made of its words', () => {
    const pieces = ['app', 'App', 'store', 'Store', 'STORE', 'play', 'Play', 'google', 'Google', 'gallery', 'galaxy', 'huawei', 'get it on', 'download on the', 'available on', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '.', 'e', 'E', 'y', 'Y', 'é', 'ſ', '\ud83d\ude00', 'x'];
    for (const text of randomTexts(58, pieces, 3000, 8)) expect(isBadgeText(text), JSON.stringify(text)).toBe(asBefore(text));
  });

  it('still marks a row of badges and the promo line above it', () => {
    const blocks: FurnitureBlock[] = [
      { kind: 'paragraph', text: 'The council approved the budget on Tuesday after a long debate.' },
      { kind: 'paragraph', text: 'Download the Harbor app' },
      { kind: 'paragraph', text: 'GET IT ON Google Play ' },
      { kind: 'paragraph', text: 'Download on the App Store\u00a0' },
    ] as FurnitureBlock[];
    markAppPromotion(blocks);
    expect(blocks.map((b) => b.furniture ?? null)).toEqual([null, APP_PROMOTION_WHY, APP_PROMOTION_WHY, APP_PROMOTION_WHY]);
  });

  it('leaves a paragraph that names a store at its end', () => {
    const blocks = [
      { kind: 'paragraph', text: 'The game is out now for phones.' },
      { kind: 'paragraph', text: 'You can find it in the App Store' },
      { kind: 'paragraph', text: 'It costs nothing to try.' },
    ] as FurnitureBlock[];
    markAppPromotion(blocks);
    expect(blocks.every((b) => !b.furniture)).toBe(true);
  });
});

/**
 * Seeds whose bytes are not in the encoding the file is certain of, through the ingest CLI: a UTF-8
 * byte order mark over bytes of no encoding, as a page and as a text; a UTF-8 byte order mark over
 * Windows-1251 Russian; a page declaring EUC-KR over bytes of no encoding; a UTF-16 byte order mark
 * over bytes no UTF-16 reads; a text of valid two-byte characters with a bad byte after every two.
 * Each was published as a page of U+FFFD; each is now skipped with the share of unreadable characters
 * in its reason (lib/safety/unreadable-text.ts). The pages beside them stay articles, as browsers read
 * them: a UTF-8 text with a few bad bytes (each a U+FFFD where it was), a page with no charset in
 * Windows-1252 (read as Windows-1252), a page declaring UTF-8 over Windows-1252 bytes, and French in
 * Windows-1252 under a UTF-8 byte order mark (its accented letters lost, the rest readable).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempTrees } from '../helpers/temp-tree.ts';
import { encodeLegacy } from '../../scripts/bench/fuzz/legacy-encodings.ts';
import { expectHostileRunOutcomes, seedOf, type HostileExpectation } from './hostile-outcomes.ts';
import { PROSE_AFTER, PROSE_BEFORE } from './cpu-seconds.ts';

const trees = tempTrees('hostile-unreadable-');
afterAll(trees.cleanup);

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
/** `n` bytes of no encoding (over 0x7F, a space every seventh), the same on every run. */
function noEncoding(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = i % 7 === 6 ? 0x20 : 0x80 + ((x >> 16) % 128);
  }
  return out;
}
const page = (charset: string, body: Uint8Array) =>
  cat(enc(`<!DOCTYPE html><html><head>${charset ? `<meta charset="${charset}">` : ''}<title>Night ferry returns</title></head><body><article><h1>Night ferry returns</h1><p>`), body, enc('</p></article></body></html>'));
const RU = 'Паромная переправа на острова снова работает каждую ночь, сообщила администрация порта в понедельник утром. Билеты можно купить на причале или заранее.';
const FR = 'Le ferry de nuit vers les îles reprend dès la semaine prochaine, a annoncé lundi la capitainerie, après des réparations achevées plus tôt que prévu sur la jetée.';

const SEEDS = new Map<string, Uint8Array>([
  ['bom-over-noise.html', cat(UTF8_BOM, page('utf-8', noEncoding(4000)))],
  ['bom-over-noise.txt', cat(UTF8_BOM, enc('Night ferry returns\n\n'), noEncoding(4000))],
  ['bom-over-1251.txt', cat(UTF8_BOM, encodeLegacy(`Ночной паром\n\n${RU}\n\n${RU}`, 'windows-1251'))],
  ['euc-kr-over-noise.html', page('euc-kr', noEncoding(4000))],
  ['utf16-bom-over-noise.html', cat([0xff, 0xfe], Buffer.from('<html><body><p>', 'utf16le'), Array.from({ length: 4000 }, (_, i) => [0x00, 0xd8, 0x41, 0x00][i % 4]), Buffer.from('</p></body></html>', 'utf16le'))],
  ['bad-byte-every-third.txt', cat(enc('Night ferry returns\n\n'), Array.from({ length: 1200 }, () => [0xc3, 0xa9, 0xc3, 0xa9, 0xff]).flat())],
  // Readable pages: none may be skipped.
  ['few-bad-bytes.txt', cat(enc(`Night ferry returns\n\n${PROSE_BEFORE} `), [0xff], enc(` ${PROSE_AFTER} `), [0xc3], enc(`\n\nCafé, crème brûlée and a déjà vu — ${PROSE_BEFORE}`))],
  ['windows-1252-no-charset.html', page('', encodeLegacy(`${FR} ${PROSE_AFTER}`, 'windows-1252'))],
  ['declares-utf8-is-1252.html', page('utf-8', encodeLegacy(`${FR} ${PROSE_AFTER}`, 'windows-1252'))],
  ['bom-over-1252-french.txt', cat(UTF8_BOM, encodeLegacy(`Le ferry de nuit reprend\n\n${FR}\n\n${FR}`, 'windows-1252'))],
]);

const UNREADABLE = /^unreadable text: \d+% of its [\d,]+ visible characters are [\d,]+ U\+FFFD/;
const EXPECTED: Record<string, HostileExpectation> = {
  'bom-over-noise.html': UNREADABLE,
  'bom-over-noise.txt': UNREADABLE,
  'bom-over-1251.txt': UNREADABLE,
  'euc-kr-over-noise.html': UNREADABLE,
  'utf16-bom-over-noise.html': UNREADABLE,
  'bad-byte-every-third.txt': UNREADABLE,
  'few-bad-bytes.txt': 'article',
  'windows-1252-no-charset.html': 'article',
  'declares-utf8-is-1252.html': 'article',
  'bom-over-1252-french.txt': 'article',
};

describe('seeds whose bytes are not in the encoding they are certain of, through the CLI', () => {
  it('are skipped as unreadable; readable pages beside them stay articles, as browsers read them', async () => {
    const articles = await expectHostileRunOutcomes(trees, SEEDS, EXPECTED);
    const bySeed = new Map(articles.map((mdx) => [seedOf(mdx)!, mdx]));
    expect(bySeed.get('few-bad-bytes.txt')).toContain(`${PROSE_BEFORE} \uFFFD ${PROSE_AFTER}`);
    for (const seed of ['windows-1252-no-charset.html', 'declares-utf8-is-1252.html']) expect(bySeed.get(seed), seed).toContain('vers les îles reprend dès la semaine');
    expect(bySeed.get('bom-over-1252-french.txt')).toContain('Le ferry de nuit vers les \uFFFDles');
  }, 240_000);
});

/**
 * node scripts/bench/encodings/cjk-noise-bench.ts
 *
 * How the rule that tells random bytes from text in a Chinese, Japanese or Korean legacy encoding
 * (lib/safety/cjk-noise.ts) scores each side. Text: every Chinese, Japanese and Korean case of the
 * extraction, metadata and fundus sets (public data read from outside the repository, never
 * committed), its article body and its page's whole rendered text, encoded
 * (scripts/bench/fuzz/legacy-encodings.ts) in each encoding its language is written in and read back.
 * Noise: random bytes in four shapes (bytes over 0x7F with spaces between; any byte; pairs the
 * encoding assigns; pairs inside its standard's 94 × 94 plane), read in each encoding. Prints the
 * share of characters in the core, lowest for text and highest for noise, and the cases the rule would
 * skip (there must be none).
 */
import { CASES_DIR, FUNDUS_CASES_DIR, loadCases, META_CASES_DIR } from '../extract/cases.ts';
import { encodeLegacy, type LegacyEncoding } from '../fuzz/legacy-encodings.ts';
import { cjkNoiseReason, coreCount, MIN_JUDGED } from '../../ingest/lib/safety/cjk-noise.ts';
import { unreadableTextReason } from '../../ingest/lib/safety/unreadable-text.ts';

const BY_LANGUAGE: Record<string, LegacyEncoding[]> = { ja: ['shift_jis', 'euc-jp', 'iso-2022-jp'], zh: ['gbk', 'big5'], ko: ['euc-kr'] };
/** Traditional Chinese reads as Big5; Simplified as GBK (a Simplified character has no Big5 code). */
const isTraditional = (text: string) => /[們這個來說國會對發學]/u.test(text) && !/[们这个来说国会对发学]/u.test(text);

const share = (text: string, encoding: string) => {
  const c = coreCount(text, encoding)!;
  return { judged: c.judged, share: c.judged ? c.inCore / c.judged : 1 };
};

const lowest = new Map<string, { share: number; id: string; judged: number }>();
let texts = 0;
const skipped: string[] = [];
for (const dir of [CASES_DIR, META_CASES_DIR, FUNDUS_CASES_DIR]) {
  for (const c of loadCases(dir)) {
    const encodings = BY_LANGUAGE[c.lang];
    if (!encodings) continue;
    for (const [kind, text] of [['body', c.body], ['page', c.innerText() ?? '']] as const) {
      if (!text) continue;
      for (const encoding of encodings) {
        // Simplified Chinese has no Big5 code; Traditional is written in both (GBK holds its characters too).
        if (c.lang === 'zh' && encoding === 'big5' && !isTraditional(text)) continue;
        const read = new TextDecoder(encoding).decode(encodeLegacy(text, encoding));
        const s = share(read, encoding);
        texts++;
        if (s.judged < MIN_JUDGED) continue;
        const key = `${encoding} ${kind}${c.lang === 'zh' && isTraditional(text) ? ' (traditional)' : ''}`;
        if (!lowest.has(key) || s.share < lowest.get(key)!.share) lowest.set(key, { share: s.share, id: c.id, judged: s.judged });
        if (cjkNoiseReason(read, encoding)) skipped.push(`${c.id} ${kind} ${encoding}`);
      }
    }
  }
}
console.log(`${texts} texts read; lowest share in the core (of those with ${MIN_JUDGED}+ characters judged):`);
for (const [key, v] of [...lowest].sort()) console.log(`  ${key.padEnd(20)} ${v.share.toFixed(3)}  ${v.id} (${v.judged} judged)`);
console.log(skipped.length ? `SKIPPED as noise: ${skipped.join(', ')}` : 'no text skipped');

/** A deterministic generator of bytes (a linear congruential one: the same noise on every run). */
function generator(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff;
}
const SHAPES: Record<string, (next: () => number, n: number) => number[]> = {
  'high bytes': (next, n) => Array.from({ length: n }, (_, i) => (i % 7 === 6 ? 0x20 : 0x80 | next())),
  'any byte': (next, n) => Array.from({ length: n }, next),
  'assigned pairs': (next, n) => Array.from({ length: n }, () => 0x81 + (next() % 0x7e)).flatMap((a) => [a, 0x40 + (next() % 0xbf)]),
  '94 x 94 plane': (next, n) => Array.from({ length: n }, () => [0xa1 + (next() % 94), 0xa1 + (next() % 94)]).flat(),
};
console.log('highest share in the core of random bytes (4,000 bytes, ten seeds each), and how many skipped (as noise or unreadable):');
for (const encoding of ['shift_jis', 'euc-jp', 'gbk', 'gb18030', 'big5', 'euc-kr']) {
  const row: string[] = [];
  for (const [name, shape] of Object.entries(SHAPES)) {
    let highest = 0;
    let caught = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const raw = shape(generator(seed), name === 'assigned pairs' || name === '94 x 94 plane' ? 2000 : 4000);
      // Only pairs the decoder reads as one character count as "assigned".
      const read = new TextDecoder(encoding).decode(new Uint8Array(raw));
      const text = name === 'assigned pairs' ? read.replaceAll('\uFFFD', '') : read;
      highest = Math.max(highest, share(text, encoding).share);
      // Caught by this rule, or by the one before it (bytes the encoding cannot read: unreadable-text.ts).
      if (cjkNoiseReason(text, encoding) || unreadableTextReason(text)) caught++;
    }
    row.push(`${name} ${highest.toFixed(3)} (${caught}/10 caught)`);
  }
  console.log(`  ${encoding.padEnd(10)} ${row.join('; ')}`);
}

/**
 * node scripts/bench/encodings/detect-bench.ts [--detectors DIR] [--innertext]
 *
 * How well legacy encodings are told apart, on a development set made from the benchmark cases'
 * bodies (public data read from outside the repository, never committed): each Japanese, Chinese,
 * Korean, Russian/Bulgarian, Greek and French/German/Spanish/Portuguese body is cut into one-line titles,
 * ~200-byte pieces, ~1,000-byte pieces and the whole, each encoded (scripts/bench/fuzz/legacy-encodings.ts)
 * in every legacy encoding its language is written in. A detector is right when the text it reads
 * with its answer is the text that was encoded (so GBK and GB18030 are one answer, as are
 * Windows-1252 and Latin-1 on text both read alike). Pieces that encode to ASCII only are left out:
 * those are valid UTF-8 and never reach a detector.
 *
 * Compared: the ingest's own rule (lib/safety/legacy-encoding.ts, Windows-1252 when it is not
 * confident) and, when installed in DIR's node_modules (not the project's dependencies), the npm
 * detectors `chardet` and `jschardet`. Prints accuracy per encoding and size of piece, and speed.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CASES_DIR, loadCases } from '../extract/cases.ts';
import { encodeLegacy, type LegacyEncoding } from '../fuzz/legacy-encodings.ts';
import { guessLegacyEncoding } from '../../ingest/lib/safety/legacy-encoding.ts';

const { values } = parseArgs({ options: { detectors: { type: 'string' }, innertext: { type: 'boolean', default: false } } });

const BY_LANGUAGE: Record<string, LegacyEncoding[]> = {
  ja: ['shift_jis', 'euc-jp', 'iso-2022-jp'],
  zh: ['gbk', 'big5'],
  ko: ['euc-kr'],
  ru: ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866'],
  bg: ['windows-1251', 'iso-8859-5', 'ibm866'],
  el: ['windows-1253', 'iso-8859-7'],
  fr: ['windows-1252'],
  de: ['windows-1252'],
  es: ['windows-1252'],
  pt: ['windows-1252'],
};
/** Latin-script languages have many cases: a few are enough. */
const PER_LANGUAGE = 8;

interface Sample {
  encoding: LegacyEncoding;
  size: 'title' | '200B' | '1000B' | 'whole';
  bytes: Uint8Array;
  truth: string;
}

/** Traditional Chinese reads as Big5; Simplified as GBK (a Simplified character has no Big5 code). */
const isTraditional = (text: string) => /[們這個來說國會對發學]/u.test(text) && !/[们这个来说国会对发学]/u.test(text);

function samples(): Sample[] {
  const out: Sample[] = [];
  const seen = new Map<string, number>();
  for (const c of loadCases(CASES_DIR)) {
    const encodings = BY_LANGUAGE[c.lang];
    if (!encodings) continue;
    const count = seen.get(c.lang) ?? 0;
    if (count >= PER_LANGUAGE) continue;
    seen.set(c.lang, count + 1);
    // --innertext: the page's whole rendered text instead (menus, captions, footers), a second set
    // the rule was not tuned on.
    const body = values.innertext ? (c.innerText() ?? '') : c.body;
    if (!body) continue;
    const pieces: [Sample['size'], string][] = [];
    const lines = [c.headline ?? '', ...body.split('\n')].map((l) => l.trim()).filter((l) => l.length >= 4);
    for (const line of lines.slice(0, 12)) pieces.push(['title', [...line].slice(0, 40).join('')]);
    for (const [size, bytes] of [['200B', 200], ['1000B', 1000]] as const) {
      const chars = [...body];
      for (let i = 0, n = 0; i < chars.length && n < 10; n++) {
        let piece = '';
        while (i < chars.length && new TextEncoder().encode(piece).length < bytes * (c.lang === 'ja' || c.lang === 'zh' || c.lang === 'ko' ? 1.5 : 1.1)) piece += chars[i++];
        pieces.push([size, piece]);
      }
    }
    pieces.push(['whole', body]);
    for (const encoding of encodings) {
      if (c.lang === 'zh' && (encoding === 'big5') !== isTraditional(body)) continue;
      for (const [size, text] of pieces) {
        const bytes = encodeLegacy(text, encoding);
        if (encoding !== 'iso-2022-jp' && bytes.every((b) => b < 0x80)) continue;
        out.push({ encoding, size, bytes, truth: new TextDecoder(encoding).decode(bytes) });
      }
    }
  }
  return out;
}

type Detector = (bytes: Uint8Array) => string | null;
const detectors: [string, Detector][] = [['own rule', (bytes) => guessLegacyEncoding(bytes)?.encoding ?? 'windows-1252']];
if (values.detectors) {
  const require = createRequire(join(values.detectors, 'node_modules', 'x.js'));
  const chardet = require('chardet');
  const jschardet = require('jschardet');
  // Labels TextDecoder does not know, for encodings it does: named as it names them, to be fair.
  const ALIASES: Record<string, string> = { cp932: 'shift_jis', cp949: 'euc-kr' };
  const named = (label: string | null) => (label && ALIASES[label.toLowerCase()]) ?? label;
  detectors.push(['chardet', (bytes) => chardet.detect(bytes)]);
  // chardet's list of answers, best first, narrowed to this rule's candidates that read the bytes without error.
  const CANDIDATES = ['windows-1252', 'windows-1251', 'koi8-r', 'shift_jis', 'euc-jp', 'iso-2022-jp', 'gbk', 'big5', 'euc-kr'];
  detectors.push([
    'chardet (candidates only)',
    (bytes) => {
      for (const { name } of chardet.analyse(bytes) as { name: string }[]) {
        try {
          const decoder = new TextDecoder(name, { fatal: true });
          if (!CANDIDATES.includes(decoder.encoding === 'gb18030' ? 'gbk' : decoder.encoding)) continue;
          decoder.decode(bytes);
          return name;
        } catch {
          continue;
        }
      }
      return 'windows-1252';
    },
  ]);
  detectors.push(['jschardet', (bytes) => named(jschardet.detect(Buffer.from(bytes)).encoding)]);
}

function readsRight(label: string | null, sample: Sample): boolean {
  if (!label) return false;
  try {
    return new TextDecoder(label).decode(sample.bytes) === sample.truth;
  } catch {
    return false;
  }
}

const set = samples();
const bytesTotal = set.reduce((n, s) => n + s.bytes.length, 0);
console.log(`${set.length} samples, ${bytesTotal} bytes`);
const keys = [...new Set(set.map((s) => s.encoding))];
const sizes = ['title', '200B', '1000B', 'whole'] as const;
for (const [name, detect] of detectors) {
  for (const s of set.slice(0, 20)) detect(s.bytes); // warm up
  const right = new Map<string, [number, number]>();
  const wrong = new Map<string, number>();
  const started = performance.now();
  for (const s of set) {
    const label = detect(s.bytes);
    const ok = readsRight(label, s);
    for (const key of [s.encoding, s.size, 'all']) {
      const [r, n] = right.get(key) ?? [0, 0];
      right.set(key, [r + (ok ? 1 : 0), n + 1]);
    }
    if (!ok) wrong.set(`${s.encoding}→${label}`, (wrong.get(`${s.encoding}→${label}`) ?? 0) + 1);
  }
  const ms = performance.now() - started;
  const cell = (key: string) => {
    const [r, n] = right.get(key) ?? [0, 0];
    return `${key} ${n ? ((100 * r) / n).toFixed(1) : '-'}% (${r}/${n})`;
  };
  console.log(`\n${name}: ${cell('all')}; ${ms.toFixed(0)} ms, ${(bytesTotal / 1024 / 1024 / (ms / 1000)).toFixed(2)} MB/s`);
  console.log('  by encoding: ' + keys.map(cell).join(', '));
  console.log('  by size:     ' + sizes.map(cell).join(', '));
  const worst = [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log('  mistakes:    ' + worst.map(([k, n]) => `${k} ×${n}`).join(', '));
}

/**
 * node scripts/bench/encodings/detect-bench.ts [--detectors DIR] [--innertext] [--src DIR] [--rule FILE] [--mistakes FILE]
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
 * Central European text (Polish, Czech, Slovak, Hungarian, Slovenian, Croatian, Romanian), which the
 * body set hardly holds, is encoded in Windows-1250 and ISO-8859-2: the stories written for this bench
 * (central-european-texts.ts), the fundus set's Czech pages of the dev split and, with --src DIR (the
 * fetched public repositories, e.g. /work/src-data), fundus's Polish test pages. With --src, fundus's
 * Danish, Norwegian, Swedish and Icelandic test pages are added in Windows-1252, with the fundus set's
 * dev pages in French, German, Spanish, Italian and Portuguese: Western text that must stay Windows-1252.
 * Only languages absent from the extraction sets are read from --src (their pages are in no split).
 *
 * Turkish is encoded in Windows-1254 and ISO-8859-9, Lithuanian, Latvian and Estonian in Windows-1257
 * and ISO-8859-13: the stories written for this bench (turkish-and-baltic-texts.ts) and the fundus
 * set's dev pages that write Turkish's "ı" and "ğ" (its Baltic pages are held out).
 *
 * Compared: the ingest's own rule (lib/safety/legacy-encoding.ts, Windows-1252 when it is not
 * confident) and, when installed in DIR's node_modules (not the project's dependencies), the npm
 * detectors `chardet` and `jschardet`. Prints accuracy per encoding and size of piece, and speed.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CASES_DIR, FUNDUS_CASES_DIR, loadCases } from '../extract/cases.ts';
import { CENTRAL_EUROPEAN_TEXTS } from './central-european-texts.ts';
import { TURKISH_AND_BALTIC_TEXTS } from './turkish-and-baltic-texts.ts';
import { encodeLegacy, type LegacyEncoding } from '../fuzz/legacy-encodings.ts';
import { guessLegacyEncoding } from '../../ingest/lib/safety/legacy-encoding.ts';

const { values } = parseArgs({
  options: { detectors: { type: 'string' }, innertext: { type: 'boolean', default: false }, src: { type: 'string' }, rule: { type: 'string' }, mistakes: { type: 'string' } },
});
// --rule FILE: another version of lib/safety/legacy-encoding.ts (the base commit's, say), measured beside this one.
const otherRule: typeof guessLegacyEncoding | null = values.rule ? (await import(values.rule)).guessLegacyEncoding : null;

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
const CENTRAL: LegacyEncoding[] = ['windows-1250', 'iso-8859-2'];
const TURKISH: LegacyEncoding[] = ['windows-1254', 'iso-8859-9'];
const BALTIC: LegacyEncoding[] = ['windows-1257', 'iso-8859-13'];
const TURKISH_AND_BALTIC_BY_LANGUAGE: Record<string, LegacyEncoding[]> = { tr: TURKISH, lt: BALTIC, lv: BALTIC, et: BALTIC };
/** A page written in Turkish: its dotless "ı" and "ğ", many times over. */
const writesTurkish = (text: string) => (text.match(/[ıİğĞ]/gu)?.length ?? 0) >= 20;
const CENTRAL_BY_LANGUAGE: Record<string, LegacyEncoding[]> = { pl: CENTRAL, cs: CENTRAL, sk: CENTRAL, hu: CENTRAL, sl: CENTRAL, hr: CENTRAL, ro: CENTRAL };
/** fundus's test pages (--src) of languages no extraction set holds: folder → language. */
const FUNDUS_TEST_PAGES: Record<string, string> = { pl: 'pl', dk: 'da', no: 'no', se: 'sv', isl: 'is' };
const WESTERN = ['de', 'fr', 'es', 'it', 'pt', 'da', 'no', 'sv', 'is'];
/** Latin-script languages have many cases: a few are enough. */
const PER_LANGUAGE = 8;

interface Sample {
  lang: string;
  encoding: LegacyEncoding;
  size: 'title' | '200B' | '1000B' | 'whole';
  bytes: Uint8Array;
  truth: string;
}

/** Traditional Chinese reads as Big5; Simplified as GBK (a Simplified character has no Big5 code). */
const isTraditional = (text: string) => /[們這個來說國會對發學]/u.test(text) && !/[们这个来说国会对发学]/u.test(text);

/** A text cut into one-line titles, ~200-byte and ~1,000-byte pieces and the whole, each encoded in every encoding given. */
function piecesOf(lang: string, headline: string, body: string, encodings: LegacyEncoding[], out: Sample[]): void {
  const pieces: [Sample['size'], string][] = [];
  const lines = [headline, ...body.split('\n')].map((l) => l.trim()).filter((l) => l.length >= 4);
  for (const line of lines.slice(0, 12)) pieces.push(['title', [...line].slice(0, 40).join('')]);
  for (const [size, bytes] of [['200B', 200], ['1000B', 1000]] as const) {
    const chars = [...body];
    for (let i = 0, n = 0; i < chars.length && n < 10; n++) {
      let piece = '';
      while (i < chars.length && new TextEncoder().encode(piece).length < bytes * (lang === 'ja' || lang === 'zh' || lang === 'ko' ? 1.5 : 1.1)) piece += chars[i++];
      pieces.push([size, piece]);
    }
  }
  pieces.push(['whole', body]);
  for (const encoding of encodings) {
    if (lang === 'zh' && (encoding === 'big5') !== isTraditional(body)) continue;
    if (!writes(encoding, body)) continue;
    for (const [size, text] of pieces) {
      const bytes = encodeLegacy(text, encoding);
      if (encoding !== 'iso-2022-jp' && bytes.every((b) => b < 0x80)) continue;
      out.push({ lang, encoding, size, bytes, truth: new TextDecoder(encoding).decode(bytes) });
    }
  }
}

/**
 * Whether a single-byte encoding writes a text's language: a page whose letters it lacks (a Turkish
 * page among the fundus set's Czech ones loses its "ı" and "ğ" to "?" in Windows-1250) was never
 * saved in it. A few letters lost (a name) are allowed.
 */
function writes(encoding: LegacyEncoding, text: string): boolean {
  if (![...CENTRAL, ...TURKISH, ...BALTIC, 'windows-1252'].includes(encoding)) return true;
  const read = [...new TextDecoder(encoding).decode(encodeLegacy(text, encoding))];
  const chars = [...text];
  let letters = 0;
  let lost = 0;
  chars.forEach((c, i) => {
    if (!/[^\x00-\x7F]/.test(c) || !/\p{L}/u.test(c)) return;
    letters++;
    if (read[i] !== c) lost++;
  });
  return lost <= Math.max(2, letters * 0.01);
}

/** Romanian's comma-below letters as the legacy encodings wrote them, with a cedilla (they have no other). */
const withCedillas = (text: string) => text.replace(/[\u0218-\u021B]/g, (c) => ({ '\u0218': 'Ş', '\u0219': 'ş', '\u021A': 'Ţ', '\u021B': 'ţ' })[c]!);

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
    piecesOf(c.lang, c.headline ?? '', body, encodings, out);
  }
  for (const [lang, text] of Object.entries(CENTRAL_EUROPEAN_TEXTS)) piecesOf(lang, '', text, CENTRAL, out);
  for (const [lang, text] of Object.entries(TURKISH_AND_BALTIC_TEXTS)) piecesOf(lang, '', text, TURKISH_AND_BALTIC_BY_LANGUAGE[lang], out);
  // The fundus set's Czech pages and, with --src, its Western ones: the dev split only.
  const fundusSeen = new Map<string, number>();
  let turkishPages = 0;
  for (const c of existsSync(FUNDUS_CASES_DIR) ? loadCases(FUNDUS_CASES_DIR) : []) {
    // Turkish pages by their letters (the set's language of a page is a guess, and not always right).
    if (c.split === 'dev' && writesTurkish(c.body) && turkishPages++ < PER_LANGUAGE) piecesOf('tr', c.headline ?? '', c.body, TURKISH, out);
    if (c.split !== 'dev' || !(c.lang in CENTRAL_BY_LANGUAGE || (values.src && WESTERN.includes(c.lang)))) continue;
    const count = fundusSeen.get(c.lang) ?? 0;
    if (count >= PER_LANGUAGE) continue;
    fundusSeen.set(c.lang, count + 1);
    piecesOf(c.lang, c.headline ?? '', withCedillas(c.body), CENTRAL_BY_LANGUAGE[c.lang] ?? ['windows-1252'], out);
  }
  if (values.src) {
    for (const [folder, lang] of Object.entries(FUNDUS_TEST_PAGES)) {
      const dir = join(values.src, 'flairNLP+fundus/tests/resources/parser/test_data', folder);
      if (!existsSync(dir)) continue;
      let n = 0;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        for (const page of Object.values(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, FundusTestPage>)) {
          if (n++ >= PER_LANGUAGE) break;
          const body = [...(page.body?.summary ?? []), ...(page.body?.sections ?? []).flatMap((s) => [...(s.headline ?? []), ...(s.paragraphs ?? [])])].join('\n\n');
          if (body) piecesOf(lang, page.title ?? '', body, CENTRAL_BY_LANGUAGE[lang] ?? ['windows-1252'], out);
        }
      }
    }
  }
  return out;
}

/** A page of fundus's parser tests: its title and the body it extracts. */
interface FundusTestPage {
  title?: string;
  body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] };
}

type Detector = (bytes: Uint8Array) => string | null;
const detectors: [string, Detector][] = [['own rule', (bytes) => guessLegacyEncoding(bytes)?.encoding ?? 'windows-1252']];
if (otherRule) detectors.push([`rule of ${values.rule}`, (bytes) => otherRule(bytes)?.encoding ?? 'windows-1252']);
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
const langs = [...new Set(set.map((s) => `lang ${s.lang}`))];
const sizes = ['title', '200B', '1000B', 'whole'] as const;
// --mistakes FILE: the own rule's wrong answers, with the text encoded, as JSON (to study them; never committed).
const mistakes: { lang: string; encoding: string; answer: string | null; text: string }[] = [];
for (const [name, detect] of detectors) {
  for (const s of set.slice(0, 20)) detect(s.bytes); // warm up
  const right = new Map<string, [number, number]>();
  const wrong = new Map<string, number>();
  const started = performance.now();
  for (const s of set) {
    const label = detect(s.bytes);
    const ok = readsRight(label, s);
    for (const key of [s.encoding, s.size, `lang ${s.lang}`, 'all']) {
      const [r, n] = right.get(key) ?? [0, 0];
      right.set(key, [r + (ok ? 1 : 0), n + 1]);
    }
    if (!ok && name === 'own rule') mistakes.push({ lang: s.lang, encoding: s.encoding, answer: label, text: s.truth });
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
  console.log('  by language: ' + langs.map(cell).join(', '));
  const worst = [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log('  mistakes:    ' + worst.map(([k, n]) => `${k} ×${n}`).join(', '));
}
if (values.mistakes) writeFileSync(values.mistakes, JSON.stringify(mistakes, null, 1));

/**
 * node scripts/bench/extract/census/language-census.ts [--path text,html] [--sets body,meta,…] [--split dev] [--misses]
 *
 * The language the ingest records for each page (detectLanguage on the text the pipeline gives it),
 * against what the page declares: `<html lang>`, else og:locale, else JSON-LD inLanguage (primary
 * subtag). A page that declares nothing, or "en" while its text is in another script, is skipped;
 * the fundus set's pages are also held to their country folder's language where it has one. Prints
 * a confusion table (declared → detected) of the misses, the accuracy per path, and the time of
 * detectLanguage per call. Dev pages only, unless `--split heldout` (then only totals are printed).
 * The pages are public data read from outside the repository: nothing of them is ever committed.
 */
import { parseArgs } from 'node:util';
import { loadCases, SET_DIRS, type BenchCase } from '../cases.ts';
import { loadSnippetCases } from '../snippet-cases.ts';
import { detectLanguage } from '../../../ingest/lib/page-text/language/language.ts';
import { readHtml } from '../../../ingest/stages/html.ts';
import { Report, SkipArticle } from '../../../ingest/report.ts';

const { values } = parseArgs({
  options: {
    path: { type: 'string', default: 'text,html' },
    sets: { type: 'string', default: 'body,meta,fundus,utomo,aed,snippets' },
    split: { type: 'string', default: 'dev' },
    misses: { type: 'boolean' },
  },
});

/** The primary subtag a page declares, by the first of its fields that says one. */
function declared(html: string): string | null {
  const head = html.slice(0, 300_000);
  const tag =
    head.match(/<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_][^"'\s>]*)?/i)?.[1] ??
    head.match(/<meta\b[^>]*property\s*=\s*["']og:locale["'][^>]*content\s*=\s*["']([A-Za-z]{2,3})/i)?.[1] ??
    head.match(/<meta\b[^>]*content\s*=\s*["']([A-Za-z]{2,3})[-_][^"']*["'][^>]*property\s*=\s*["']og:locale["']/i)?.[1] ??
    head.match(/"inLanguage"\s*:\s*"([A-Za-z]{2,3})/)?.[1];
  return tag ? tag.toLowerCase() : null;
}

/** Tags that name one language two ways: compared as one. */
const SAME: Record<string, string> = { no: 'nb', nn: 'nb', iw: 'he', in: 'id', zlm: 'ms', fil: 'tl', sr: 'hbs', hr: 'hbs', bs: 'hbs' };
const same = (tag: string) => SAME[tag] ?? tag;

/** The fundus set's country folders whose pages are in one language (fd-<country>-…). */
const COUNTRY: Record<string, string> = {
  at: 'de', de: 'de', ch: 'de', fr: 'fr', es: 'es', it: 'it', pt: 'pt', br: 'pt', nl: 'nl', pl: 'pl', cz: 'cs', sk: 'sk', hu: 'hu', ro: 'ro',
  fi: 'fi', ee: 'et', lt: 'lt', lv: 'lv', dk: 'da', no: 'nb', se: 'sv', gr: 'el', il: 'he', tr: 'tr', ru: 'ru', ua: 'uk', jp: 'ja', kr: 'ko',
  cn: 'zh', tw: 'zh', hr: 'hbs', rs: 'hbs', si: 'sl', bg: 'bg', id: 'id', my: 'ms', vn: 'vi', th: 'th', ir: 'fa', gb: 'en', us: 'en', au: 'en',
};

const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g;

const cases: BenchCase[] = [];
for (const set of values.sets.split(',')) cases.push(...(set === 'snippets' ? loadSnippetCases() : loadCases(SET_DIRS[set])));
const chosen = cases.filter((c) => c.split === values.split);

for (const path of values.path.split(',')) {
  const confusion = new Map<string, number>();
  const misses: string[] = [];
  let right = 0, counted = 0, calls = 0, ms = 0, countryRight = 0, countryCounted = 0;
  for (const c of chosen) {
    let text: string;
    let htmlBytes: Uint8Array;
    try {
      htmlBytes = c.html();
      if (path === 'text') text = c.innerText() ?? '';
      else text = readHtml(htmlBytes, new Report(`${c.id}.html`)).units.map((u) => u.text).join('\n');
    } catch (error) {
      if (error instanceof SkipArticle) continue;
      throw error;
    }
    const start = performance.now();
    const got = detectLanguage(text).lang;
    ms += performance.now() - start;
    calls++;
    const country = c.id.startsWith('fd-') ? COUNTRY[c.id.split('-')[1]] : undefined;
    if (country) {
      countryCounted++;
      if (same(got) === same(country)) countryRight++;
    }
    const said = declared(new TextDecoder().decode(htmlBytes));
    if (!said) continue;
    // "en" on a page whose text is mostly another script: a template's default, not the page's word.
    if (said === 'en' && (text.slice(0, 5000).match(NON_LATIN)?.length ?? 0) > 200) continue;
    counted++;
    if (same(got) === same(said)) right++;
    else {
      const key = `${said} → ${got}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      misses.push(`${c.id} ${key}`);
    }
  }
  console.log(`\n${path}: ${right}/${counted} agree with the declared language (${((100 * right) / Math.max(1, counted)).toFixed(1)} %)` +
    (countryCounted ? `; fundus country ${countryRight}/${countryCounted}` : '') + `; detectLanguage ${(ms / Math.max(1, calls)).toFixed(3)} ms/call over ${calls}`);
  if (values.split !== 'dev') continue;
  for (const [key, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${key}`);
  if (values.misses) for (const m of misses) console.log(`    ${m}`);
}

/**
 * Hostile .txt seeds, by file name, and one well-formed story ("ok.txt"): for hostile-text-cli.test.ts,
 * and to time each through the per-article stages on its own. The .txt twin of hostile-html-seeds.ts.
 */
const P = 'China and the European Union will run 30 more joint laboratories on climate research over the next five years, the science ministry said on Monday.';
const P2 = 'The laboratories will share ocean observation data and train young researchers from both regions, officials said at the signing in Beijing.';
const story = (title = 'EU and China expand climate research') => `${title}\n\n2021-11-12\n\n${P}\n\n${P2}\n`;

export function hostileTextSeeds(): Map<string, Uint8Array> {
  const enc = (s: string) => new TextEncoder().encode(s);
  // Sentences with no line break between them, 20 MB of them.
  const oneLine = `${P} `.repeat(Math.ceil(20_000_000 / (P.length + 1)));
  return new Map<string, Uint8Array>([
    ['ok.txt', enc(story())],
    ['twenty-mb-line.txt', enc(`A very long line\n\n${oneLine}\n`)],
    ['million-lines.txt', enc('a\n'.repeat(1_000_000))],
    // Bidi controls, marks and zero-width characters, and nothing else.
    ['invisible.txt', enc('\u202E\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF\u00AD\n'.repeat(1_000))],
    ['utf16-no-bom.txt', Buffer.from(story('Climate research without a byte order mark'), 'utf16le')],
    ['nul.txt', enc(story('Climate research with NUL bytes').replace(P2, `\u0000\u0000${P2}`))],
    ['by-line.txt', enc(`${story('A line of bylines')}\n${'By '.repeat(100_000)}\n`)],
    // Byte order marks and zero-width spaces, and nothing else.
    ['marks-only.txt', enc('\uFEFF\u200B'.repeat(50_000))],
    // 1 MB of one emoji ZWJ sequence (a family: four emoji joined by U+200D).
    ['emoji-zwj-1mb.txt', enc('\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'.repeat(Math.ceil(1_000_000 / 25)))],
    ['cr-only.txt', enc(story('Climate research with CR line ends').replaceAll('\n', '\r'))],
    ['line-separators.txt', enc(story('Climate research with Unicode line separators').replaceAll('\n\n', '\u2029').replaceAll('\n', '\u2028'))],
  ]);
}

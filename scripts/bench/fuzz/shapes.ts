/**
 * Generated hostile shapes (no benchmark page in them): deep nesting, huge sibling runs, tables,
 * pages of only entities, bidi controls, emoji or NUL bytes, UTF-16 and legacy encodings with and
 * without a declared charset, binary files under a page's name, broken MHTML, CR-only line ends,
 * markup the browser never shows. Each made on demand: some are tens of MB.
 */
import { HIDDEN, PROSE, TITLE, type FuzzCase } from './fuzz-case.ts';
import { encodeLegacy, type LegacyEncoding } from './legacy-encodings.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const paras = PROSE.map((p) => `<p>${p}</p>`).join('');
const page = (body: string, head = `<meta charset="utf-8"><title>${TITLE}</title>`) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const article = (inner = paras) => page(`<article><h1>${TITLE}</h1>${inner}</article>`);
const story = `${TITLE}\n\n${PROSE.join('\n\n')}\n`;
const utf16 = (s: string, order: 'le' | 'be', bom: boolean) => {
  const le = Buffer.from((bom ? '\uFEFF' : '') + s, 'utf16le');
  return order === 'le' ? le : le.swap16();
};
const boundary = '----=_Part_fuzz_0001';
const mime = (parts: string, declared = boundary) =>
  `From: <Saved by Blink>\r\nSnapshot-Content-Location: https://harbor-gazette.example/tank\r\nSubject: ${TITLE}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="${declared}"\r\n\r\n${parts}`;
const mimePart = (body: string, encoding = 'quoted-printable', b = boundary) =>
  `--${b}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: ${encoding}\r\nContent-Location: https://harbor-gazette.example/tank\r\n\r\n${body}\r\n`;
const qp = (s: string) => s.replaceAll('=', '=3D');
const b64 = (s: string) => Buffer.from(s).toString('base64').replace(/.{76}/g, '$&\r\n');

/** Chinese and Japanese prose for the legacy encodings (invented). */
const CJK = {
  zh: '两所沿海大学将在未来十年共用一个新的波浪水池，港口管理局星期二表示。两校学生可以在网上预约水池，首批浮式风电平台试验计划于明年春天进行。',
  ja: '二つの沿岸の大学が新しい造波水槽を十年間共同で使うと、港湾局が火曜日に発表した。両校の学生はインターネットで水槽を予約できる。',
};
const legacyPage = (text: string, encoding: LegacyEncoding, declare: boolean, lang: string) =>
  encodeLegacy(page(`<article><h1>${TITLE}</h1><p>${text}</p><p>${text}</p></article>`, `${declare ? `<meta charset="${encoding}">` : ''}<title>${TITLE}</title>`).replace('lang="en"', `lang="${lang}"`), encoding);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const binary = (head: number[] | string, size = 200_000) => {
  const out = new Uint8Array(size);
  const start = typeof head === 'string' ? enc(head) : head;
  out.set(start);
  for (let i = start.length; i < size; i++) out[i] = (i * 131 + (i >> 7)) & 0xff;
  return out;
};

type Shape = [name: string, seed: string, make: () => Uint8Array];

const SHAPES: Shape[] = [
  ['nested-div-100k', 'html', () => enc(article(`${'<div>'.repeat(100_000)}${paras}${'</div>'.repeat(100_000)}`))],
  ['nested-div-unclosed-100k', 'html', () => enc(article(`${'<div>'.repeat(100_000)}${paras}`))],
  ['nested-blockquote-100k', 'html', () => enc(article(`${'<blockquote>'.repeat(100_000)}${paras}${'</blockquote>'.repeat(100_000)}`))],
  ['nested-inline-100k', 'html', () => enc(article(`<p>${'<b><i><a href="#x">'.repeat(33_000)}${PROSE[0]}</p>${paras}`))],
  ['nested-lists-50k', 'html', () => enc(article(`${'<ul><li>'.repeat(50_000)}${PROSE[0]}${'</li></ul>'.repeat(50_000)}${paras}`))],
  ['nested-tables-20k', 'html', () => enc(article(`${'<table><tr><td>'.repeat(20_000)}${PROSE[0]}${'</td></tr></table>'.repeat(20_000)}${paras}`))],
  ['quote-marks-100k', 'txt', () => enc(`${TITLE}\n\n${'> '.repeat(100_000)}${PROSE[0]}\n\n${PROSE[1]}\n`)],
  ['sibling-p-200k', 'html', () => enc(article(Array.from({ length: 200_000 }, (_, i) => `<p>${PROSE[i % 3]}</p>`).join('')))],
  ['sibling-empty-p-200k', 'html', () => enc(article(`${'<p></p>'.repeat(200_000)}${paras}`))],
  ['br-50k', 'html', () => enc(article(`<p>${PROSE[0]}${'<br>'.repeat(50_000)}${PROSE[1]}</p><p>${PROSE[2]}</p>`))],
  ['br-50k-lines', 'html', () => enc(article(`<p>${Array.from({ length: 50_000 }, (_, i) => PROSE[i % 3]).join('<br>')}</p>`))],
  ['table-1000x100', 'html', () => enc(article(`${paras}<table>${Array.from({ length: 1000 }, (_, r) => `<tr>${Array.from({ length: 100 }, (_, c) => `<td>r${r}c${c}</td>`).join('')}</tr>`).join('')}</table>`))],
  ['entities-only', 'html', () => enc(page('&amp;&lt;&gt;&quot;&#0;&#x202E;&#xD800;&#99999999;&nbsp;&unknown;&#x1F600;&AElig;&'.repeat(20_000)))],
  ['entities-only', 'txt', () => enc('&amp;&lt;&gt;&quot;&#0;&#x202E;&#xD800;&nbsp;&#x1F600; '.repeat(20_000))],
  ['entities-article', 'html', () => enc(article(PROSE.map((p) => `<p>${[...p].map((c) => `&#${c.codePointAt(0)};`).join('')}</p>`).join('')))],
  ['bidi-only', 'html', () => enc(page(`<p>${'\u202E\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u202A\u202B\u202C'.repeat(50_000)}</p>`))],
  ['bidi-only', 'txt', () => enc('\u202E\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u202A\u202B\u202C\n'.repeat(50_000))],
  ['bidi-unclosed-in-prose', 'html', () => enc(article(PROSE.map((p) => `<p>\u202E${p}\u2067</p>`).join('')))],
  ['bidi-unclosed-in-prose', 'txt', () => enc(PROSE.map((p) => `\u202B${p}\u2066`).join('\n\n'))],
  ['emoji-only', 'html', () => enc(page(`<p>${'\u{1F30A}\u{1F3EB}\u{1F469}\u200D\u{1F52C}\u{1F1E8}\u{1F1F3} '.repeat(60_000)}</p>`))],
  ['emoji-only', 'txt', () => enc('\u{1F30A}\u{1F3EB}\u{1F469}\u200D\u{1F52C}\u{1F1E8}\u{1F1F3}\n'.repeat(60_000))],
  ['nul-only', 'html', () => new Uint8Array(1_000_000)],
  ['nul-only', 'txt', () => new Uint8Array(1_000_000)],
  ['nul-between-letters', 'html', () => enc(article().replace(/[a-z]/g, '$&\u0000'))],
  ['nul-between-letters', 'txt', () => enc(story.replace(/[a-z]/g, '$&\u0000'))],
  ['utf16le-bom', 'html', () => utf16(article(), 'le', true)],
  ['utf16le-no-bom', 'html', () => utf16(article(), 'le', false)],
  ['utf16be-bom', 'html', () => utf16(article(), 'be', true)],
  ['utf16be-no-bom', 'html', () => utf16(article(), 'be', false)],
  ['utf16le-bom', 'txt', () => utf16(story, 'le', true)],
  ['utf16le-no-bom', 'txt', () => utf16(story, 'le', false)],
  ['utf16be-bom', 'txt', () => utf16(story, 'be', true)],
  ['utf16be-no-bom', 'txt', () => utf16(story, 'be', false)],
  ['utf16le-odd-length', 'html', () => utf16(article(), 'le', true).subarray(0, 2 * 200 + 1)],
  ['windows-1252-declared', 'html', () => encodeLegacy(article(PROSE.map((p) => `<p>“${p}” – café</p>`).join('')).replace('utf-8', 'windows-1252'), 'windows-1252')],
  ['windows-1252-undeclared', 'html', () => encodeLegacy(article(PROSE.map((p) => `<p>“${p}” – café</p>`).join('')).replace('<meta charset="utf-8">', ''), 'windows-1252')],
  ['windows-1252', 'txt', () => encodeLegacy(PROSE.map((p) => `“${p}” – café`).join('\n\n'), 'windows-1252')],
  ['shift_jis-declared', 'html', () => legacyPage(CJK.ja, 'shift_jis', true, 'ja')],
  ['shift_jis-undeclared', 'html', () => legacyPage(CJK.ja, 'shift_jis', false, 'ja')],
  ['shift_jis', 'txt', () => encodeLegacy(`${CJK.ja}\n\n${CJK.ja}\n`, 'shift_jis')],
  ['gbk-declared', 'html', () => legacyPage(CJK.zh, 'gbk', true, 'zh')],
  ['gbk-undeclared', 'html', () => legacyPage(CJK.zh, 'gbk', false, 'zh')],
  ['gbk', 'txt', () => encodeLegacy(`${CJK.zh}\n\n${CJK.zh}\n`, 'gbk')],
  ['gbk-declared-utf8-bytes', 'html', () => enc(article(`<p>${CJK.zh}</p><p>${CJK.zh}</p>`).replace('utf-8', 'gbk'))],
  ['pdf', 'html', () => binary('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n')],
  ['zip', 'html', () => binary([0x50, 0x4b, 0x03, 0x04])],
  ['png', 'html', () => binary(PNG)],
  ['pdf', 'txt', () => binary('%PDF-1.4\n')],
  ['png', 'mhtml', () => binary(PNG)],
  ['pdf-after-whitespace', 'html', () => binary('\n\n  %PDF-1.7\n')],
  ['random-bytes', 'html', () => binary([0x3c, 0x21])],
  ['mhtml-wrong-boundary', 'mhtml', () => enc(mime(mimePart(qp(article()), 'quoted-printable', 'other-boundary'), boundary))],
  ['mhtml-no-closing-boundary', 'mhtml', () => enc(mime(mimePart(qp(article()))))],
  ['mhtml-boundary-in-body', 'mhtml', () => enc(mime(mimePart(qp(article(`${paras}<p>--${boundary}</p>${paras}`)))))],
  ['mhtml-empty-boundary', 'mhtml', () => enc(mime(mimePart(qp(article()), 'quoted-printable', ''), ''))],
  ['mhtml-base64-broken', 'mhtml', () => enc(mime(mimePart(b64(article()).replace(/[A-M]/g, '*'), 'base64')))],
  ['mhtml-base64-truncated', 'mhtml', () => enc(mime(mimePart(b64(article()).slice(0, 301), 'base64')))],
  ['mhtml-base64-padding-inside', 'mhtml', () => enc(mime(mimePart(b64(article()).replace(/(.{40})/, '$1=='), 'base64')))],
  ['mhtml-base64-one-5mb-line', 'mhtml', () => enc(mime(mimePart(Buffer.from(article(Array.from({ length: 12_000 }, (_, i) => `<p>${PROSE[i % 3]}</p>`).join(''))).toString('base64'), 'base64')))],
  ['mhtml-10k-boundaries-no-parts', 'mhtml', () => enc(mime(`--${boundary}\r\n`.repeat(10_000) + mimePart(qp(article()))))],
  ['mhtml-headers-only', 'mhtml', () => enc(mime(''))],
  ['mhtml-cr-only', 'mhtml', () => enc(mime(mimePart(qp(article()))).replaceAll('\r\n', '\r'))],
  ['mhtml-lf-only', 'mhtml', () => enc(mime(mimePart(qp(article()))).replaceAll('\r\n', '\n'))],
  ['mhtml-100k-header-lines', 'mhtml', () => enc(mime(mimePart(qp(article()))).replace('MIME-Version', `${'X-Fuzz: a\r\n'.repeat(100_000)}MIME-Version`))],
  ['mhtml-folded-header-100k', 'mhtml', () => enc(mime(mimePart(qp(article()))).replace('MIME-Version: 1.0', `MIME-Version: 1.0${'\r\n x'.repeat(100_000)}`))],
  ['cr-only', 'html', () => enc(article().replaceAll('><', '>\r<'))],
  ['cr-only', 'txt', () => enc(story.replaceAll('\n', '\r'))],
  ['cr-only-1mb-lines', 'txt', () => enc(Array.from({ length: 8_000 }, (_, i) => PROSE[i % 3]).join('\r'))],
  ['hidden-markup', 'html', () =>
    enc(article(`${paras}<script>var ${HIDDEN} = "</p><p>";</script><style>.${HIDDEN}{}</style><noscript><p>${HIDDEN} noscript</p></noscript><template><p>${HIDDEN}</p></template><iframe srcdoc="<p>${HIDDEN}</p>"></iframe><svg><script>${HIDDEN}</script><title>${HIDDEN}</title></svg><p title="${HIDDEN}" data-x="${HIDDEN}">${PROSE[0]}</p><!-- ${HIDDEN} -->`))],
  ['unclosed-comment', 'html', () => enc(article().replace('<article>', '<article><!-- never closed '))],
  ['unclosed-title', 'html', () => enc(page(`<article>${paras}</article>`, '<title>'))],
  ['unclosed-textarea', 'html', () => enc(article(`<p>${PROSE[0]}</p><textarea>${paras}`))],
  ['plaintext', 'html', () => enc(article(`<p>${PROSE[0]}</p><plaintext>${paras}`))],
  ['xmp-and-listing', 'html', () => enc(article(`<xmp>${paras}</xmp><listing>${PROSE[1]}</listing>${paras}`))],
  ['attribute-5mb', 'html', () => enc(article(`<p data-x="${'a'.repeat(5_000_000)}">${PROSE[0]}</p>${paras}`))],
  ['unclosed-attribute-quote', 'html', () => enc(article(`<p class="oops>${PROSE[0]}</p>${paras}`))],
  ['word-5mb', 'html', () => enc(article(`${paras}<p>${'w'.repeat(5_000_000)}</p>`))],
  ['line-5mb-no-space', 'txt', () => enc(`${story}\n${'x'.repeat(5_000_000)}\n`)],
  ['line-5mb-prose', 'txt', () => enc(`${TITLE}\n\n${Array.from({ length: 40_000 }, (_, i) => PROSE[i % 3]).join(' ')}\n`)],
  ['tags-100k-unknown', 'html', () => enc(article(`${'<x-fuzz a=1>'.repeat(100_000)}${paras}`))],
  ['foster-parented-p-50k', 'html', () => enc(article(`<table>${Array.from({ length: 50_000 }, (_, i) => `<p>${PROSE[i % 3]}`).join('')}</table>`))],
  ['headings-100k', 'html', () => enc(article(`${'<h2>Section</h2>'.repeat(100_000)}${paras}`))],
  ['h1-100k', 'html', () => enc(page(`${'<h1>Two universities</h1>'.repeat(100_000)}${paras}`))],
  ['time-100k', 'html', () => enc(article(`${'<time datetime="2021-05-04">4 May 2021</time>'.repeat(100_000)}${paras}`))],
  ['meta-100k', 'html', () => enc(page(`<article>${paras}</article>`, `<title>${TITLE}</title>${'<meta property="article:published_time" content="2021-05-04">'.repeat(100_000)}`))],
  ['json-ld-5mb', 'html', () => enc(page(`<article>${paras}</article>`, `<title>${TITLE}</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${'H'.repeat(5_000_000)}","author":${'['.repeat(50_000)}</script>`))],
  ['links-100k', 'html', () => enc(article(`${paras}${'<a href="/author/x">By Jo Reed</a> '.repeat(100_000)}`))],
  ['text-html-lookalike', 'txt', () => enc(`<!DOCTYPE html>${'<div>'.repeat(100_000)}${paras}`)],
];

export function shapeCount(): number {
  return SHAPES.length;
}

export function shapeCase(i: number): FuzzCase {
  const [name, ext, make] = SHAPES[i];
  return { name: `shape:${name}.${ext}`, seed: `${name}.${ext}`, bytes: make(), ...(name === 'hidden-markup' ? { hidden: [HIDDEN] } : {}) };
}

/**
 * A body whose UTF-8 was read as Latin-1 or Windows-1252 once before the page was saved ("itâ€™s",
 * "itâ\u0080\u0099s" for "it’s"), on both paths: read as the page meant it when the whole text is so,
 * kept as written when it is not (a page about encodings quoting "Ã©", Latin-1 or Windows-1252 text
 * read right). The pages are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const MEANT = [
  'The laboratory’s new telescope — built with partners in Chile and Spain — will open in 2027, the ministry said.',
  '“It is the largest instrument of its kind,” said the project’s director, who called it a “once in a generation” chance.',
  'Researchers from São Paulo, Zürich and Kraków will share the observing time, and the first results are due in the spring.',
];

/** The text as a page that read its UTF-8 bytes as Latin-1 shows it (C1 controls for 0x80–0x9F). */
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
/** The same as a page that read them as Windows-1252 ("â€™" for "’"). */
const asWindows1252 = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));

const page = (paragraphs: string[], charset = 'utf-8') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="${charset}"><title>New telescope opens</title></head><body><article><h1>New telescope opens</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</article></body></html>`;

const htmlBody = (html: string | Uint8Array) => article(html, 'page.html');
const textBody = (text: string | Uint8Array) => article(text, 'page.txt');

describe('a body that is mojibake throughout', () => {
  it('HTML: UTF-8 read as Latin-1 is read as the page meant it, and the change is reported', () => {
    const read = htmlBody(page(MEANT.map(asLatin1)));
    expect(read.record.paragraphs.map((p) => p.text)).toEqual(MEANT);
    expect(rules(read.report)).toContain('mojibake');
  });

  it('HTML: UTF-8 read as Windows-1252 is read as the page meant it', () => {
    expect(htmlBody(page(MEANT.map(asWindows1252))).record.paragraphs.map((p) => p.text)).toEqual(MEANT);
  });

  it('HTML: an entity among the mojibake is a character the page wrote itself and stays', () => {
    const paragraphs = MEANT.map(asLatin1);
    paragraphs[2] = paragraphs[2].replace('spring', 'spring &eacute;t&eacute;');
    expect(htmlBody(page(paragraphs)).record.paragraphs.at(-1)?.text).toBe(MEANT[2].replace('spring', 'spring été'));
  });

  it('text: UTF-8 read as Latin-1 or Windows-1252 is read as meant', () => {
    expect(textBody(['New telescope opens', ...MEANT.map(asLatin1)].join('\n\n')).record.paragraphs.map((p) => p.text)).toEqual(MEANT);
    expect(textBody(['New telescope opens', ...MEANT.map(asWindows1252)].join('\n\n')).record.paragraphs.map((p) => p.text)).toEqual(MEANT);
  });
});

const EXPLAINER = [
  'When a page saved in UTF-8 is read as Latin-1, every accented letter turns into two odd characters on the screen.',
  'A reader of our old archive wrote that the word for coffee kept showing as "cafÃ©" on her phone, and asked why.',
  'The answer is a missing charset declaration: the browser guessed the wrong encoding and the bytes stayed as they were.',
];

describe('text that is no mojibake stays as written', () => {
  it('a page about encodings quoting "Ã©" once, with no other character outside ASCII (both paths)', () => {
    expect(htmlBody(page(EXPLAINER)).body).toContain('"cafÃ©"');
    expect(textBody(['Why your page shows odd letters', ...EXPLAINER].join('\n\n')).body).toContain('"cafÃ©"');
  });

  it('a page about encodings quoting "Ã©" and "â€™" beside the characters they stand for (both paths)', () => {
    const paragraphs = [...EXPLAINER, 'So "é" shows as "Ã©" and the apostrophe of "it’s" as "itâ€™s", which readers report every week.'];
    expect(htmlBody(page(paragraphs)).body).toContain('"Ã©" and the apostrophe of "it’s" as "itâ€™s"');
    expect(textBody(['Why your page shows odd letters', ...paragraphs].join('\n\n')).body).toContain('"Ã©" and the apostrophe of "it’s" as "itâ€™s"');
  });

  const LATIN1 = [
    'Em São Paulo, a NÃO-conformidade das medições levou a equipe a repetir o ensaio a 20 °C, disse o diretor.',
    'À Zürich, le coût du projet atteint 12 millions de francs, soit Â£ rien de plus que prévu, selon l’équipe.',
    'Die Größe des Teleskops übertrifft alle früheren Geräte, sagte die Leiterin des Instituts in München.',
  ];

  it('Latin-1 text read right, its bytes no UTF-8 (both paths)', () => {
    const latin1Bytes = (s: string) => Uint8Array.from(s.replace('’', "'"), (c) => c.charCodeAt(0));
    const html = htmlBody(latin1Bytes(page(LATIN1, 'iso-8859-1')));
    expect(html.body).toContain('NÃO-conformidade');
    expect(html.body).toContain('Größe');
    const text = textBody(latin1Bytes(['Neues Teleskop', ...LATIN1].join('\n\n')));
    expect(text.body).toContain('Â£ rien');
    expect(rules(text.report)).not.toContain('mojibake');
  });

  it('Windows-1252 smart quotes read right (both paths)', () => {
    const quoted = ['“It is the largest instrument of its kind,” said the director — who called it a “once in a generation” chance at 5 €.', ...MEANT.slice(2)];
    const cp1252 = (s: string) => Uint8Array.from(s, (c) => [...new Array(256).keys()].find((b) => new TextDecoder('windows-1252').decode(Uint8Array.of(b)) === c) ?? 0x3f);
    expect(htmlBody(cp1252(page(quoted, 'windows-1252'))).body).toContain(quoted[0]);
    expect(textBody(cp1252(['New telescope opens', ...quoted].join('\n\n'))).body).toContain(quoted[0]);
  });
});

describe('a text whose one line is mojibake', () => {
  // A browser's copied text: the body read right ("’" and "—" as such), the title line's UTF-8 read as
  // Latin-1, its bytes 0x80–0x9F as C1 control characters, which no text has.
  const TITLE = 'A DIY Gardener’s Guide — Index Funds in 2026';
  const seed = (title: string, quoted = EXPLAINER[1]) => [title, ...MEANT, quoted].join('\n\n');

  it('text: the line is repaired run by run, the rest read as written, and the repair is reported', () => {
    const { record, report } = textBody(seed(asLatin1(TITLE)));
    expect(record.title).toBe(TITLE);
    expect(record.paragraphs.map((p) => p.text)).toEqual([...MEANT, EXPLAINER[1]]);
    expect(report.entries.find((e) => e.rule === 'mojibake')?.text).toBe(TITLE);
    expect(rules(report)).not.toContain('control-characters');
  });

  it('text: "cafÃ©" without a C1 control stays as written, even beside a repaired line', () => {
    const { body } = textBody(seed(asLatin1(TITLE), `${EXPLAINER[1]} Some wrote "Ã©" alone.`));
    expect(body).toContain('"cafÃ©" on her phone');
    expect(body).toContain('"Ã©" alone');
  });
});

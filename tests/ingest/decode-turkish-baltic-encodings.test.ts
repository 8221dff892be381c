/**
 * Text seeds and saved pages in Turkish (Windows-1254, ISO-8859-9) and in Lithuanian, Latvian and
 * Estonian (Windows-1257, ISO-8859-13), saved with no charset, were read as Windows-1252: Turkish
 * "yılın başında" came out as "yýlýn baþýnda", Latvian "pilsēta" as "pilsçta". Each is read in its
 * own encoding, the report naming the language; Western text (Icelandic's "þ", "ð", "ý" among it)
 * and Central European text stay as they were. Fixtures are invented and encoded at test time.
 */
import { describe, expect, it } from 'vitest';
import { decode, detectEncoding } from '../../scripts/ingest/stages/decode.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { detectHtmlEncoding } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { encodeLegacy, type LegacyEncoding } from '../../scripts/bench/fuzz/legacy-encodings.ts';

const TURKISH = 'Liman kentindeki sabah pazarı bugün yine kalabalıktı.\n\nBalıkçılar yeni tekneyle denize açıldı ve öğleden önce döndü. Taze balıklar hızla satıldı; şehir halkı şimdiden akşam pazarını soruyor.';
const LITHUANIAN = 'Uosto miesto rytinis turgus šiandien vėl buvo pilnas žmonių.\n\nŽvejai išplaukė nauja valtimi ir grįžo prieš pietus. Šviežia žuvis greitai išparduota, o pirkėjai jau klausia apie vakarinį turgų.';
const LATVIAN = 'Ostas pilsētas rīta tirgus šodien atkal bija pilns ar cilvēkiem.\n\nZvejnieki izbrauca jūrā ar jaunu laivu un atgriezās pirms pusdienām. Svaigās zivis ātri izpārdeva, un pircēji jau jautā par vakara tirgu.';
const ESTONIAN = 'Sadamalinna hommikune turg oli täna jälle rahvast täis.\n\nKalurid läksid merele uue paadiga ja tulid enne lõunat tagasi. Šokolaadi ja žele müüjad olid samuti kohal, sest värske kala müüdi kiiresti läbi.';

function run(bytes: Uint8Array): { text: string; report: Report } {
  const report = new Report('f.txt');
  return { text: decode('f.txt', bytes, report), report };
}
const encodingNote = (report: Report) => report.entries.find((e) => e.rule === 'encoding')?.detail ?? '';

describe('Turkish and Baltic text in their legacy encodings', () => {
  const cases: [string, string, LegacyEncoding[], string][] = [
    ['Turkish', TURKISH, ['windows-1254', 'iso-8859-9'], 'Turkish'],
    ['Lithuanian', LITHUANIAN, ['windows-1257', 'iso-8859-13'], 'Lithuanian'],
    ['Latvian', LATVIAN, ['windows-1257', 'iso-8859-13'], 'Latvian'],
    ['Estonian', ESTONIAN, ['windows-1257', 'iso-8859-13'], 'Estonian|Finnish'],
  ];
  for (const [name, text, encodings, named] of cases) {
    for (const encoding of encodings) {
      it(`reads ${name} saved in ${encoding}, naming its language`, () => {
        const bytes = encodeLegacy(text, encoding);
        const { text: read, report } = run(bytes);
        expect(read).toBe(text);
        const found = detectEncoding(bytes).encoding;
        expect(new TextDecoder(found).decode(bytes)).toBe(text);
        expect(encodingNote(report)).toMatch(new RegExp(`^${found} \\(not valid UTF-8; .+ \\((${named})\\): \\d+% of the \\d+ characters it reads otherwise than Windows-1252 fit its language there`));
      });
    }
  }

  it('reads a Turkish headline with a capital dotted İ, and one in capitals', () => {
    for (const title of ['İzmir limanında yeni dönem başlıyor', 'LİMAN PAZARI YENİDEN AÇILDI', 'YİĞİT BALIKÇILAR DÖNDÜ', 'Balıkçılar sabah erkenden denize açıldı']) {
      expect(run(encodeLegacy(title, 'windows-1254')).text, title).toBe(title);
    }
  });

  it('keeps Windows-1252 for Icelandic, whose "þ", "ð", "ý" are where Turkish has "ş", "ğ", "ı"', () => {
    for (const text of [
      'Þetta var í fyrsta sinn sem markaðurinn opnaði; það var mikið fólk þar og nýr bátur við bryggjuna.',
      'Alþingi samþykkti í gær ný lög um hafnir; þingmenn ræddu þau lengi.',
    ]) {
      expect(run(encodeLegacy(text, 'windows-1252')).text, text).toBe(text);
    }
  });

  it('keeps Central European text in its own encodings', () => {
    for (const [text, encoding] of [
      ['V petek bo na trgu pred mestno hišo srečanje z občani, je povedal župan.', 'iso-8859-2'],
      ['Rybacy wypłynęli nową łodzią i wrócili przed południem, a mieszkańcy są zadowoleni.', 'windows-1250'],
      ['Čerstvé ryby se rychle prodaly a příčina úspěchu je prý v nízkých cenách.', 'iso-8859-2'],
    ] as [string, LegacyEncoding][]) {
      expect(run(encodeLegacy(text, encoding)).text, text).toBe(text);
    }
  });
});

describe('a Turkish page saved with no declaration', () => {
  const TITLE = 'Liman pazarı yeniden açıldı';
  const P1 = 'Balıkçılar yeni tekneyle denize açıldı ve öğleden önce döndü. Taze balıklar hızla satıldı, dedi kooperatif başkanı.';
  const P2 = 'Gelecek aydan itibaren pazar her cuma akşamı da açık olacak; şehir halkı bu haberi sevinçle karşıladı.';
  const page = `<!DOCTYPE html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p></article></body></html>`;

  it('is read in Windows-1254, its title and paragraphs whole', () => {
    const bytes = encodeLegacy(page, 'iso-8859-9');
    const found = detectHtmlEncoding(bytes);
    expect(found.encoding).toBe('windows-1254');
    expect(found.why).toMatch(/^no declared charset and not valid UTF-8; .+\(Turkish\)/);
    const outcome = processSeed('a.html', bytes, []);
    expect(outcome.record?.title).toBe(TITLE);
    expect(outcome.body).toContain(P1);
    expect(outcome.body).toContain(P2);
  });
});

/**
 * Text seeds and saved pages in the single-byte encodings of Central Europe (Windows-1250, ISO-8859-2:
 * Polish, Czech, Slovak, Hungarian, Slovenian, Croatian, Romanian), saved with no charset, were
 * skipped as "not text" or read as Windows-1252 ("pøíèina" for "příčina"). Each is read in its own
 * encoding, the report saying which language its letters fit; Western European text in Windows-1252
 * (French, German, Italian, Spanish, Portuguese, Danish, Icelandic), whose accented vowels the three
 * encodings share, stays Windows-1252. Fixtures are invented and encoded at test time.
 */
import { describe, expect, it } from 'vitest';
import { decode, detectEncoding } from '../../scripts/ingest/stages/decode.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { processSeed } from '../../scripts/ingest/pipeline.ts';
import { detectHtmlEncoding } from '../../scripts/ingest/lib/html/read/html-charset.ts';
import { encodeLegacy, type LegacyEncoding } from '../../scripts/bench/fuzz/legacy-encodings.ts';

const POLISH = 'Poranny targ w portowym mieście znów był pełen ludzi.\n\nRybacy wypłynęli nową łodzią i wrócili przed południem. Świeże ryby szybko się rozeszły, a mieszkańcy już pytają o wieczorny targ.';
const CZECH = 'Ranní trh v přístavním městě byl dnes opět plný lidí.\n\nRybáři vyjeli na nové lodi a vrátili se před polednem. Čerstvé ryby se rychle prodaly a příčina úspěchu je prý v nízkých cenách, říká šťastný předseda družstva.';
const SLOVAK = 'Ranný trh v prístavnom meste bol dnes opäť plný ľudí.\n\nRybári vyplávali na novej lodi a vrátili sa pred obedom. Čerstvé ryby sa rýchlo predali, lebo ceny boli nízke.';
const HUNGARIAN = 'A kikötőváros reggeli piaca ma is tele volt emberekkel.\n\nA halászok új hajóval futottak ki, és dél előtt visszatértek. A friss hal gyorsan elfogyott, a vevők már az esti piacról kérdeznek.';
const SLOVENIAN = 'Jutranja tržnica v pristaniškem mestu je bila danes spet polna ljudi.\n\nRibiči so odpluli z novo ladjo in se vrnili pred poldnevom. Sveže ribe so hitro pošle, ker so bile cene nizke.';
const CROATIAN = 'Jutarnja tržnica u lučkom gradu danas je opet bila puna ljudi.\n\nRibari su isplovili novim brodom i vratili se prije podneva. Svježa riba brzo se prodala, a kupci već pitaju za večernju tržnicu.';
// Romanian with the cedilla letters the legacy encodings have ("ş", "ţ"), as they wrote it.
const ROMANIAN = 'Piaţa de dimineaţă din oraşul-port a fost din nou plină de oameni astăzi.\n\nPescarii au ieşit în larg cu o barcă nouă şi s-au întors înainte de prânz. Peştele proaspăt s-a vândut repede.';

function run(bytes: Uint8Array): { text: string; report: Report } {
  const report = new Report('f.txt');
  return { text: decode('f.txt', bytes, report), report };
}
const encodingNote = (report: Report) => report.entries.find((e) => e.rule === 'encoding')?.detail ?? '';

describe('Central European text in Windows-1250 and ISO-8859-2', () => {
  const cases: [string, string, string][] = [
    ['Polish', POLISH, 'Polish'],
    ['Czech', CZECH, 'Czech'],
    ['Slovak', SLOVAK, 'Slovak'],
    ['Hungarian', HUNGARIAN, 'Hungarian'],
    // Slovenian and Croatian write the same accented letters: either name is right.
    ['Slovenian', SLOVENIAN, 'Slovenian|Croatian'],
    ['Croatian', CROATIAN, 'Slovenian|Croatian'],
    ['Romanian', ROMANIAN, 'Romanian'],
  ];
  for (const encoding of ['windows-1250', 'iso-8859-2'] as LegacyEncoding[]) {
    for (const [language, text, named] of cases) {
      it(`reads ${language} saved in ${encoding} and says which language its letters fit`, () => {
        const bytes = encodeLegacy(text, encoding);
        const { text: read, report } = run(bytes);
        expect(read).toBe(text);
        // The two encodings read some texts alike (Hungarian's "ő" and "ű" have the same bytes in
        // both): either name is right then, as the text read is the same.
        const found = detectEncoding(bytes).encoding;
        expect(['windows-1250', 'iso-8859-2']).toContain(found);
        expect(new TextDecoder(found).decode(bytes)).toBe(text);
        expect(encodingNote(report)).toMatch(new RegExp(`^${found} \\(not valid UTF-8; .+ \\((${named})\\): \\d+% of the \\d+ characters it reads otherwise than Windows-1252 fit its language there`));
      });
    }
  }

  it('tells the two apart where they differ: Polish and Czech in each are named as saved', () => {
    expect(detectEncoding(encodeLegacy(POLISH, 'windows-1250')).encoding).toBe('windows-1250');
    expect(detectEncoding(encodeLegacy(POLISH, 'iso-8859-2')).encoding).toBe('iso-8859-2');
    expect(detectEncoding(encodeLegacy(CZECH, 'windows-1250')).encoding).toBe('windows-1250');
    expect(detectEncoding(encodeLegacy(CZECH, 'iso-8859-2')).encoding).toBe('iso-8859-2');
    // ISO-8859-2's "ž" and "ť" are Windows-1250's "ľ" and "»": "»aľký" reads as Slovak with a quote mark.
    const slovak = 'V sobotu čaká hráčov ťažký súboj o postup.';
    expect(run(encodeLegacy(slovak, 'iso-8859-2')).text).toBe(slovak);
  });

  it('reads a one-line headline in each', () => {
    for (const [title, encoding] of [
      ['Příčina požáru v přístavu je stále neznámá', 'windows-1250'],
      ['Przyczyna pożaru w porcie wciąż nieznana', 'iso-8859-2'],
      ['Szerdán újra megnyílik a kikötői piac', 'windows-1250'],
    ] as [string, LegacyEncoding][]) {
      expect(run(encodeLegacy(title, encoding)).text, title).toBe(title);
    }
  });

  it('keeps Windows-1252 for Western European text, whose accented vowels the encodings share', () => {
    for (const text of [
      'Le marché du port a rouvert à l’aube, dit Ann Lee. « C’est la fête », a-t-elle ajouté, très émue.',
      'Die Fischer der Hafenstadt verkaufen größere Fänge über die Brücke – schön für alle.',
      'Il mercato del porto è stato riaperto; la città è più tranquilla, perché è lunedì.',
      'El niño llegó al puerto de España; ¿de verdad? ¡Sí! Mañana habrá más pescado.',
      'Em São Paulo, a mãe e as irmãs visitaram o mercado; não há peixe, disse João.',
      'På søndag åbner det nye marked ved havnen, og fiskerne sælger røget ørred.',
      'Þetta var í fyrsta sinn sem markaðurinn opnaði; það var mikið fólk þar.',
      'Mix ¼ cup of flour with the zest of one lemon; the café charges £4 for a crème brûlée.',
    ]) {
      const bytes = encodeLegacy(text, 'windows-1252');
      expect(detectEncoding(bytes).encoding, text).not.toMatch(/^(windows-1250|iso-8859-2)$/);
      expect(run(bytes).text, text).toBe(text);
    }
  });

  it('keeps Windows-1252 for a French, German or Portuguese headline', () => {
    // "nº" read as Windows-1250 is "nş", a Romanian letter: the ordinal sign after "n" is no letter out of place.
    for (const title of ['Le marché rouvre après la tempête', 'Größere Fänge für die Fischer', 'Lei nº 123 de 2020 sobre o porto']) {
      expect(run(encodeLegacy(title, 'windows-1252')).text).toBe(title);
    }
  });
});

describe('saved pages in Windows-1250 and ISO-8859-2', () => {
  const TITLE = 'Ranní trh v přístavu je opět plný';
  const P1 = 'Rybáři vyjeli na nové lodi a vrátili se před polednem. Čerstvé ryby se rychle prodaly, řekl předseda družstva.';
  const P2 = 'Od příštího měsíce bude trh otevřen i večer, a to každý pátek až do konce září, dodal předseda.';
  const page = (head: string) => `<!DOCTYPE html><html><head>${head}<title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${P2}</p></article></body></html>`;

  for (const [encoding, head] of [
    ['windows-1250', '<meta charset="windows-1250">'],
    ['iso-8859-2', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'],
    ['windows-1250', ''],
    ['iso-8859-2', ''],
  ] as [LegacyEncoding, string][]) {
    it(`a Czech page in ${encoding} ${head ? 'that declares it' : 'with no declaration'} is read in it`, () => {
      const bytes = encodeLegacy(page(head), encoding);
      const found = detectHtmlEncoding(bytes);
      expect(found.encoding).toBe(encoding);
      expect(found.why).toMatch(head ? /^<meta> declares/ : /^no declared charset and not valid UTF-8; .+\(Czech\)/);
      const outcome = processSeed('a.html', bytes, []);
      expect(outcome.record?.title).toBe(TITLE);
      expect(outcome.body).toContain(P1);
      expect(outcome.body).toContain(P2);
    });
  }
});

/**
 * Text seeds in the single-byte encodings of Cyrillic and Greek beyond Windows-1251 and KOI8 (ISO-8859-5,
 * the DOS code page 866, Windows-1253, ISO-8859-7), of Hebrew (Windows-1255, read as Windows-1251 before)
 * and Arabic (Windows-1256), saved with no charset, were read as Windows-1252
 * and published as noise ("Ãåéá óáò"). Each is read in its own encoding, chosen by how plausible each
 * reading's words are, the report saying which and why. Bytes that no encoding reads as text (neither a
 * known one nor Windows-1252) are skipped with a reason instead of being published as noise; a
 * Windows-1252 text, and an English one with a few stray bytes, are read as before. Fixtures are
 * invented and encoded at test time.
 */
import { describe, expect, it } from 'vitest';
import { decode, detectEncoding } from '../../scripts/ingest/stages/decode.ts';
import { Report, SkipArticle } from '../../scripts/ingest/report.ts';
import { encodeLegacy, type LegacyEncoding } from '../../scripts/bench/fuzz/legacy-encodings.ts';

const RUSSIAN = 'Утренний рынок в портовом городе сегодня снова был полон людей.\n\nРыбаки вышли в море на новой лодке. Свежая рыба быстро разошлась.';
const UKRAINIAN = 'Ранковий ринок у портовому місті сьогодні знову був повний людей.\n\nРибалки вийшли в море на новому човні. Свіжу рибу швидко розкупили.';
const BULGARIAN = 'Сутрешният пазар в пристанищния град днес отново беше пълен с хора.\n\nРибарите излязоха в морето с новата си лодка.';
const HEBREW = 'השוק של הבוקר בעיר הנמל היה שוב מלא אנשים היום.\n\nהדייגים יצאו לים בסירה החדשה שלהם והדגים הטריים נמכרו מהר.';
const ARABIC = 'كان سوق الصباح في المدينة الساحلية مزدحما بالناس مرة أخرى اليوم.\n\nخرج الصيادون إلى البحر بقاربهم الجديد وبيع السمك الطازج بسرعة.';
const GREEK = 'Η πρωινή αγορά στο λιμάνι ήταν ξανά γεμάτη κόσμο σήμερα.\n\nΟι ψαράδες βγήκαν στη θάλασσα με το καινούργιο τους σκάφος. Τα φρέσκα ψάρια πουλήθηκαν γρήγορα.';

function run(bytes: Uint8Array): { text: string; report: Report } {
  const report = new Report('f.txt');
  return { text: decode('f.txt', bytes, report), report };
}
const encodingNote = (report: Report) => report.entries.find((e) => e.rule === 'encoding')?.detail ?? '';

describe('Cyrillic, Greek, Hebrew and Arabic text in single-byte encodings', () => {
  const cases: [LegacyEncoding, string, string][] = [
    ['iso-8859-5', 'iso-8859-5', RUSSIAN],
    ['iso-8859-5', 'iso-8859-5', UKRAINIAN],
    ['iso-8859-5', 'iso-8859-5', BULGARIAN],
    ['ibm866', 'ibm866', RUSSIAN],
    ['ibm866', 'ibm866', BULGARIAN],
    ['windows-1253', 'windows-1253', GREEK],
    // The Greek of ISO-8859-7 is Windows-1253's bar "Ά" (and a few signs): read alike, either name is right.
    ['iso-8859-7', 'windows-1253', GREEK],
    ['windows-1255', 'windows-1255', HEBREW],
    ['windows-1256', 'windows-1256', ARABIC],
    ['windows-1251', 'windows-1251', RUSSIAN],
    ['koi8-r', 'koi8-r', RUSSIAN],
  ];
  for (const [encoding, name, text] of cases) {
    it(`reads ${encoding} (${[...text].slice(0, 12).join('')}…) and says why`, () => {
      const bytes = encodeLegacy(text, encoding);
      expect(detectEncoding(bytes).encoding).toBe(name);
      const { text: read, report } = run(bytes);
      expect(read).toBe(text);
      expect(encodingNote(report)).toMatch(new RegExp(`^${name} \\(not valid UTF-8; .+\\)$`));
    });
  }

  it('reads ISO-8859-7 with its own "Ά" as ISO-8859-7', () => {
    const text = 'Άνοιξη στο λιμάνι: η αγορά άνοιξε ξανά και οι ψαράδες πούλησαν όλα τα ψάρια τους.';
    const bytes = encodeLegacy(text, 'iso-8859-7');
    expect(run(bytes).text).toBe(text);
  });

  it('reads a one-line headline in each', () => {
    expect(run(encodeLegacy('Утренний рынок в порту', 'iso-8859-5')).text).toBe('Утренний рынок в порту');
    expect(run(encodeLegacy('Утренний рынок в порту', 'ibm866')).text).toBe('Утренний рынок в порту');
    expect(run(encodeLegacy('Η αγορά στο λιμάνι', 'windows-1253')).text).toBe('Η αγορά στο λιμάνι');
  });

  it('keeps Windows-1252 for French, German, Spanish and Portuguese text with accents', () => {
    for (const text of [
      'Le marché du port a rouvert à l’aube, dit Ann Lee. « C’est la fête », a-t-elle ajouté.',
      'Die Fischer der Hafenstadt verkaufen größere Fänge über die Brücke – schön für alle.',
      'El mercado del puerto abrió a las seis; los pescadores vendieron más que el año pasado.',
      'O mercado do porto abriu às seis; os pescadores venderam mais peixe do que no ano passado, disse João.',
    ]) {
      const bytes = encodeLegacy(text, 'windows-1252');
      expect(detectEncoding(bytes).encoding, text).toBe('windows-1252');
      expect(run(bytes).text).toBe(text);
    }
  });

  it('reads an English text with a few stray bytes as Windows-1252, as before', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Night ferry returns\n\nThe ferry ran on time, the harbour master said on Monday'), 0xa6, 0xac, 0x20, 0xb6, 0x2e]);
    expect(detectEncoding(bytes).encoding).toBe('windows-1252');
    expect(run(bytes).text).toMatch(/^Night ferry returns/);
  });
});

describe('bytes no encoding reads as text', () => {
  const skipReason = (bytes: Uint8Array) => {
    try {
      run(bytes);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(SkipArticle);
      return (error as SkipArticle).reason;
    }
  };

  it('are skipped with a reason, not published as Windows-1252 noise', () => {
    // Words of random high bytes between spaces and full stops: no language's letters in any encoding.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const bytes: number[] = [];
    for (let w = 0; w < 120; w++) {
      for (let k = 0, n = 3 + (next() % 6); k < n; k++) bytes.push(0x80 + (next() % 0x80));
      bytes.push(w % 9 === 8 ? 0x2e : 0x20);
    }
    expect(skipReason(new Uint8Array(bytes))).toMatch(/^not text: not valid UTF-8, and no encoding reads it as text \(best .+\)$/);
  });

  it('a text whose high bytes read as Windows-1252 punctuation is kept', () => {
    const text = '“Night ferry returns” – the harbour’s new timetable… starts on Monday; fares stay at £4 (€5).';
    expect(skipReason(encodeLegacy(text, 'windows-1252'))).toBeNull();
  });
});

/**
 * Western text saved in Windows-1252 with signs of numbers and money (¼ ½ ¾ £ ¥ ¢ © ® ° § µ ·) but
 * few accented letters was read as Cyrillic: each sign is a letter in some Cyrillic encoding ("¼" is
 * ISO-8859-5's "М", "¥" IBM866's "е"), and a reading made of such letters standing alone scored as
 * Russian. A recipe or a price list came out as Cyrillic noise. A reading of another script wins by
 * letters in words of that script; real Cyrillic, Greek, Hebrew and Arabic text still reads as it was
 * saved. Fixtures are invented and encoded at test time.
 */
import { describe, expect, it } from 'vitest';
import { decode, detectEncoding } from '../../scripts/ingest/stages/decode.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { encodeLegacy, type LegacyEncoding } from '../../scripts/bench/fuzz/legacy-encodings.ts';

const read = (bytes: Uint8Array) => decode('f.txt', bytes, new Report('f.txt'));

const LINES = [
  'Mix ¼ cup flour with ½ cup sugar',
  '¥500 £4 ¢50',
  'Add ¾ cup milk, then ½ tsp salt.',
  'Price: £12 or ¥1500 · Tax ¢30',
  'Bake at 180° for ¾ hour. © 2024 Grandma® § 3, 5 µg',
  '½ ¼ ¾',
  '© Harbour Press',
  'See § 12 and § 14 ¶ 2',
  'Préchauffez le four à 180° et ajoutez ½ tasse de sucre.',
  'Mischen Sie ¼ Tasse Mehl mit ½ Tasse Zucker bei 180°.',
  'Ajoutez ¼ de litre de lait · 2 œufs · ½ sachet de levure',
  'Preis: 4 £ · 500 ¥ · 50 ¢ · 3 µl',
  '¼ Pfund Butter, ½ Liter Milch, ¾ Stunde backen',
  // Read as Latin encodings of other languages, signs become letters or quote marks there too
  // (ISO-8859-13's "„" for "¥", ISO-8859-2's "Š" for "©", "ń" for "ñ").
  'tax ©',
  // A lone "¢" is ISO-8859-7's quote mark "’": a reading of signs alone wins nothing.
  '¢',
  'µ ©',
  '542° 761» año Straße 550¥ Tel',
  '° façon ¥ µ ¼ ¶ 137µ 523¥',
  '» ¥ price then – ¥ bake São ¾ ¥',
];

const RECIPE = `Grandma's lemon loaf (serves 8)

Mix ¼ cup of flour with ½ cup of sugar and ¾ cup of milk. Add 2 eggs, ½ tsp of salt and the zest of one lemon.

Bake at 180° for ¾ hour, then leave to cool for ¼ hour. Keep at 4° for up to 3 days.

© 2024 Harbour Kitchen® · All rights reserved · § 4 of the terms applies.`;

const PRICE_LIST = `Market prices, week 12

Apples £2 per kg · Pears £3 per kg · Plums ¢90 per lb
Tea from Japan ¥1200 per 100 g · Saffron £9 per ½ g
Vitamin B12 25 µg ¢40 · Vanilla ¼ pod £1

Prices © Harbour Market Ltd®; see § 3 for returns.`;

const RECETTE = `Gâteau au citron

Mélangez ¼ de tasse de farine avec ½ tasse de sucre, ajoutez ¾ de tasse de lait.
Faites cuire à 180° pendant ¾ d'heure. © 2024 · § 2`;

const REZEPT = `Zitronenkuchen

¼ Pfund Butter mit ½ Liter Milch verrühren, ¾ Stunde bei 180° backen.
Preis: 4 £ · 500 ¥ · 50 ¢ · 3 µg Vitamin · © 2024 · § 7`;

describe('Western text in Windows-1252 with signs of numbers and money', () => {
  for (const line of LINES) {
    it(`keeps Windows-1252 for "${line}"`, () => {
      const bytes = encodeLegacy(line, 'windows-1252');
      expect(detectEncoding(bytes).encoding).toBe('windows-1252');
      expect(read(bytes)).toBe(line);
    });
  }

  for (const [name, text] of [['an English recipe', RECIPE], ['a price list', PRICE_LIST], ['a French recipe', RECETTE], ['a German recipe', REZEPT]]) {
    it(`keeps Windows-1252 for ${name}, a whole text`, () => {
      const bytes = encodeLegacy(text, 'windows-1252');
      expect(detectEncoding(bytes).encoding).toBe('windows-1252');
      expect(read(bytes)).toBe(text);
    });
  }
});

describe('text of other scripts with the same signs still reads as saved', () => {
  const RUSSIAN = 'В магазине у порта ½ кг рыбы стоит 300 рублей, а © принадлежит газете.';
  const RUSSIAN_TITLE = 'В Москве открылся новый рынок';
  const GREEK = 'Η αγορά στο λιμάνι άνοιξε ξανά σήμερα το πρωί, με φρέσκα ψάρια.';
  const HEBREW = 'השוק בנמל נפתח שוב הבוקר, והדייגים מכרו דגים טריים.';
  const ARABIC = 'افتتح السوق في الميناء من جديد صباح اليوم، وباع الصيادون السمك الطازج.';
  const cases: [LegacyEncoding, string][] = [
    ['windows-1251', RUSSIAN],
    ['koi8-r', RUSSIAN],
    ['iso-8859-5', RUSSIAN],
    ['ibm866', RUSSIAN],
    ['iso-8859-5', RUSSIAN_TITLE],
    ['ibm866', RUSSIAN_TITLE],
    ['windows-1253', GREEK],
    ['iso-8859-7', GREEK],
    ['windows-1255', HEBREW],
    ['windows-1256', ARABIC],
  ];
  // Big5's characters from 0xA540 to 0xA57E ("以", "台", "加", "出") are Windows-1252's "¥" and an ASCII
  // letter: "¥" counts for Windows-1252 only beside a number ("¥500").
  cases.push(['big5', '台北以外的市場今天也出奇地熱鬧，商人說生意比去年好，可以加開早市。Open 8:00–12:00'], ['big5', '世界 外交 史料 台北 司令'], ['big5', '台北以外']);
  for (const [encoding, text] of cases) {
    it(`${encoding}: "${text.slice(0, 24)}…"`, () => {
      const bytes = encodeLegacy(text, encoding);
      expect(read(bytes)).toBe(new TextDecoder(encoding).decode(bytes));
    });
  }
});

// francFast gives franc-min's answer: on text of every script franc models, on each of its languages,
// on text near the thresholds (too short, no letters, a script with one language) and on random text.
import { describe, expect, it } from 'vitest';
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { francFast } from '../../scripts/ingest/lib/page-text/language/franc-fast.ts';

/** A deterministic stream of numbers in [0, 1). */
function randoms(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Text in a language's own words: its model's trigrams, shuffled and run together with spaces and punctuation. */
function textOf(model: string, next: () => number, length: number): string {
  const trigrams = model.split('|');
  let text = '';
  while (text.length < length) {
    const t = trigrams[Math.floor(next() * next() * trigrams.length)];
    text += t + (next() < 0.2 ? '. ' : next() < 0.3 ? ' ' : '');
  }
  return text;
}

const NASTY = [
  '',
  'short',
  '12345 67890 !!! ??? 2024-01-01',
  'İSTANBUL BÜYÜKŞEHİR BELEDİYESİ açıkladı: yeni toplu taşıma hatları pazartesi günü hizmete giriyor.',
  'Москва объявила о новом соглашении с соседними странами по вопросам торговли и науки.',
  'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία και την ενέργεια την Τρίτη.',
  'הממשלה הודיעה על צעדים חדשים לכלכלה ולאנרגיה ביום שלישי בבוקר.',
  'सरकार ने मंगलवार को अर्थव्यवस्था और ऊर्जा के लिए नए उपायों की घोषणा की।',
  'รัฐบาลประกาศมาตรการใหม่สำหรับเศรษฐกิจและพลังงานในวันอังคาร',
  'მთავრობამ სამშაბათს ეკონომიკისა და ენერგეტიკის ახალი ზომები გამოაცხადა.',
  'الحكومة أعلنت يوم الثلاثاء عن إجراءات جديدة للاقتصاد والطاقة في البلاد.',
  '政府は火曜日、経済とエネルギーに関する新たな措置を発表した。',
  '정부는 화요일 경제와 에너지에 관한 새로운 조치를 발표했다.',
  'Math 𝐀𝐁𝐂 bold and emoji 😀 between words, ‘quoted’ and “double” — ﬁnancial Ǆemal',
  '  tabs\tand\u00a0non-breaking  spaces\u2003em space  and\nnew\r\nlines  ',
  'aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa',
  'x'.repeat(3000),
  'La ' + 'economía '.repeat(400),
];

describe('francFast', () => {
  it("gives franc's answer on nasty text, at several minimum lengths", () => {
    for (const text of NASTY) for (const minLength of [0, 10, 20, 100]) expect(francFast(text, minLength), text.slice(0, 40)).toBe(franc(text, { minLength }));
  });

  it("gives franc's answer on text in each of its languages, and on mixtures of two", () => {
    const next = randoms(7);
    const models = Object.values(data).flatMap((byName) => Object.values(byName));
    let checked = 0;
    for (const model of models) {
      for (const length of [25, 120, 800, 2500]) {
        const text = textOf(model, next, length);
        expect(francFast(text, 20), text.slice(0, 40)).toBe(franc(text, { minLength: 20 }));
        const other = models[Math.floor(next() * models.length)];
        const mixed = text.slice(0, length / 2) + ' ' + textOf(other, next, length / 2);
        expect(francFast(mixed, 20), mixed.slice(0, 40)).toBe(franc(mixed, { minLength: 20 }));
        checked += 2;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("gives franc's answer on random text over mixed alphabets", () => {
    const next = randoms(11);
    const alphabet = "abcdeéèçñüößtrnslmoiuy  ,.'-0123абвгдежзийклмнопрстуфхцчшщыэюяαβγδεζηθικλμνאבגדהوزحطيكलमनपफबभ日本語한국어İı\u00a0\t\n😀";
    const chars = [...alphabet];
    for (let i = 0; i < 400; i++) {
      let text = '';
      const length = Math.floor(next() * 600);
      // Skewed towards a few characters, so that trigrams repeat and counts differ.
      for (let j = 0; j < length; j++) text += chars[Math.floor(next() * next() * chars.length)];
      expect(francFast(text, 20), text.slice(0, 40)).toBe(franc(text, { minLength: 20 }));
    }
  });
});

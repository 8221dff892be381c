/**
 * Dates written in digits of other scripts (Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari, Bengali, full-width)
 * and with Arabic and Persian Gregorian month names: read as their ASCII digits would be, quoted as the page
 * writes them. A month of another calendar (Hijri, Solar Hijri) names no Gregorian day, and its date stays
 * null unless the page also writes the Gregorian one. A date line in Persian is the article's stamp, not its
 * headline. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { asciiDigits, findFullDates, findStampDate } from '../../scripts/ingest/lib/dates/dates.ts';
import { article } from './helpers.ts';

describe('digits of other scripts', () => {
  it('are read as ASCII digits, one character for one', () => {
    expect(asciiDigits('۱۲ مارس ۲۰۲۴')).toBe('12 مارس 2024');
    expect(asciiDigits('١٢/٠٣/٢٠٢٤')).toBe('12/03/2024');
    expect(asciiDigits('२०२४-०३-१२')).toBe('2024-03-12');
    expect(asciiDigits('２０２４年３月１２日')).toBe('2024年3月12日');
    const plain = 'March 12, 2024';
    expect(asciiDigits(plain)).toBe(plain);
  });

  it.each([
    ['۱۲ مارس ۲۰۲۴', 'fa', '2024-03-12'],
    ['۱۲ ژانویه ۲۰۲۶', 'fa', '2026-01-12'],
    ['٣ يناير ٢٠٢٥', 'ar', '2025-01-03'],
    ['الثلاثاء ١٢ كانون الثاني ٢٠٢٦', 'ar', '2026-01-12'],
    ['١٢ مارس/آذار ٢٠٢٤', 'ar', '2024-03-12'],
    ['12 أغسطس 2025 - 10:30', 'ar', '2025-08-12'],
    ['٢٠٢٤-٠٣-١٢', 'ar', '2024-03-12'],
    ['१२ मार्च २०२४', 'hi', '2024-03-12'],
    ['১২ মার্চ ২০২৪', 'bn', '2024-03-12'],
    ['２０２４年３月１２日', 'ja', '2024-03-12'],
  ])('reads "%s" (%s)', (line, lang, date) => {
    const d = findStampDate(line, lang);
    expect(d?.date).toBe(date);
    // The evidence is the page's own text.
    expect(line).toContain(d!.text);
  });

  it.each([
    ['۱۲ اسفند ۱۴۰۲', 'fa'],
    ['۲۲ بهمن ۱۴۰۲', 'fa'],
    ['١٢ رمضان ١٤٤٥', 'ar'],
    ['۱۳ ساعت پیش', 'fa'],
    ['١٢ مارس', 'ar'],
  ])('does not read "%s" (%s): another calendar, a relative time or no year', (line, lang) => {
    expect(findStampDate(line, lang)).toBeNull();
    expect(findFullDates(line)).toEqual([]);
  });

  it('reads the Gregorian day a page gives beside a Solar Hijri one', () => {
    expect(findStampDate('۲۲ اسفند ۱۴۰۲ - ۱۲ مارس ۲۰۲۴', 'fa')?.date).toBe('2024-03-12');
  });
});

const HEADLINE = 'برنامه تازه همکاری علمی با کشورهای آفریقایی آغاز شد';
const BODY = [
  'وزارت علوم روز سه‌شنبه اعلام کرد که برنامه‌ای تازه برای پژوهش مشترک با دوازده کشور آفریقایی آغاز می‌شود و پنج سال ادامه خواهد داشت.',
  'این برنامه آزمایشگاه‌های مشترک را تأمین مالی می‌کند و پژوهشگران جوان را در سال‌های آینده آموزش می‌دهد، به گفته وزارت در بیانیه‌ای که منتشر شد.',
  'نخستین طرح‌ها بهار آینده آغاز می‌شوند و پژوهشگران دو طرف داده‌های مربوط به آب، سلامت و محصولات کشاورزی را با هم به اشتراک می‌گذارند.',
].join('\n\n');
const MENU = 'خانه\nاخبار\nعلم\nفناوری\nدرباره ما\nتماس';

describe('a Persian page', () => {
  it.each([
    ['under the headline', `${HEADLINE}\n۱۲ مارس ۲۰۲۴\n\n${BODY}`],
    ['over the headline', `${MENU}\n\n۱۲ مارس ۲۰۲۴\n\n${HEADLINE}\n\n${BODY}`],
    ['first on the page', `۱۲ مارس ۲۰۲۴\n${HEADLINE}\n\n${BODY}`],
  ])('is dated by its date line %s, and keeps its headline', (_, text) => {
    const { record } = article(text);
    expect(record.title).toBe(HEADLINE);
    expect(record.date?.date).toBe('2024-03-12');
    expect(record.date?.evidence).toContain('۱۲ مارس ۲۰۲۴');
    expect(record.paragraphs.map((p) => p.text).join('\n')).not.toContain('مارس');
  });

  it('stays undated when its date line is Solar Hijri only', () => {
    const { record } = article(`${HEADLINE}\n۲۲ اسفند ۱۴۰۲\n\n${BODY}`);
    expect(record.title).toBe(HEADLINE);
    expect(record.date).toBeNull();
  });
});

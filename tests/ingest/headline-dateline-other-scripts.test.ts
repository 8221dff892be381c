/**
 * A Bengali page's stamp row ("| শনিবার, আগস্ট ২৯, ২০২০ | ১০:৪৬ পূর্বাহ্ণ": Saturday, August 29, 2020,
 * 10:46 am) was its headline and gave no day: the line's digits are Bengali (the headline's date-line
 * test counted ASCII digits only), and its date is written month first with a comma, as a CMS's
 * "Month day, year" format writes it in the page's language (the table of month names was read day
 * first only). Any script's digits count, and a month the table names reads first too. A headline
 * that holds a date among its words stays one, and "Chapter 9, 2020" is no date.
 */
import { describe, expect, it } from 'vitest';
import { findFullDates } from '../../scripts/ingest/lib/dates/dates.ts';
import { countWords } from '../../scripts/ingest/lib/page-text/language/text.ts';
import { notAHeadline } from '../../scripts/ingest/lib/page-text/headline/title.ts';
import { article } from './helpers.ts';

const BN_BODY = [
  'শহরের নতুন সেতুর নির্মাণকাজ আজ আনুষ্ঠানিকভাবে শুরু হয়েছে বলে জানিয়েছেন স্থানীয় প্রশাসনের কর্মকর্তারা।',
  'কর্মকর্তারা বলেন, সেতুটি চালু হলে নদীর দুই পাড়ের মানুষের যাতায়াত অনেক সহজ হবে এবং ব্যবসা-বাণিজ্য বাড়বে।',
  'প্রকল্পের ব্যয় ধরা হয়েছে প্রায় দুইশ কোটি টাকা, আর কাজ শেষ হতে সময় লাগবে তিন বছর।',
].join('\n\n');

describe('a date line in another script is no headline, and gives the day', () => {
  it('reads a month the table names before its day and a comma', () => {
    expect(findFullDates('শনিবার, আগস্ট ২৯, ২০২০').map((d) => d.date)).toEqual(['2020-08-29']);
    expect(findFullDates('शनिवार, अगस्त २९, २०२०').map((d) => d.date)).toEqual(['2020-08-29']);
    expect(findFullDates('sábado, agosto 29, 2020').map((d) => d.date)).toEqual(['2020-08-29']);
  });

  it('reads no date from a word the table does not name', () => {
    expect(findFullDates('Chapter 9, 2020')).toEqual([]);
    expect(findFullDates('Article 5, 2020 of the code')).toEqual([]);
    // A year run into a stamp row's time is the fused readers' to read, as before.
    expect(findFullDates('December 24, 20239:53 AM UTC')).toEqual([]);
  });

  it('counts a word through its vowel signs', () => {
    expect(countWords('শনিবার পূর্বাহ্ণ')).toBe(2);
    expect(countWords('शनिवार को बैठक')).toBe(3);
  });

  it('a stamp row in Bengali, Devanagari or Arabic-Indic digits is no headline', () => {
    expect(notAHeadline('  |  শনিবার, আগস্ট ২৯, ২০২০ |  ১০:৪৬ পূর্বাহ্ণ')).toBe(true);
    expect(notAHeadline('शनिवार, २९ अगस्त २०२० | १०:४६')).toBe(true);
    expect(notAHeadline('السبت ٢٩ أغسطس ٢٠٢٠ - ١٠:٤٦')).toBe(true);
  });

  it('a headline holding a date among its words stays one', () => {
    expect(notAHeadline('নির্বাচন ২০২৪: ভোটের দিন নিয়ে যা জানা দরকার সব প্রশ্নের উত্তর')).toBe(false);
    expect(notAHeadline('Council sets the vote for August 29, 2020 after a long debate')).toBe(false);
  });

  it('the stamp row is no headline, and gives the day', () => {
    const text = `হোম\nবাংলাদেশ\nখেলা\nবিনোদন\n \nহোম বাংলাদেশ নদীর ওপর নতুন সেতুর নির্মাণকাজ শুরু\nনদীর ওপর নতুন সেতুর নির্মাণকাজ শুরু\n  |  শনিবার, আগস্ট ২৯, ২০২০ |  ১০:৪৬ পূর্বাহ্ণ\nFacebook\nTwitter\n\n${BN_BODY}`;
    const { record } = article(text);
    expect(record.title).not.toContain('২০২০');
    expect(record.date?.date).toBe('2020-08-29');
  });
});

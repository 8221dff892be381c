/**
 * mentions: dates named inside an article's text — "the communique … released on Thursday",
 * "In 2022, China signed…", "on March 3, 2021" — resolved against the article's date where they
 * are relative, with their precision. Vague times ("not long ago", "recently") name no date and
 * are not placed. The article's own news day is not repeated as a mention.
 */
import type { ArticleOut, Paragraph } from '../types.ts';
import { Report } from '../report.ts';
import { findFullDates, findMonthYears } from '../lib/dates/dates.ts';
import { addDays, isoDate, weekdayOf, WEEKDAYS } from '../lib/page-text/language/text.ts';
import { newsDay } from './events.ts';

export interface MentionOut {
  article: string;
  paragraph: string;
  sentence: string;
  text: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  resolvedBy: string;
}

const WEEKDAY = new RegExp(`\\b(?:on|last|this|next)\\s+(${WEEKDAYS.map((d) => d[0].toUpperCase() + d.slice(1)).join('|')})\\b`, 'g');
const YEAR = /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Tt]hroughout|[Uu]ntil|[Bb]efore|[Aa]fter)\s+((?:19|20)\d{2})\b(?![-–/]\d)/g;
/** Cheap test first: most sentences name no date at all. */
const MAY_NAME_A_DATE = /\d{4}|day\b|yesterday|年/i;
const FUTURE = /\b(?:will|would|next|upcoming|scheduled|to be held|plans? to)\b/;

export function findMentions(article: Pick<ArticleOut, 'slug' | 'date' | 'newsWeekdays'> & { paragraphs: Paragraph[] }, report: Report): MentionOut[] {
  const out: MentionOut[] = [];
  // A relative time ("on Thursday") counts from the day the article was written; an update's day is not that day.
  const base = article.date?.precision === 'day' && article.date.source !== 'update' ? article.date.date : null;
  const ownDay = newsDay(article.date, article.newsWeekdays);
  const add = (paragraph: string, sentence: string, text: string, date: string, datePrecision: MentionOut['datePrecision'], resolvedBy: string) => {
    if (datePrecision === 'day' && date === ownDay) return;
    if (out.some((m) => m.paragraph === paragraph && m.date === date && m.text === text)) return;
    out.push({ article: article.slug, paragraph, sentence, text, date, datePrecision, resolvedBy });
    report.add('mentions', 'date-mentioned', 'inferred', text, `${date} (${datePrecision}): ${resolvedBy}`);
  };
  article.paragraphs.forEach((p, pi) => {
    for (const sentence of p.sentences) {
      if (!MAY_NAME_A_DATE.test(sentence)) continue;
      // The dateline names the article's own date, not a mention.
      const text = pi === 0 ? sentence.replace(/^[^a-z]{0,60}?\(\w[^)]*\)\s*(?:--|[-–—])\s*/, '') : sentence;
      const fullDates = findFullDates(text);
      const monthYears = findMonthYears(text);
      for (const d of fullDates) add(p.id, sentence, d.text, d.date, 'day', 'written in full');
      for (const d of monthYears) add(p.id, sentence, d.text, d.date, 'month', 'month and year written');
      for (const m of text.matchAll(YEAR)) {
        if ([...fullDates, ...monthYears].some((d) => d.text.includes(m[1]))) continue;
        add(p.id, sentence, m[0], isoDate(+m[1], 1, 1)!, 'year', 'year written');
      }
      if (base) {
        for (const m of text.matchAll(WEEKDAY)) {
          const weekday = m[1].toLowerCase();
          // Future only when the words just before say so ("will be held on Monday"), not anywhere in the sentence.
          const forward = /^next/i.test(m[0]) || FUTURE.test(text.slice(Math.max(0, m.index! - 40), m.index));
          const date = nearestWeekday(base, weekday, forward);
          add(p.id, sentence, m[0], date, 'day', `the ${forward ? 'next' : 'last'} ${m[1]} ${forward ? 'after' : 'on or before'} the article's date ${base}`);
        }
        const yesterday = /\byesterday\b/i.exec(text);
        if (yesterday) add(p.id, sentence, yesterday[0], addDays(base, -1), 'day', `the day before the article's date ${base}`);
      }
    }
  });
  return out;
}

function nearestWeekday(from: string, weekday: string, forward: boolean): string {
  for (let i = forward ? 1 : 0; i < 8; i++) {
    const day = addDays(from, forward ? i : -i);
    if (weekdayOf(day) === weekday) return day;
  }
  return from;
}

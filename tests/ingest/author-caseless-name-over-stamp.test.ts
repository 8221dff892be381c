/**
 * A byline of names alone in a script without capitals (Hindi "राहुल शर्मा", Arabic "محمد أحمد") between
 * the headline and the date stamp is the author, as "Anna Berg" over the stamp is: the name shapes tell a
 * name by its capitals, so these were left out as header lines and the article had no author (the headline
 * was kept since session 41: headline-caseless-name-over-stamp.test.ts). Not a label, a newsroom or a
 * role, not a line with a figure or a mark, and not the dateline's place alone over a bare date when the
 * article writes that place too (stages/segment.ts, lib/bylines/caseless-labelled-byline.ts). A saved
 * page's lines under its <h1> are read so when no field names the writer (lib/bylines/header-byline.ts).
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const HEADLINE = 'भारत और चीन ने समुद्री अनुसंधान पर समझौता किया';
const BODY = [
  'भारत और चीन ने सोमवार को समुद्री अनुसंधान पर एक समझौते पर हस्ताक्षर किए, मंत्रालय ने कहा। दोनों देशों के वैज्ञानिक पांच वर्षों तक समुद्र के तापमान और धाराओं के आंकड़े साझा करेंगे।',
  'समझौते में शोधकर्ताओं का आदान-प्रदान भी शामिल है।',
];
const read = (header: string[], body = BODY) => article([HEADLINE, ...header, ...body].join('\n'));
const authorOf = (header: string[], body = BODY) => read(header, body).record.author;

describe('names alone in a script without capitals, between the headline and the stamp', () => {
  it('are the author, the stamp opening on its place or a bare date', () => {
    const { record, report } = read(['राहुल शर्मा', 'नई दिल्ली, 14 मार्च 2025']);
    expect(record.author).toBe('राहुल शर्मा');
    expect(record.title).toBe(HEADLINE);
    expect(rules(report)).toContain('byline-name-over-stamp');
    expect(authorOf(['राहुल कुमार शर्मा', 'नई दिल्ली | 14 मार्च 2025'])).toBe('राहुल कुमार शर्मा');
    expect(authorOf(['राहुल शर्मा', '14 मार्च 2025'])).toBe('राहुल शर्मा');
    expect(authorOf(['राहुल शर्मा, अनीता वर्मा', '14 मार्च 2025'])).toBe('राहुल शर्मा, अनीता वर्मा');
  });

  it('in Arabic too', () => {
    const headline = 'اتفاق بين الصين ومصر للتعاون في أبحاث الطاقة الشمسية';
    const body = [
      'وقعت مصر والصين يوم الاثنين اتفاقا للتعاون في أبحاث الطاقة الشمسية، بحسب ما أعلنت الوزارة. ويشمل الاتفاق تبادل الباحثين وتمويل مختبرات مشتركة لمدة خمس سنوات.',
      'وقال مسؤول في الوزارة إن التجارب الأولى ستبدأ العام المقبل.',
    ];
    expect(article([headline, 'محمد أحمد', 'القاهرة، 4 مارس 2025', ...body].join('\n')).record.author).toBe('محمد أحمد');
  });

  it('not a label, a newsroom, a sentence or a line with a figure', () => {
    expect(authorOf(['संवाददाता टीम', '14 मार्च 2025'])).toBeNull();
    expect(authorOf(['लेखक ने कहा', '14 मार्च 2025'])).toBeNull();
    expect(authorOf(['नई दिल्ली, भारत', '14 मार्च 2025'])).toBeNull();
    expect(authorOf(['अपडेट 2 घंटे', '14 मार्च 2025'])).toBeNull();
  });

  it("not the dateline's place alone over a bare date, which the article writes too", () => {
    const body = [`नई दिल्ली: ${BODY[0]}`, BODY[1]];
    expect(authorOf(['नई दिल्ली', '14 मार्च 2025'], body)).toBeNull();
  });

  it("on a saved page too: the line under the <h1>, over the stamp, when no field names the writer", () => {
    const page = (name: string, stamp: string) => `<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>
<article><h1>${HEADLINE}</h1><p>${name}</p><p>${stamp}</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(article(page('राहुल शर्मा', 'नई दिल्ली, 14 मार्च 2025'), 'page.html').record.author).toBe('राहुल शर्मा');
    expect(article(page('संवाददाता टीम', 'नई दिल्ली, 14 मार्च 2025'), 'page.html').record.author).toBeNull();
  });

  it('not where no stamp follows: a line of words under the headline is anyone\'s', () => {
    expect(authorOf(['राहुल शर्मा'])).toBeNull();
  });
});

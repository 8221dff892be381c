/** A speaker's sample quote in a briefing starts at a sentence of substance, never at a courtesy formula (src/lib/briefings/sample-quote.ts). */
import { describe, expect, it } from 'vitest';
import { contentWordCount, sampleQuote, sampleText } from '../../src/lib/briefings/sample-quote.ts';

describe('sampleQuote', () => {
  it.each([
    ['en', ['Thank you for your question.', 'The international situation has indeed affected us.', 'Science and technology play an important role.'], 'The international situation has indeed affected us. Science and technology play an important role.'],
    ['en', ['Good morning.', 'Next question, please.', 'China will send 200 engineers to the ITER site in France.'], 'China will send 200 engineers to the ITER site in France.'],
    ['de', ['Vielen Dank für Ihre Frage.', 'China wird 200 Ingenieure nach Frankreich schicken.'], 'China wird 200 Ingenieure nach Frankreich schicken.'],
    ['zh', ['谢谢你的提问。', '中国将向法国派遣两百名工程师参加国际热核聚变实验堆项目。'], '中国将向法国派遣两百名工程师参加国际热核聚变实验堆项目。'],
  ])('skips the opening formula (%s)', (lang, sentences, shown) => {
    const sample = sampleQuote(sentences, lang);
    expect(sample.text).toBe(shown);
    expect(sample.cutBefore).toBe(true);
    expect(sampleText(sample, 240)).toBe(`… ${shown}`);
  });

  it('drops a closing formula too, and says so', () => {
    const sample = sampleQuote(['China and Russia signed an agreement on lunar research stations.', 'Thank you.'], 'en');
    expect(sample).toEqual({ text: 'China and Russia signed an agreement on lunar research stations.', cutBefore: false, cutAfter: true });
    expect(sampleText(sample, 240)).toBe('China and Russia signed an agreement on lunar research stations. …');
  });

  it('keeps short sentences between two of substance, and the whole passage when no sentence carries content', () => {
    const middle = ['China joined the ITER project in 2006 as a full member.', 'Yes.', 'It supplies magnet parts and power supplies.'];
    expect(sampleQuote(middle, 'en').text).toBe(middle.join(' '));
    const slight = sampleQuote(['Thank you.', 'Next question.'], 'en');
    expect(slight).toEqual({ text: 'Thank you. Next question.', cutBefore: false, cutAfter: false });
  });

  it('takes the dateline off the first sentence it shows, and clips a long quote once', () => {
    const sample = sampleQuote(['BEIJING, Oct. 30 (Xinhua) -- China will keep its door open to scientists from every country, Wang said.'], 'en');
    expect(sample.text).toBe('China will keep its door open to scientists from every country, Wang said.');
    const long = sampleQuote(['Thank you.', 'China will build '.repeat(30) + 'labs.', 'Goodbye.'], 'en');
    const text = sampleText(long, 100);
    expect(text.startsWith('… China will build')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.endsWith('… …')).toBe(false);
    const whole = sampleText(sampleQuote(['China will build new laboratories.', 'It will train many more engineers.'], 'en'), 40);
    expect(whole).toBe('China will build new laboratories. …');
  });

  it('counts words that carry content in the language of the article, and every word when it is unknown', () => {
    expect(contentWordCount('Thank you for your question.', 'en')).toBe(2);
    expect(contentWordCount('Thank you for your question.')).toBe(5);
  });
});

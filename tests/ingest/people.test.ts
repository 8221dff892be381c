import { describe, expect, it } from 'vitest';
import { findPeople } from '../../scripts/ingest/stages/people.ts';
import { Report } from '../../scripts/ingest/report.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import { SPEAKER_LABEL } from '../../scripts/ingest/stages/clean.ts';

function said(...paragraphs: string[]) {
  const ps = paragraphs.map((text, i) => {
    const label = SPEAKER_LABEL.exec(text)?.[1];
    return { id: `p-${i + 1}`, text, sentences: label ? [text] : splitSentences(text), ...(label ? { speakerLabel: label } : {}) };
  });
  const { people, quotes } = findPeople(ps, new Report('t'));
  return { people, bySentence: Object.fromEntries(quotes.map((q) => [q.sentence, q.person])), kinds: Object.fromEntries(quotes.map((q) => [q.sentence, q.kind])) };
}

describe('people', () => {
  it('finds speakers with the role as written, before or after the name', () => {
    const { people } = said(
      'China will expand cooperation, Wang Zhigang, minister of science and technology, said on Friday.',
      'Vice Minister Zhang Guangjun told a press conference that 116 agreements had been signed.',
      'Shi Yinhong, an international relations professor with Renmin University, said problems remain.',
    );
    expect(people).toEqual([
      { slug: 'wang-zhigang', name: 'Wang Zhigang', role: 'minister of science and technology' },
      { slug: 'zhang-guangjun', name: 'Zhang Guangjun', role: 'Vice Minister' },
      { slug: 'shi-yinhong', name: 'Shi Yinhong', role: 'international relations professor with Renmin University' },
    ]);
  });

  it('a justice is a title, as a minister is: "Chief Justice" is one role, never "Chief" with "Justice" taken into the name', () => {
    const { people } = said(
      '“The agreement with the academy stands,” Chief Justice Maria Olsen said on Tuesday, reading the ruling.',
      'The laboratory may open next year, Justice Minister Ana Silva said.',
      'The Justice Department said it would not appeal the ruling on the laboratory.',
      '“We will build it together,” Justine Okafor said.',
    );
    expect(people).toEqual([
      { slug: 'maria-olsen', name: 'Maria Olsen', role: 'Chief Justice' },
      { slug: 'ana-silva', name: 'Ana Silva', role: 'Justice Minister' },
      { slug: 'justine-okafor', name: 'Justine Okafor', role: null },
    ]);
  });

  it('a title written before the name is the role alone when the words before it hold no role: no verb of the sentence joins it', () => {
    const { people } = said(
      'The road stayed shut overnight, where the crews were forced to wait before deputies arrived “by clearing the trees, which resulted in delays for the drivers,” Sheriff Dana Whitfield stated at the time.',
      'The agreement was signed in Nairobi, science minister Amina Odhiambo said on Tuesday.',
    );
    expect(people).toEqual([
      { slug: 'dana-whitfield', name: 'Dana Whitfield', role: 'Sheriff' },
      { slug: 'amina-odhiambo', name: 'Amina Odhiambo', role: 'science minister' },
    ]);
  });

  it('follows surnames, pronouns and role descriptions to the right person', () => {
    const { bySentence } = said(
      'Vice Minister Zhang Guangjun told a press conference that cooperation would grow.',
      'In 2022, China signed 25 documents, Zhang added.',
      'China will open wider, the vice minister said.',
      'It has also introduced new policies, he added.',
    );
    expect(Object.values(bySentence)).toEqual(['zhang-guangjun', 'zhang-guangjun', 'zhang-guangjun', 'zhang-guangjun']);
  });

  it('gives a quotation to the speaker named at its end, including its first sentences', () => {
    const { bySentence } = said('"We must innovate. At the same time, we will learn from others," Wang Zhigang said.');
    expect(bySentence).toEqual({ '"We must innovate.': 'wang-zhigang', 'At the same time, we will learn from others," Wang Zhigang said.': 'wang-zhigang' });
  });

  it('never gives a sentence to someone only mentioned inside another speaker\'s quote', () => {
    const { bySentence, people } = said(
      'But Shi Yinhong, a professor, said the efforts would face problems.',
      '“What President Xi said was he hoped for more cooperation, but the situation is much worse,” he said. “China will rely on itself.”',
    );
    expect(people.map((p) => p.slug)).toEqual(['shi-yinhong']);
    expect(new Set(Object.values(bySentence))).toEqual(new Set(['shi-yinhong']));
  });

  it('does not treat institutions as people, nor give their words to the last person', () => {
    const { bySentence, people } = said(
      'Wang Zhigang, the minister, said China would open up.',
      '“The contest has reshaped the landscape,” the NDRC said.',
      '“We have to grasp this opportunity.”',
      'According to the Ministry of Science and Technology, 25 documents were signed.',
    );
    expect(people.map((p) => p.slug)).toEqual(['wang-zhigang']);
    expect(Object.keys(bySentence)).toEqual(['Wang Zhigang, the minister, said China would open up.']);
  });

  it('gives a transcript answer to the speaker of its label, and not the question before it', () => {
    const { bySentence } = said('What progress has China made? Thank you.', 'Wang Zhigang:', 'Thank you for your question. We have made progress.', 'CCTV:', 'A follow-up question on vaccines.');
    expect(bySentence).toEqual({ 'Thank you for your question.': 'wang-zhigang', 'We have made progress.': 'wang-zhigang' });
  });

  it("marks a quote direct when it gives the speaker's own words, reported when the writer's", () => {
    const { kinds } = said(
      'BEIJING, Oct. 30 (Xinhua) -- China will keep its door open, Wang Zhigang, minister of science and technology, said Friday.',
      '"We must improve our capacity for independent innovation," Wang said. "We also hope to learn from others."',
      'Wang insisted that “driving self-reliance is not closing the door” to the world.',
      'Wang said China will host the “Belt and Road” forum.',
      'Wang Zhigang:',
      'Thank you for your question. We have made progress.',
    );
    expect(kinds).toEqual({
      'BEIJING, Oct. 30 (Xinhua) -- China will keep its door open, Wang Zhigang, minister of science and technology, said Friday.': 'reported',
      '"We must improve our capacity for independent innovation," Wang said.': 'direct',
      '"We also hope to learn from others."': 'direct',
      'Wang insisted that “driving self-reliance is not closing the door” to the world.': 'direct',
      // A quoted name is not speech.
      'Wang said China will host the “Belt and Road” forum.': 'reported',
      // A transcript's answer is the speaker's own words, with or without quotation marks.
      'Thank you for your question.': 'direct',
      'We have made progress.': 'direct',
    });
  });

  it('marks a sentence that runs on inside an open quotation as direct', () => {
    const { kinds } = said('“China will accelerate opening-up. We will engage in dialogue with all countries. Nobody can go it alone,” Wang Zhigang said.');
    expect(Object.values(kinds)).toEqual(['direct', 'direct', 'direct']);
  });
});

describe('quotations running on through sentences without a quotation mark', () => {
  it('keeps a quotation open across them, direct while a run-on sentence has four words or more', () => {
    const { bySentence, kinds } = said(
      '“We will build the bridge,” Jane Doe said. “The work starts in spring. It will take four long years. Then we open it.” She left.',
      '“We start today. Go now. It will take four long years,” Jane Doe said.',
      'Jane Doe said the plan "is ready to go now for everyone". The next sentence has no mark at all.',
    );
    expect(bySentence['“The work starts in spring.']).toBe('jane-doe');
    expect(kinds['It will take four long years.']).toBe('direct');
    expect(kinds['Then we open it.”']).toBe('direct');
    expect(kinds['Go now.']).toBe('reported');
    expect(kinds['Jane Doe said the plan "is ready to go now for everyone".']).toBe('direct');
    expect(bySentence['The next sentence has no mark at all.']).toBeUndefined();
  });
});

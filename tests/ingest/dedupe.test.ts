import { describe, expect, it } from 'vitest';
import { splitFusedTitle, chooseTitle } from '../../scripts/ingest/lib/page-text/headline/title.ts';
import { splitSentences } from '../../scripts/ingest/lib/page-text/language/sentences.ts';
import { article, rules } from './helpers.ts';

const P1 = 'Scientists from twelve countries will join the new observatory, the academy said on Monday.';
const P2 = 'The first data are expected in 2027, when the instrument starts regular observations of the sky.';
const P3 = '"We are open to every partner," the director said. "Science has no borders."';

function sentencesOf(body: string) {
  return body.split('\n').flatMap(splitSentences);
}

describe('dedupe', () => {
  it('splits a title fused onto the first sentence and removes its repeats inside the body', () => {
    const title = 'Observatory opens its doors to foreign partners, says academy';
    const once = `${title}${P1}\n${P2}\n${P3}`;
    const { record, report } = article(`${once}${once}${once}`);
    expect(record.title).toBe(title);
    expect(record.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(rules(report)).toEqual(expect.arrayContaining(['fused-title', 'repeated-title', 'repeated-paragraph']));
  });

  it('keeps one copy of a body repeated twice, even when the copies are glued without a line break', () => {
    const { record } = article(`A title about the observatory plans\n\n${P1} ${P2}${P1} ${P2}\n\n${P3}`);
    const sentences = sentencesOf(record.paragraphs.map((p) => p.text).join('\n'));
    expect(sentences.filter((s) => s === P1)).toHaveLength(1);
    expect(sentences.filter((s) => s === P2)).toHaveLength(1);
  });

  it('treats copies that differ only in spacing, case of quotes and punctuation as copies', () => {
    const { record } = article(`A title about the observatory plans\n\n${P3}\n\n${P3.replace(/"/g, '“').replace('“We', '“We').replace(/ +/g, '  ')}`);
    expect(record.paragraphs).toHaveLength(1);
  });

  it('keeps short sentences that legitimately repeat ("Thank you.")', () => {
    const { record } = article(`Transcript of the press conference on science\n\nQ: Thank you. What will the observatory study first in its long first year?\n\nThank you. ${P2}`);
    const body = record.paragraphs.map((p) => p.text).join(' ');
    expect(body.match(/Thank you\./g)).toHaveLength(2);
  });

  it('does not split names or words with inner capitals as fused titles', () => {
    expect(splitFusedTitle('WeChat and iPhone users in McDonald’s restaurants, he said on Friday.')).toBeNull();
    expect(splitFusedTitle('China signs pact, says officialBEIJING will host it')).toBeNull();
  });

  it('prefers the headline over promotions and takes the clean headline over its page-title form', () => {
    const choice = chooseTitle(['A personalised news feed of stories', 'Observatory to open in 2027 - Example Times', 'Observatory to open in 2027'], [P1, P2]);
    expect(choice?.title).toBe('Observatory to open in 2027');
    expect(choice?.variants).toEqual([{ line: 'Observatory to open in 2027 - Example Times', suffix: 'Example Times' }]);
  });

  it('uses the first sentence as the title when the page has no headline, and says so', () => {
    const { record, report } = article(`${P2}\n\n${P1}`);
    expect(record.title).toBe(P2.replace(/\.$/, ''));
    expect(record.paragraphs.map((p) => p.text)).toEqual([P2, P1]);
    expect(rules(report)).toContain('title-from-first-sentence');
  });
});

describe('dedupe: short lines that repeat', () => {
  it('keeps every copy of a command a tutorial types again, and one copy of a button under every item of a list', () => {
    const step = (n: number) => `Step ${n} of the tutorial: the observatory's data archive is copied to the partner institute before the nightly run starts.`;
    const tutorial = ['Mirroring the observatory archive, step by step', step(1), '$ cd ../archive', '$ hg pull -u', step(2), '$ cd ../archive', '$ hg pull -u', step(3)];
    const { record, report } = article(tutorial.join('\n\n'));
    const body = record.paragraphs.map((p) => p.text);
    expect(body.filter((t) => t === '$ cd ../archive')).toHaveLength(2);
    expect(body.filter((t) => t === '$ hg pull -u')).toHaveLength(2);
    expect(rules(report)).not.toContain('repeated-paragraph');

    const item = (n: number) => `Telescope number ${n} is one of the instruments the partners share, and it observes the southern sky every clear night of the year.`;
    const list = ['The instruments of the observatory, one by one'];
    for (let n = 1; n <= 10; n++) list.push(item(n), 'Book Now');
    const listed = article(list.join('\n\n'));
    expect(listed.record.paragraphs.filter((p) => p.text === 'Book Now').length).toBeLessThanOrEqual(1);
  });
});

describe('dedupe: commands and code a tutorial repeats more than three times', () => {
  const step = (n: number) => `Step ${n} of the tutorial: the observatory's data archive is copied to the partner institute before the nightly run starts.`;

  it('keeps every copy of a command, a code line or a log line the article shows again and again', () => {
    const tutorial = ['Mirroring the observatory archive, step by step'];
    for (let n = 1; n <= 6; n++) tutorial.push(step(n), '$ hg push', 'added 1 files', 'fn main() {');
    const { record, report } = article([...tutorial, step(7)].join('\n\n'));
    const body = record.paragraphs.map((p) => p.text);
    expect(body.filter((t) => t === '$ hg push')).toHaveLength(6);
    expect(body.filter((t) => t === 'added 1 files')).toHaveLength(6);
    expect(body.filter((t) => t === 'fn main() {')).toHaveLength(6);
    expect(rules(report)).not.toContain('repeated-paragraph');
  });

  it('keeps one copy of a word or two in words alone, a markup tag or a lone number under every item', () => {
    const page = ['The instruments of the observatory, one by one'];
    for (let n = 1; n <= 6; n++) page.push(step(n), 'Where to buy', 'Camera shop (used)', '</div>', '’98');
    const { record } = article([...page, step(7)].join('\n\n'));
    const body = record.paragraphs.map((p) => p.text);
    for (const line of ['Where to buy', 'Camera shop (used)', '</div>', '’98']) expect(body.filter((t) => t === line).length).toBeLessThanOrEqual(1);
  });
});

describe('dedupe: the same question put to each guest of an interview', () => {
  const HEAD = ['Four astronomers on the new observatory', 'November 19, 2019', P1, P2];
  const question = 'What first drew you to radio astronomy, and what keeps you at the telescope?';
  const answer = (name: string) => `${name}: I was ten when my father took me to the old dish in the valley, and I have wanted to listen to the sky ever since, whatever the weather or the budget.`;

  it('keeps every copy of a question asked three times or more, each time between answers', () => {
    const guests = ['Amina', 'Bruno', 'Chen', 'Dilnoza'];
    const page = [...HEAD, ...guests.flatMap((g) => [`${g} works at the observatory.`, question, answer(g)])];
    const { record } = article(page.join('\n\n'));
    expect(record.paragraphs.filter((p) => p.text === question)).toHaveLength(4);
  });

  it('keeps one copy of a paragraph a page shows twice, or of captions under every picture', () => {
    const twice = article([...HEAD, question, answer('Amina'), question, answer('Bruno')].join('\n\n'));
    expect(twice.record.paragraphs.filter((p) => p.text === question)).toHaveLength(1);
    const caption = 'The new dish of the observatory in the desert, seen from the control room at night';
    const captioned = article([...HEAD, ...['Amina', 'Bruno', 'Chen'].flatMap((g) => [answer(g), caption])].join('\n\n'));
    expect(captioned.record.paragraphs.filter((p) => p.text === caption)).toHaveLength(1);
  });
});

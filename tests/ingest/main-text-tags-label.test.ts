/**
 * Main-text precision: the post's tags near the run's foot (main-text/closing/tags-label.ts). A label
 * of the tags or categories the article was filed under ("Tags:", "Schlagworte:", "Etiquetas:",
 * "Filed under: …"), alone or with its tags after the colon, under the last paragraph: the article
 * is over, and what follows (other stories' teasers, the footer's blurb) is the site's. The article
 * ends above the label and each line from there on is reported. A label over the article, a sentence
 * that opens on the word, and a box of tags the article goes on under stay as before. Invented pages;
 * the foot cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { PIER_HEAD, PIER_PARAGRAPHS } from './pier-story-fixture.ts';
import { isTagsLabel } from '../../scripts/ingest/stages/main-text/closing/tags-label.ts';

const A = PIER_PARAGRAPHS.slice(0, 5);
const TEASER = ['Lighthouse Museum Opens Its Doors Again', 'After three years of repairs the old keeper\'s house welcomes visitors from Saturday, with a new room on the wrecks of the bay.'];
const page = (...foot: string[]) => [PIER_HEAD, ...A, ...foot].join('\n');

describe("main-text precision: the post's tags near the run's foot", () => {
  // Arabic, Chinese, Japanese, Korean, Indonesian and Turkish pages label their tags as the others do (from الوسوم on).
  const labels = [['Tags:', 'Harbor Town', 'Ferries'], ['Schlagworte:', 'Hafen', 'Fähren'], ['Etiquetas: Puerto, Transbordadores'], ['Filed Under: Harbor Town, Ferries, Council']];
  labels.push(['الوسوم:', 'الميناء', 'العبارات'], ['الكلمات المفتاحية: الميناء، العبارات'], ['标签：港口 渡轮'], ['關鍵詞：港口、渡輪'], ['タグ', '港', 'フェリー'], ['태그', '항구', '여객선'], ['Kata kunci: pelabuhan, feri'], ['Anahtar kelimeler: liman, feribot']);
  for (const label of labels) {
    it(`leaves out "${label[0]}", its tags and the teaser under them, with the reason`, () => {
      const { kept, why } = chooseArticle(page(...label, ...TEASER));
      expect(kept.slice(-A.length)).toEqual(A);
      for (const line of [...label, ...TEASER]) expect(kept).not.toContain(line);
      expect(why.get(label[0])).toMatch(/^after the article \(the page's foot: the tags or categories/);
    });
  }

  it('leaves out a tags label over share buttons and readers\' comments, the stretch foot-across-chrome.ts crosses', () => {
    const stretch = ['Tags', 'Harbor Town', 'Ferries', 'Council', 'Share', 'Facebook', 'Twitter', 'Email', 'Ferry fares rise again', 'New lighthouse museum opens'];
    const comment = ['Max Berg', 'I have taken that ferry every morning for twenty years, and I am glad the council finally decided something at last.', 'Reply'];
    const { kept } = chooseArticle(page(...stretch, ...comment));
    expect(kept.slice(-A.length)).toEqual(A);
    expect(kept).not.toContain('Harbor Town');
  });

  it("keeps the article's last section under a heading worded as a label", () => {
    const close = ['Topics', 'The council will also discuss the ferry timetable and the parking fees at its next meeting.'];
    expect(chooseArticle(page(...close)).kept).toEqual(expect.arrayContaining(close));
  });

  it('keeps a sentence that opens on the word', () => {
    const close = 'Topics: the council will discuss the ferry timetable and the parking fees at its next meeting.';
    expect(chooseArticle(page(close, TEASER[1])).kept).toContain(close);
  });

  it('keeps the article going on under a box of tags between its paragraphs', () => {
    const body = [A[0], A[1], 'Tags:', 'Harbor Town', 'Ferries', A[2], A[3], A[4]];
    expect(chooseArticle([PIER_HEAD, ...body].join('\n')).kept).toEqual(expect.arrayContaining(A));
  });

  it('reads tags whose last one ends on an abbreviation\'s full stop ("Filed under bill clinton , warner bros.")', () => {
    const label = 'Filed under harbor town , ferry bros.';
    const { kept, why } = chooseArticle(page(label, ...TEASER));
    expect(kept.slice(-A.length)).toEqual(A);
    expect(why.get(label)).toMatch(/^after the article \(the page's foot: the tags or categories/);
  });

  it('keeps a sentence after the label that ends on its full stop', () => {
    const sentence = 'Filed under the harbor master\'s name, the report was sent to the council last week.';
    expect(chooseArticle(page(sentence, ...TEASER)).why.get(sentence) ?? '').not.toMatch(/tags or categories/);
  });

  it("keeps the article's last section under a heading worded as a label in another script", () => {
    const close = ['キーワード', 'The council will also discuss the ferry timetable and the parking fees at its next meeting.'];
    expect(chooseArticle(page(...close)).kept).toEqual(expect.arrayContaining(close));
  });

  it('keeps a sentence that opens on the word in another script', () => {
    const close = '关键词：委员会将在下次会议上讨论渡轮时刻表和停车费。';
    expect(isTagsLabel(close)).toBe(false);
    expect(isTagsLabel('关键词：港口、渡轮')).toBe(true);
    expect(chooseArticle(page(close, TEASER[1])).kept).toContain(close);
  });

  it("keeps a music review's facts under its last paragraph (\"Label:\" names the record's label)", () => {
    const facts = ['Label: Harbor Records', 'Released: 12 May'];
    expect(chooseArticle(page(...facts)).why.get(facts[0]) ?? '').not.toMatch(/tags or categories/);
  });
});

/**
 * Thai, Lao, Khmer and Burmese write no spaces between words (only between phrases), and their vowel
 * signs are combining marks: counted as runs of letters, a Thai paragraph came out as a handful of
 * broken pieces, a Khmer one as twice its words. Their words are counted as a reader counts them (the
 * dictionary word breaks of Intl.Segmenter, as ICU ships them); the script names the language franc
 * has no model for (Lao, Khmer); the Khmer full stop ends a sentence; in Thai and Lao, which mark no
 * sentence end, a space between the phrases of a long line does. Every text here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { countWords, endsLikeSentence } from '../../scripts/ingest/lib/page-text/language/text.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { articleLines } from '../helpers/main-text.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const THAI = 'งบประมาณในระยะแรกมาจากประเทศสมาชิก ซึ่งตกลงกันเมื่อปีที่แล้วว่าจะแบ่งค่าใช้จ่ายในการก่อสร้างและการดำเนินงานตามขนาดของเศรษฐกิจของแต่ละประเทศ';
const LAO = 'ນັກຄົ້ນຄວ້າຈາກມະຫາວິທະຍາໄລໄດ້ຮ່ວມມືກັບທີມງານຕ່າງປະເທດເພື່ອພັດທະນາເຄື່ອງມືວັດແທກຄຸນນະພາບນ້ຳ ເຊິ່ງຈະຊ່ວຍໃຫ້ຊາວປະມົງກວດກາແຫຼ່ງນ້ຳໄດ້ໄວຂຶ້ນ';
const KHMER = 'អ្នកស្រាវជ្រាវមកពីសាកលវិទ្យាល័យបានសហការជាមួយក្រុមការងារបរទេសដើម្បីអភិវឌ្ឍឧបករណ៍វាស់គុណភាពទឹកថ្មី ដែលនឹងជួយអ្នកនេសាទពិនិត្យប្រភពទឹកបានលឿនជាងមុន។';
const BURMESE = 'တက္ကသိုလ်မှ သုတေသီများသည် နိုင်ငံခြားအဖွဲ့နှင့် ပူးပေါင်း၍ ရေအရည်အသွေးတိုင်းတာသည့် ကိရိယာအသစ်ကို တီထွင်ခဲ့ကြသည်။';

const dictionaryWords = (text: string) => [...new Intl.Segmenter('und', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;

describe('words of scripts written without spaces between them', () => {
  it('counts the words of Thai, Lao, Khmer and Burmese as their dictionaries break them', () => {
    for (const text of [THAI, LAO, KHMER, BURMESE]) expect(countWords(text), text.slice(0, 12)).toBe(dictionaryWords(text));
    // Thai: far more words than the pieces its combining vowels cut it into.
    expect(countWords(THAI)).toBeGreaterThanOrEqual(30);
  });

  it('counts Latin words and figures beside them as before', () => {
    expect(countWords(`ITER 2025 ${THAI} CERN`)).toBe(dictionaryWords(THAI) + 3);
    expect(countWords('people-to-people China\'s ties')).toBe(3);
  });

  it('stops at atMost inside a run, as for every other script', () => {
    expect(countWords(THAI, 5)).toBe(5);
    expect(countWords(`one two ${THAI}`, 4)).toBe(4);
  });

  it('stays linear on a long unspaced run and on many short ones', () => {
    const seconds = cpuSeconds(() => {
      expect(countWords(THAI.replace(' ', '').repeat(2000))).toBeGreaterThan(50_000);
      expect(countWords(`${'ก '.repeat(50_000)}`)).toBe(50_000);
    });
    expect(seconds).toBeLessThan(2);
  });
});

describe('the language of a script franc has no model for', () => {
  it('names Lao and Khmer by their script, and keeps Thai and Burmese', () => {
    expect(detectLanguage(`${LAO}\n${LAO}`).lang).toBe('lo');
    expect(detectLanguage(`${KHMER}\n${KHMER}`).lang).toBe('km');
    expect(detectLanguage(`${THAI}\n${THAI}`).lang).toBe('th');
    expect(detectLanguage(`${BURMESE}\n${BURMESE}`).lang).toBe('my');
  });
});

describe('the Khmer full stop', () => {
  it('ends a sentence', () => {
    expect(endsLikeSentence(KHMER)).toBe(true);
    expect(endsLikeSentence('ព័ត៌មានថ្មីៗ៕')).toBe(true);
    expect(endsLikeSentence('ទំព័រដើម')).toBe(false);
  });
});

describe('Thai prose, which marks no sentence end', () => {
  const TH = detectLanguage(`${THAI}\n${THAI}`);
  it('reads a space between two phrases of a long line as a sentence end, but not in a menu or a headline', () => {
    expect(blockFeatures(THAI, TH).sentenceMarks).toBe(2);
    expect(blockFeatures('หน้าแรก ข่าว กีฬา บันเทิง ติดต่อเรา', TH).sentenceMarks).toBe(0);
    expect(blockFeatures('สถานีวัดระดับน้ำทะเลเปิดรับพันธมิตรต่างชาติ', TH).sentenceMarks).toBe(0);
  });

  it('keeps a short paragraph between two long ones in the article: their words are counted, not pieces, and their phrases end sentences', () => {
    const paragraphs = [
      'สำนักงานการท่าเรือประกาศเมื่อวันจันทร์ว่านักวิทยาศาสตร์จากสิบสองประเทศจะเข้าร่วมโครงการสถานีวัดระดับน้ำทะเลแห่งใหม่ ซึ่งเป็นโครงการที่ใหญ่ที่สุดในภูมิภาคนี้จนถึงปัจจุบัน',
      'ผู้อำนวยการกล่าวว่าการสำรวจครั้งนี้จะใช้เวลาประมาณสามปี',
      'ข้อมูลชุดแรกคาดว่าจะได้รับภายในปีหน้า เมื่อเครื่องมือทั้งหมดเริ่มบันทึกระดับน้ำเป็นประจำทุกชั่วโมง และส่งผลการวัดให้กับสถาบันวิจัยที่ร่วมมือทุกแห่ง',
    ];
    const page = ['หน้าแรก', 'ข่าว', 'สถานีวัดระดับน้ำทะเลเปิดรับพันธมิตรต่างชาติ', ...paragraphs, 'แชร์', 'ข่าวที่เกี่ยวข้อง'].join('\n');
    expect(articleLines(page)).toEqual(paragraphs);
  });
});

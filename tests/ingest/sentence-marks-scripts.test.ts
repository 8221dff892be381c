/**
 * Where a sentence ends, in scripts other than Latin: the Devanagari danda "।", the Arabic question
 * mark "؟" and the Urdu full stop "۔", the Ethiopic and Myanmar full stops; a sentence closed by a
 * quote that is no English one (German „…“, guillemets «…» and »…«, full-width brackets); and Chinese
 * and Japanese full stops, which no space follows. Every text here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { endsLikeSentence } from '../../scripts/ingest/lib/page-text/language/text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { articleLines } from '../helpers/main-text.ts';

describe('a sentence ends on the marks of other scripts', () => {
  it('reads the danda, the Arabic question mark and the Urdu, Ethiopic and Myanmar full stops as sentence ends', () => {
    expect(endsLikeSentence('नगर निगम ने सोमवार को नए पुल का उद्घाटन किया।')).toBe(true);
    expect(endsLikeSentence('हम सब मिलकर काम करेंगे॥')).toBe(true);
    expect(endsLikeSentence('هل سيفتح الجسر الجديد قبل الشتاء؟')).toBe(true);
    expect(endsLikeSentence('شہر کی انتظامیہ نے نیا پل کھول دیا۔')).toBe(true);
    expect(endsLikeSentence('አዲሱ ድልድይ ሰኞ ተከፈተ።')).toBe(true);
    expect(endsLikeSentence('တံတားအသစ်ကို ဖွင့်လှစ်ခဲ့သည်။')).toBe(true);
    expect(endsLikeSentence('नगर निगम समाचार')).toBe(false);
  });

  it('reads a sentence closed inside a quote of another language as ended', () => {
    expect(endsLikeSentence('Der Bürgermeister sagte: „Die Brücke wird im Frühjahr fertig.“')).toBe(true);
    expect(endsLikeSentence('Мэр добавил: «Мост откроют весной!»')).toBe(true);
    expect(endsLikeSentence('Die Ärztin meinte: »Das reicht nicht.«')).toBe(true);
    expect(endsLikeSentence('市長は「橋は春に完成する。」と話した（共同。）')).toBe(true);
    expect(endsLikeSentence('Der Bürgermeister über „Die Brücke“')).toBe(false);
  });
});

describe('Chinese and Japanese sentence marks inside a line', () => {
  const ja = detectLanguage('港の市場は朝からにぎわっていた。漁師たちは早くから魚を並べ、客と値段を話し合っていた。昼前には品物がほとんど売り切れた。');

  it('counts each full stop, though no space follows it', () => {
    const f = blockFeatures('港の市場は朝からにぎわっていた。漁師たちは早くから魚を並べ、客と値段を話し合っていた。昼前には品物がほとんど売り切れたという', ja);
    expect(f.sentenceEnd).toBe(false);
    expect(f.sentenceMarks).toBeGreaterThanOrEqual(2);
  });
});

describe('main-text keeps a short opening paragraph that ends on a danda', () => {
  it('starts the article at its first sentence, not at the first long paragraph', () => {
    const article = [
      'नगर निगम ने सोमवार को नया पुल खोला।',
      'अधिकारियों ने बताया कि पुल के बनने से शहर के पूर्वी हिस्से में रहने वाले लोगों को बाज़ार तक पहुँचने में अब केवल दस मिनट लगेंगे और पुराने रास्ते पर भीड़ भी कम हो जाएगी।',
      'निर्माण का काम दो साल पहले शुरू हुआ था और इसकी लागत तय बजट से कम रही, जिसके लिए ठेकेदार और इंजीनियरों की टीम की सराहना की गई और आगे भी ऐसे काम जारी रखने की बात कही गई।',
      'स्थानीय व्यापारियों का कहना है कि पुल खुलने के बाद से दुकानों पर ग्राहकों की संख्या बढ़ी है और वे आने वाले त्योहारों के मौसम में और अधिक बिक्री की उम्मीद कर रहे हैं।',
    ];
    const page = ['मुख्य पृष्ठ', 'समाचार', 'नदी पर नया पुल खुला', ...article, 'संबंधित समाचार'].join('\n');
    expect(articleLines(page)).toEqual(article);
  });
});

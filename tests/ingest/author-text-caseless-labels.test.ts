/**
 * The text path's byline in a script without capitals, its label before the name: Arabic "بقلم: محمد
 * أحمد", "كتب: …", "تقرير: …", Persian "به قلم …", "نویسنده: …", Hebrew "מאת …", Hindi "लेखक: …"
 * (lib/bylines/caseless-labelled-byline.ts). The person once, without the label, the outlet or the
 * stamp; a label with no name, a role or a newsroom after it, a verb's label without its colon: nobody.
 * The byline's line is no headline and no paragraph of the body.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { caselessBylineBetween, caselessLabelledByline } from '../../scripts/ingest/lib/bylines/caseless-labelled-byline.ts';

const AR = 'قالت الوزارة إن البرنامج سيدعم البحث المشترك بين العلماء من عدة دول خلال السنوات الخمس المقبلة، وسيتم الإعلان عن التفاصيل قريبا.';
const FA = 'وزارت علوم اعلام کرد که این برنامه از پژوهش مشترک دانشمندان چند کشور در پنج سال آینده پشتیبانی خواهد کرد و جزئیات به زودی منتشر می‌شود.';
const HE = 'משרד המדע הודיע כי התוכנית תתמוך במחקר משותף של מדענים ממדינות רבות במהלך חמש השנים הבאות, והפרטים יפורסמו בקרוב.';
const HI = 'मंत्रालय ने कहा कि यह कार्यक्रम अगले पाँच वर्षों में कई देशों के वैज्ञानिकों के संयुक्त शोध का समर्थन करेगा और विवरण जल्द ही जारी किए जाएंगे।';
const page = (headline: string, byline: string, paragraph: string) => `${headline}\n${byline}\n2025-03-04\n${paragraph}\n${paragraph}\n${paragraph}\n`;
const arPage = (byline: string) => page('برنامج جديد للبحث العلمي', byline, AR);

describe('text bylines: a label before a name in a script without case', () => {
  it('reads the Arabic labels, with or without the colon where the label says "by" alone', () => {
    for (const line of ['بقلم: محمد أحمد', 'بقلم محمد أحمد', 'كتب: محمد أحمد', 'تقرير: محمد أحمد', 'إعداد: محمد أحمد', 'بقلم： محمد أحمد', 'بقلم:محمد أحمد']) {
      expect(article(arPage(line)).record.author, line).toBe('محمد أحمد');
    }
    expect(article(arPage('كتبت: سارة علي')).record.author).toBe('سارة علي');
  });

  it('keeps the name alone: no label, no stamp after it, no directional marks', () => {
    const a = article(arPage('\u200fبقلم: محمد أحمد\u200f'));
    expect(a.record.author).toBe('محمد أحمد');
    expect(a.record.title).toBe('برنامج جديد للبحث العلمي');
    expect(a.body).not.toContain('بقلم');
    expect(caselessLabelledByline('بقلم: محمد أحمد | 4 مارس 2025')).toBe('محمد أحمد');
    expect(caselessLabelledByline('بقلم: محمد أحمد - الثلاثاء 4 مارس 2025')).toBe('محمد أحمد');
    expect(caselessLabelledByline('بقلم: محمد أحمد 4 مارس 2025، 10:30')).toBe('محمد أحمد');
    expect(caselessLabelledByline('كتب: محمد أحمد، سارة علي')).toBe('محمد أحمد and سارة علي');
  });

  it('reads the name on the line under a label alone, and the stamp under the name', () => {
    expect(caselessBylineBetween(['عنوان', 'بقلم', 'محمد أحمد', '2025-03-04'], 0, 3)).toEqual({ names: 'محمد أحمد', line: 1 });
    expect(article(`برنامج جديد للبحث العلمي\nبقلم:\nمحمد أحمد\n2025-03-04\n${AR}\n${AR}\n${AR}\n`).record.author).toBe('محمد أحمد');
  });

  it('reads the byline signing the article under it, and leaves its line out of the body', () => {
    const more = 'وأضاف المتحدث أن الجامعات المشاركة ستتلقى تمويلا إضافيا لتدريب الباحثين الشباب في مختبرات مشتركة جديدة.';
    const a = article(`برنامج جديد للبحث العلمي\n2025-03-04\n${AR}\n${more}\n${AR}\nبقلم: محمد أحمد\nمواضيع ذات صلة`);
    expect(a.record.author).toBe('محمد أحمد');
    expect(a.body).toContain(more);
    expect(a.body).not.toContain('بقلم');
  });

  it('reads Persian, Hebrew and Hindi labels', () => {
    expect(article(page('برنامه جدید پژوهش علمی', 'نویسنده: علی رضایی', FA)).record.author).toBe('علی رضایی');
    expect(article(page('برنامه جدید پژوهش علمی', 'به قلم علی رضایی', FA)).record.author).toBe('علی رضایی');
    expect(article(page('תוכנית חדשה למחקר מדעי', 'מאת: דני כהן', HE)).record.author).toBe('דני כהן');
    expect(article(page('תוכנית חדשה למחקר מדעי', 'מאת דני כהן', HE)).record.author).toBe('דני כהן');
    const hi = article(page('वैज्ञानिक शोध के लिए नया कार्यक्रम', 'लेखक: राम शर्मा', HI));
    expect(hi.record.author).toBe('राम शर्मा');
    expect(hi.record.title).not.toContain('लेखक');
  });

  it('a label with no name, a role or a newsroom after it, a sentence, a verb without its colon: nobody', () => {
    for (const line of [
      'بقلم:',
      'بقلم',
      'كتب: فريق التحرير',
      'بقلم: رئيس التحرير',
      'تقرير: وكالات الأنباء',
      'كتب الرئيس رسالة',
      'تقرير عن البحث العلمي في المنطقة',
      'بقلم: محمد أحمد | قال الوزير إن البرنامج سيبدأ العام المقبل بمشاركة عشرات الجامعات',
      'בקרוב: דני כהן',
      'מאת: מערכת החדשות',
      'लेखक ने कहा',
      'लेखक: राम',
      'रिपोर्ट: डेस्क टीम',
      'By: Anna Berg',
      'بقلم: Anna Berg',
    ]) {
      expect(caselessLabelledByline(line), line).toBeNull();
    }
    expect(caselessBylineBetween(['بقلم:', AR], 0, 1)).toBeNull();
    expect(article(arPage('بقلم:')).record.author).toBeNull();
    expect(article(arPage('كتب: فريق التحرير')).record.author).toBeNull();
  });
});

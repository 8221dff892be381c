/**
 * Some scripts are written by one major language: Hebrew, Georgian, Armenian. franc-min has no
 * model for them (it keeps the languages of 8 million speakers or more, or met them as mixed text),
 * so a Hebrew page was recorded "und", or "sv" when a few Latin words were in its sample, and the site
 * tagged its text for a Swedish voice. When most letters of the sample are of such a script, the
 * script names the language. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';

const HEBREW =
  'המדענים משתי המדינות חתמו היום על הסכם לשיתוף פעולה במחקר אנרגיה. ההסכם כולל מימון משותף למעבדות ולתלמידי מחקר. ' +
  'לדברי ראש הצוות, הניסויים הראשונים יתחילו בשנה הבאה במעבדה החדשה.';
const GEORGIAN =
  'ორი ქვეყნის მეცნიერებმა დღეს ხელი მოაწერეს შეთანხმებას ენერგეტიკის სფეროში ერთობლივი კვლევის შესახებ. ' +
  'შეთანხმება ითვალისწინებს ლაბორატორიების ერთობლივ დაფინანსებას.';
const ARMENIAN =
  'Երկու երկրների գիտնականներն այսօր համաձայնագիր են ստորագրել էներգետիկայի ոլորտում համատեղ հետազոտությունների վերաբերյալ։ ' +
  'Համաձայնագիրը ներառում է լաբորատորիաների համատեղ ֆինանսավորում։';

describe('a script written by one major language names it', () => {
  it('Hebrew, Georgian, Armenian', () => {
    expect(detectLanguage(HEBREW).lang).toBe('he');
    expect(detectLanguage(GEORGIAN).lang).toBe('ka');
    expect(detectLanguage(ARMENIAN).lang).toBe('hy');
  });

  it('holds with a few Latin words in the sample', () => {
    const mixed = `ITER SKA CERN Horizon Europe\n${HEBREW}\nPhoto: Press Office`;
    expect(detectLanguage(mixed).lang).toBe('he');
  });

  it('leaves a Latin page quoting a Hebrew phrase to the other rules', () => {
    const english =
      'The agreement, signed on Monday, was welcomed by researchers in both countries. ' +
      'Its title, "שיתוף פעולה", means cooperation, and the first experiments begin next year at the new laboratory.';
    expect(detectLanguage(english).lang).toBe('en');
  });
});

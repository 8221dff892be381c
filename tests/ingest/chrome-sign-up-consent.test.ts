/**
 * The consent line under a newsletter's or an account's sign-up form ("By signing up you agree to our
 * Terms of Use", "Mit meiner Anmeldung zum Newsletter stimme ich … zu") and the box around it (name,
 * pitch, field, button): the page's, never the article's. A sign-up box may stand between paragraphs,
 * so it ends no article there. Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';

describe("a sign-up form's consent line", () => {
  const lines = [
    'By signing up you consent to receive the above newsletter from Harbor Media Inc.',
    'By signing up, you confirm that you are over the age of 16 and agree to receive occasional offers from Harbor Gazette.',
    'By providing your email address, you have read and agree to the Terms and Conditions and Privacy Policy.',
    'By subscribing, you agree to our Terms of Use and Privacy Policy.',
    'By clicking Subscribe you agree to our Privacy Policy.',
    'By entering your email, you agree to receive marketing emails from Harbor Gazette.',
    'Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.',
    'Mit der Anmeldung erklären Sie sich damit einverstanden, unseren Newsletter per E-Mail zu erhalten.',
    'Al suscribirte aceptas la política de privacidad y las condiciones de uso.',
    'En vous inscrivant, vous acceptez nos conditions générales et notre politique de confidentialité.',
    'Iscrivendoti accetti la nostra informativa sulla privacy.',
    'Ao se inscrever, você concorda com a nossa política de privacidade.',
    'Door je aan te melden ga je akkoord met onze privacyverklaring.',
  ];
  it('is the sign-up consent', () => {
    for (const line of lines) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'sign-up-consent' });
  });
  it('leaves an article sentence on what a reader agrees to when no one is told "you"', () => {
    for (const line of [
      'By signing up, users agree to let the company share their data with advertisers, the regulator found.',
      'By clicking on the confirmation link, you "confirm" the address, even though no message was ever sent to it.',
      'Mit der Anmeldung beginnt für die Schüler das neue Schuljahr.',
      'Al suscribirse al plan, los vecinos pagan menos por el agua.',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });
  it('is left out between paragraphs, and the article goes on under it', () => {
    const paragraphs = [
      'The harbour authority opened the new ferry terminal on Monday, two months ahead of schedule and well under the budget the council had set for it last spring.',
      'Commuters said the new waiting hall was warmer and brighter than the old shed, and that the departure boards finally showed the right times for every crossing.',
      'The authority expects the number of passengers to double over the summer, when the islands host their music festival and the sailing regatta.',
      'A second berth for larger ships will open next year, the harbour master said, once the dredging of the channel is finished.',
    ];
    const page = ['Harbor Gazette', 'New ferry terminal opens early', paragraphs[0], paragraphs[1], 'Morning Briefing', 'By signing up you consent to receive the above newsletter from Harbor Media Inc.', paragraphs[2], paragraphs[3]].join('\n');
    const { body, report } = article(page);
    expect(body).not.toContain('By signing up');
    for (const p of paragraphs) expect(body).toContain(p);
    expect(report.entries.some((e) => e.rule === 'sign-up-consent' && e.action === 'removed')).toBe(true);
  });
});

describe("a newsletter's sign-up box around its consent line", () => {
  const paragraphs = [
    'Die Gemeinde hat die neue Fähre am Montag in Betrieb genommen, zwei Monate früher als geplant und deutlich günstiger, als der Rat im vergangenen Frühjahr erwartet hatte.',
    'Pendler loben die helle Wartehalle und die neuen Anzeigetafeln, die endlich für jede Überfahrt die richtigen Zeiten zeigen, auch am Wochenende und an Feiertagen.',
    'Im Sommer rechnet der Hafen mit doppelt so vielen Fahrgästen, wenn auf den Inseln das Musikfestival und die große Segelregatta stattfinden, und die Reedereien wollen deshalb zusätzliche Abfahrten am frühen Morgen und am späten Abend anbieten, damit auch Tagesgäste vom Festland bequem hin und zurück kommen, ohne auf einer der Inseln übernachten zu müssen.',
    'Ein zweiter Anleger für größere Schiffe soll im nächsten Jahr folgen, sagte der Hafenmeister, sobald die Fahrrinne ausgebaggert ist.',
  ];
  it('goes with it: its name, its pitch, its button, the link under it; the article goes on', () => {
    const box = ['Hafen kompakt', 'Jeden Morgen das Wichtigste aus dem Hafen in Ihrem Postfach.', 'E-Mail*', 'Jetzt Anmelden!', 'Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.', 'Weitere Newsletter entdecken'];
    const { body, report } = article(['Hafenzeitung', 'Neue Fähre fährt früher als geplant', paragraphs[0], paragraphs[1], ...box, paragraphs[2], paragraphs[3]].join('\n'));
    for (const line of box) expect(body).not.toContain(line);
    for (const p of paragraphs) expect(body).toContain(p);
    // The button's call alone on its line is the call-button rule's, which reads it first; the rest is the box's.
    expect(report.entries.filter((e) => e.rule === 'sign-up-box').map((e) => e.text)).toEqual([box[0], box[1], box[2], box[5]]);
    expect(report.entries.filter((e) => e.rule === 'call-button').map((e) => e.text)).toEqual([box[3]]);
  });
  it('named like a box of other stories, heads none: the paragraphs under it are the article\'s', () => {
    const en = [
      'The harbour authority opened the new ferry terminal on Monday, two months ahead of schedule and well under the budget the council had set for it last spring.',
      'Commuters said the new waiting hall was warmer and brighter than the old shed, and that the departure boards finally showed the right times for every crossing.',
      'Article content',
      'The authority expects the number of passengers to double over the summer, when the islands host their music festival and the sailing regatta.',
      'Article content',
      'A second berth for larger ships will open next year, the harbour master said, once the dredging of the channel is finished.',
      'Article content',
      'The ferry company said it would add early and late crossings for day visitors from the mainland during the festival weeks.',
    ];
    const box = ['Top Stories', 'Get the latest headlines, breaking news and columns.', 'Sign Up', 'By signing up you consent to receive the above newsletter from Harbor Media Inc.'];
    const { body } = article(['Harbor Gazette', 'New ferry terminal opens early', en[0], en[1], ...box, ...en.slice(2)].join('\n'));
    for (const p of en.filter((l) => l !== 'Article content')) expect(body).toContain(p);
    for (const line of box) expect(body).not.toContain(line);
  });
  it("leaves the article's short closing sentence above a box that shows no name", () => {
    const closing = 'Der Hafenmeister war zufrieden.';
    const { body } = article(['Hafenzeitung', 'Neue Fähre fährt früher als geplant', ...paragraphs, closing, 'Sign Up', 'By signing up you agree to our Terms of Use and Privacy Policy.'].join('\n'));
    expect(body).toContain(closing);
    expect(body).not.toContain('Sign Up');
  });
});

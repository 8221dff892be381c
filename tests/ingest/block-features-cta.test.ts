/**
 * A sentence of the article that speaks of a newsletter or a subscription is prose; a sign-up
 * form's text is furniture. Both paths read the same mark (lib/block-features.ts), so a sentence
 * marked here can be dropped from the body on either.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures, furnitureFeatures } from '../../scripts/ingest/lib/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/language.ts';
import { article, PROSE } from './helpers.ts';

const en = detectLanguage(PROSE);

/** Sentences of an article: a third party's subscription, reported speech, a past event. */
const ARTICLE_SENTENCES = [
  'If you subscribe to the journal, you get its archive too.',
  'Readers who sign up for the ministry’s newsletter can follow the programme.',
  'Officials said you can sign up for the agency’s newsletter to follow the launch.',
  '“Your inbox fills up fast once you subscribe,” said Li Wei, who edits the laboratory’s newsletter.',
  'According to the academy, you will need a subscription to read the full report.',
  'A revista disse que sua newsletter chega hoje a dois milhões de leitores.',
  'Se você assinar a newsletter da revista, recebe também o arquivo dela.',
  'Selon le ministère, vous pouvez vous abonner à sa newsletter pour suivre le programme.',
  'Die Forscher sagten, sie hätten den Newsletter des Instituts abonniert.',
  'El ministerio dijo que usted puede suscribirse al boletín de la agencia.',
  // Prose about the reader's own newsletter or subscription, in neither the page's voice ("our",
  // "we") nor a form's words ("subscribe", "enter", "sent", "thanks"): an article's advice.
  'In every case, your newsletter has to pass through an intermediary that decides whether it is relevant to this person right now.',
  'But if your newsletter lands in the filtered tab, you just lost your reader without ever knowing it.',
  'Yes, as long as you have an active cloud subscription associated with your organisation.',
];

/** A sign-up form's text, in several languages. */
const FORM_TEXTS = [
  'Sign up for our newsletter',
  'Enter your email address',
  'You can unsubscribe at any time',
  'Thanks for subscribing! Check your inbox',
  'Get the best stories of the week in your inbox. Subscribe to our newsletter.',
  'No spam, we promise. You can unsubscribe at any time and we will never share your details without your permission.',
  'Inscreva-se na nossa newsletter e receba as notícias no seu e-mail.',
  'Abonnez-vous à notre newsletter',
  'Suscríbete a nuestro boletín y recibe las noticias en tu correo.',
  'An email with an activation link has just been sent to your email address. Please activate your subscription by clicking the link in it.',
  'Your email address will not be published.',
  'You have entered an incorrect email address!',
  'Holen Sie sich meinen kostenlosen Newsletter',
  'Bleiben Sie auf dem Laufenden mit dem Newsletter der Redaktion, fünf Mal die Woche in Ihrem Postfach.',
];

describe('a call to action: a sentence about a subscription or a newsletter', () => {
  it('does not take an article’s sentence for one, in several shapes and languages', () => {
    for (const line of ARTICLE_SENTENCES) {
      expect(furnitureFeatures(line).callToAction, line).toBe(false);
      expect(blockFeatures(line, detectLanguage(line)).callToAction, line).toBe(false);
    }
  });

  it('keeps a sign-up form’s text one', () => {
    for (const line of FORM_TEXTS) {
      expect(furnitureFeatures(line).callToAction, line).toBe(true);
      expect(blockFeatures(line, en).callToAction, line).toBe(true);
    }
  });

  it('keeps such a sentence in the middle of the article’s body', () => {
    const sentence = 'If you subscribe to the journal, you get its archive too.';
    const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
    const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
    const { body } = article(`Observatory opens its doors to foreign partners\n\nMarch 4, 2024\n\n${PROSE}\n\n${A2}\n\n${sentence}\n\n${A3}\n\n${PROSE.replace('five', 'ten')}`);
    expect(body).toContain(sentence);
    expect(body).toContain(A3);
  });
});

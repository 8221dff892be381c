/**
 * A sentence of the article that speaks of a newsletter or a subscription is prose; a sign-up
 * form's text is furniture. Both paths read the same mark (lib/page-text/lines/block-features.ts), so a sentence
 * marked here can be dropped from the body on either.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures, furnitureFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
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

describe('a call to action: "sua", "su" are the reader’s, or a third party’s', () => {
  /** "sua"/"su" with a third party as the subject before the verb, or in reported speech: the article's sentence. */
  const THIRD_PARTY = [
    'O jornal oferece a sua newsletter a todos os leitores desde março.',
    'A revista lançou a sua newsletter semanal em 2020, com notícias de ciência.',
    'Os institutos enviam a sua newsletter aos parceiros uma vez por mês.',
    'El diario envía su boletín a su correo cada mañana.',
    'La agencia manda el boletín a su correo cada semana.',
    'O ministério afirmou que a sua newsletter chega a dois milhões de leitores.',
  ];
  /** Addressed to the reader, or the page speaking for itself to the reader: a form's text. */
  const READER_DIRECTED = [
    'Assine a nossa newsletter',
    'Suscríbete a nuestro boletín',
    'Receba a sua newsletter',
    'Receba a sua newsletter toda semana no seu e-mail.',
    'A sua newsletter semanal, direto no seu e-mail',
    'Reciba el boletín en su correo.',
    'Cadastre sua assinatura aqui.',
  ];

  it('takes a third party’s "sua"/"su" for the article’s prose', () => {
    for (const line of THIRD_PARTY) {
      expect(furnitureFeatures(line).callToAction, line).toBe(false);
      expect(blockFeatures(line, detectLanguage(line)).callToAction, line).toBe(false);
    }
  });

  it('keeps the reader-directed forms calls to action', () => {
    for (const line of READER_DIRECTED) {
      expect(furnitureFeatures(line).callToAction, line).toBe(true);
      expect(blockFeatures(line, detectLanguage(line)).callToAction, line).toBe(true);
    }
  });
});

describe('a third party’s "sua" in an article’s body', () => {
  it('keeps the sentence in a Portuguese article', () => {
    const P1 = 'O ministério da ciência anunciou nesta segunda-feira um programa de cooperação com universidades de vários países, que deve durar cinco anos.';
    const P2 = 'Os primeiros projetos começam em 2027, quando os laboratórios parceiros passam a partilhar os dados das suas observações com todos os institutos.';
    const sentence = 'O jornal oferece a sua newsletter a todos os leitores desde março.';
    const P3 = 'O financiamento da primeira fase vem dos estados membros, que aceitaram no ano passado dividir os custos de acordo com o tamanho das suas economias.';
    const { body } = article(`Ministério lança programa de cooperação científica\n\n4 de março de 2024\n\n${P1}\n\n${P2}\n\n${sentence}\n\n${P3}\n\n${P1.replace('cinco', 'dez')}`);
    expect(body).toContain(sentence);
    expect(body).toContain(P3);
  });
});

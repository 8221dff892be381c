/**
 * A comment form's notes (the spam filter, sign in to comment, keep to the netiquette, the e-mail
 * field that is not published), in English, German and Spanish: the form's, never the article's.
 * Every line here is written for the test; they failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';

describe("a comment form's notes", () => {
  it('are the form\'s', () => {
    for (const line of [
      'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
      'Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.',
      'Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los datos de tus comentarios.',
      'You must be logged in to post a comment.',
      'Sie müssen sich anmelden, um Kommentare zu schreiben.',
      'Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.',
      'Para comentar debes registrarte y completar los datos generales.',
      'E-Mail (wird benötigt und nicht veröffentlicht)',
      'Mail (will not be published) (required)',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'comment-form-note' });
  });

  it('leaves sentences of an article on comments, spam or sign-ins alone', () => {
    for (const line of [
      'The harbour office uses a filter to reduce spam in its inbox, the clerk said.',
      'Para comentar el proyecto, los vecinos deben registrarse en el ayuntamiento antes del viernes.',
      'Sie müssen sich anmelden, um am Hafenfest teilzunehmen, sagte die Veranstalterin.',
      'Die Namen der Zeugen werden nicht veröffentlicht, teilte das Gericht mit.',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
  });

  it('are left out under the article, and reported', () => {
    const paragraphs = [
      'The new ferry between the islands carries two hundred passengers and forty cars, and it crosses the strait in under an hour even in a strong westerly wind.',
      'Its engines run on batteries charged at both harbours overnight, which the operator says halves the cost of every crossing compared with the old diesel boats.',
    ];
    const page = ['The quiet ferry that halves the cost of a crossing', ...paragraphs, 'Leave a Reply', 'Name *', 'This site uses Akismet to reduce spam. Learn how your comment data is processed.'].join('\n');
    const { body } = article(page);
    expect(body).not.toContain('Akismet');
    for (const p of paragraphs) expect(body).toContain(p);
  });
});

/**
 * Main-text precision: a comment section whose commenters go by lower-case handles or phrases
 * ("harbor_fan", "ann aus dem norden"): each comment ends on the commenter's name run into the reply
 * button ("harbor_fan antworten"), the name shown over the comment a few lines above. That repeat is
 * a comment's mark however the name is written, so the comment count over them is the section's
 * heading and the comments are no part of the article. Invented page; failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';
import { GERMAN_HEAD, GERMAN_PARAGRAPHS } from '../helpers/german-article.ts';

const A = GERMAN_PARAGRAPHS.slice(0, 3);
const HEAD = GERMAN_HEAD;
const C1 = [
  'Ich wohne selbst in der Nordstadt und kann nur sagen, dass die Baustelle seit dem Frühjahr jede Nacht bis elf Uhr lärmt, ohne dass sich die Stadt darum kümmert oder auch nur antwortet.',
  'Wer soll das am Ende bezahlen? Die Gebühren sind schon jetzt höher als in allen Nachbarorten, und niemand erklärt uns, warum das Netz so viel teurer wird als versprochen.',
];
const C2 = 'Das Kraftwerk am Fluss war von Anfang an eine gute Idee, und die paar Monate Lärm sind der Preis dafür, dass wir in zehn Jahren nicht mehr von Öl und Gas abhängen.';

describe('main-text precision: comments signed by lower-case handles', () => {
  it('ends the article above the comment count when each comment closes on its name and the reply button', () => {
    const comments = ['3 Kommentare', 'Neueste / Älteste', 'Kommentar melden', 'harbor_fan', 'Link kopieren', '29.04.2023, 11:14 Uhr', ...C1, 'harbor_fan antworten', 'ann aus dem norden', 'Link kopieren', '30.04.2023, 08:02 Uhr', C2, 'ann aus dem norden antworten'];
    const { kept } = chooseArticle(`${HEAD}\n${A.join('\n')}\n${comments.join('\n')}\nMeistgelesen`);
    expect(kept).toEqual(A);
  });

  it('keeps a paragraph whose last words are "antworten" when no line above names what precedes it', () => {
    const line = 'Die Stadt will bis Ende Mai auf alle Fragen der Anwohner antworten';
    const { kept } = chooseArticle(`${HEAD}\n${A.join('\n')}\n${line}\n${A[0].replace('Montag', 'Dienstag')}`);
    expect(kept).toContain(line);
  });
});

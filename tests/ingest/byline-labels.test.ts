/**
 * lib/bylines/byline-labels.ts: one vocabulary of byline labels for the text path's header (segment), the
 * lines around a headline (headline) and the name's cleaner (author). Every label of every language,
 * alone, with a colon, before a name and run into it; and words that start like a label but are none.
 */
import { describe, expect, it } from 'vitest';
import { article, PROSE } from './helpers.ts';
import { BYLINE, BYLINE_LABELS, BYLINE_OTHER_LANGUAGE, GLUED_BYLINE, LABEL_ALONE, LABEL_THEN_NAME, PREPOSITION_THEN_NAME, SENTENCE_WORD_TOO } from '../../scripts/ingest/lib/bylines/byline-labels.ts';
import { isAuthorLine } from '../../scripts/ingest/lib/page-text/headline/headline.ts';
import { cleanAuthor } from '../../scripts/ingest/lib/bylines/author.ts';
import { countWords } from '../../scripts/ingest/lib/page-text/language/text.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { notAHeadline } from '../../scripts/ingest/lib/page-text/headline/title.ts';

type Kind = 'by' | 'author' | 'field';
const every = (kind: Kind): { lang: string; label: string }[] =>
  Object.entries(BYLINE_LABELS).flatMap(([lang, kinds]) => (kinds[kind] as readonly string[]).map((label) => ({ lang, label })));
const capitalise = (label: string) => label[0].toUpperCase() + label.slice(1);
/** The regular expression that reads a label then a name in the header, by the label's language. */
const headerByline = (lang: string) => (lang === 'en' ? BYLINE : BYLINE_OTHER_LANGUAGE);
const authorLine = (line: string) => isAuthorLine(line, { byline: false, words: countWords(line) });

/** Words that start like a label and are none. */
const NOT_LABELS = ['Bypass', 'Byron', 'Version', 'Portugal', 'Party', 'Bypass Road Closed', 'Byron Keel', 'Version History', 'Portugal Beats Spain', 'Party Leaders Meet', 'Authorities Say', 'Authority', 'Textbook', 'Writers Guild', 'Doorbell', 'DoorDash Drivers Strike', 'Texture Matters'];

describe('byline labels: every label of every language', () => {
  it('has each kind of label in several languages', () => {
    expect(new Set(every('by').map((x) => x.lang)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(every('author').map((x) => x.lang)).size).toBeGreaterThanOrEqual(6);
  });

  it('a `by` or `author` label alone on its line, with its colon or not, in any case', () => {
    for (const { label } of [...every('by'), ...every('author')]) {
      for (const line of [label, capitalise(label), label.toUpperCase(), `${capitalise(label)}:`, `${label} :`, `${capitalise(label)}：`]) {
        expect(LABEL_ALONE.test(line), line).toBe(true);
      }
    }
  });

  it('a `field` noun alone is a label only with its colon ("Authors", "Text" alone are links)', () => {
    for (const { label } of every('field')) {
      expect(LABEL_ALONE.test(`${capitalise(label)}:`), label).toBe(true);
      expect(LABEL_ALONE.test(capitalise(label)), label).toBe(false);
    }
  });

  it('a label then a name, with a colon or a space: the header reads the name', () => {
    for (const { lang, label } of every('by')) {
      for (const line of [`${capitalise(label)} Anna Berg`, `${capitalise(label)}: Anna Berg`, `${label.toUpperCase()} ANNA BERG`]) {
        expect(headerByline(lang).exec(line)?.[1], line).toBe(line.endsWith('ANNA BERG') ? 'ANNA BERG' : 'Anna Berg');
      }
    }
    for (const { lang, label } of [...every('author'), ...every('field')]) {
      expect(headerByline(lang).exec(`${capitalise(label)}: Anna Berg`)?.[1], label).toBe('Anna Berg');
      expect(LABEL_THEN_NAME.test(`${capitalise(label)}: Anna Berg`), label).toBe(true);
      expect(LABEL_THEN_NAME.test(`${capitalise(label)} Anna Berg`), label).toBe(true);
    }
  });

  it('a preposition inside a line, after a word or two, then a name', () => {
    for (const { label } of every('by').filter((x) => !x.label.includes(' '))) {
      expect(PREPOSITION_THEN_NAME.test(`Analysis ${label} Anna Berg`), label).toBe(true);
    }
    expect(PREPOSITION_THEN_NAME.test('Ditulis oleh Budi Santoso')).toBe(true);
    expect(PREPOSITION_THEN_NAME.test('Geschreven door Jan Smit | 3 min')).toBe(true);
  });

  it('a label run into the name, capitalised or in capitals; never the Dutch "door" (an English word too) nor the Greek articles', () => {
    expect([...SENTENCE_WORD_TOO]).toEqual(expect.arrayContaining(['door', 'του', 'της', 'των']));
    for (const { label } of every('by')) {
      const glued = `${capitalise(label)}Anna Berg`;
      expect(GLUED_BYLINE.exec(glued)?.[1], glued).toBe(SENTENCE_WORD_TOO.has(label) ? undefined : 'Anna Berg');
    }
    expect(GLUED_BYLINE.test('ΤηςΕλλάδας η φωνή')).toBe(false);
    expect(GLUED_BYLINE.test('BYAnna Berg')).toBe(true);
    expect(GLUED_BYLINE.test('DoorDash Drivers Strike')).toBe(false);
  });

  it('a label run into a name whose first word is two joined by a hyphen; never a word that begins with "By"', () => {
    expect(GLUED_BYLINE.exec('ByYi-Jin Yu ')?.[1]).toBe('Yi-Jin Yu ');
    expect(GLUED_BYLINE.exec('BYJean-Luc Picard')?.[1]).toBe('Jean-Luc Picard');
    expect(GLUED_BYLINE.exec('VonHans-Peter Müller')?.[1]).toBe('Hans-Peter Müller');
    expect(GLUED_BYLINE.test('Byron-Smith Keel')).toBe(false);
    expect(GLUED_BYLINE.test('Bystander-Effect Study')).toBe(false);
    expect(GLUED_BYLINE.test('ByYi-jin yu')).toBe(false);
    expect(GLUED_BYLINE.test('ByYi- Jin Yu')).toBe(false);
  });

  it('the cleaner takes every `by` and `author` label off a byline, spaced, with a colon or run into the name', () => {
    for (const { label } of [...every('by'), ...every('author')]) {
      expect(cleanAuthor(`${capitalise(label)} Anna Berg`), label).toBe('Anna Berg');
      expect(cleanAuthor(`${capitalise(label)}: Anna Berg`), label).toBe('Anna Berg');
    }
    for (const { label } of every('by').filter((x) => !SENTENCE_WORD_TOO.has(x.label))) expect(cleanAuthor(`${capitalise(label)}Anna Berg`), label).toBe('Anna Berg');
  });

  it('words that start like a label are none', () => {
    for (const line of NOT_LABELS) {
      for (const re of [BYLINE, BYLINE_OTHER_LANGUAGE, GLUED_BYLINE, LABEL_ALONE, LABEL_THEN_NAME, PREPOSITION_THEN_NAME]) expect(re.test(line), `${re.source.slice(0, 30)} ${line}`).toBe(false);
      expect(authorLine(line), line).toBe(false);
    }
    expect(cleanAuthor('Byron Keel')).toBe('Byron Keel');
    expect(cleanAuthor('Portugal Party')).toBe('Portugal Party');
  });
});

describe('byline labels: each place knows what another knew', () => {
  const page = (...header: string[]) => `Menu\nHome\nNews\nHeadline on joint research in science\n${header.join('\n')}\n${PROSE}\n${PROSE}\n${PROSE}`;

  it('the headline rules take a label alone ("Author", "Door", "Reported by") for the byline over the name', () => {
    for (const line of ['Author', 'Door', 'Reported by', 'Story by:', 'Autor', 'Auteur']) expect(authorLine(line), line).toBe(true);
  });

  it('the headline rules take "Posted by admin", "Author: Jane Roe", "Autorin Anna Berg"; not "Text messages…" (byline-labels-rest.test.ts: "Author information" heads the byline\'s section)', () => {
    for (const line of ['Posted by admin', 'Author: Jane Roe', 'Autorin Anna Berg', 'Text: Anna Berg', 'Geschreven door Jan Smit']) expect(authorLine(line), line).toBe(true);
    for (const line of ['Text messages are the new letters', 'Reporters describe the scene', 'Authority information desk opens']) expect(authorLine(line), line).toBe(false);
  });

  it('the text header reads "Oleh" alone over the name, and "Posted by", "Reported by" before it', () => {
    expect(article(page('Oleh', 'Budi Santoso', 'March 12, 2025')).record.author).toBe('Budi Santoso');
    expect(article(page('Posted by Anna Berg', 'March 12, 2025')).record.author).toBe('Anna Berg');
    expect(article(page('Reported by Anna Berg', 'March 12, 2025')).record.author).toBe('Anna Berg');
  });
});

describe('byline labels: a line that opens with one is a byline wherever it stands', () => {
  it('the block mark and the "no headline" rule know the same labels', () => {
    for (const line of ['By Anna Berg', 'Von Anna Berg', 'Por Ana Gómez', 'Par Jean Roy', 'Oleh Budi Santoso', 'Автор: Иван Петров', 'Текст Анна Иванова', '작성자 김민수']) {
      expect(blockFeatures(line, detectLanguage(line)).byline, line).toBe(true);
      expect(notAHeadline(line), line).toBe(true);
    }
  });

  it('not "Door", an English word too, nor a phrase after "By"', () => {
    for (const line of ['Door to door delivery', 'By Any Means Necessary', 'Bypass Road Closed', 'Portugal Beats Spain']) {
      expect(blockFeatures(line, detectLanguage(line)).byline, line).toBe(false);
    }
    expect(notAHeadline('Door Hinges Explained')).toBe(false);
  });
});

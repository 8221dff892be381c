/**
 * The article's credit lines alone on their line (lib/page-text/chrome/credit-lines.ts): an agency's
 * short name ("(AFP)", "mit dpa", "SDA/sep") and the roles that worked on the piece ("Redaktion: …",
 * "Reporting by … in …; Editing by …"), in several languages. Both paths read them through the clean
 * stage's chrome rules. Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { clean } from '../../scripts/ingest/stages/clean.ts';
import { Report } from '../../scripts/ingest/report.ts';
import type { Unit } from '../../scripts/ingest/types.ts';

const ruleOf = (line: string) => ({ line, rule: chromeRuleOf(line)?.id });

describe("an agency's name alone", () => {
  it('in brackets, after "with" in several languages, or with an editor\'s initials after a slash', () => {
    const lines = ['(AFP)', '(NTB)', '(dpa/AFP)', '( AP )', '(AFP).', 'mit dpa', 'Mit AFP', '— mit dpa', 'with AP', 'avec AFP', 'con EFE', 'com ANP', 'SDA/sep', 'dpa/AFP', 'APA/red', 'KNA/dpa/red'];
    for (const line of lines) expect(ruleOf(line)).toEqual({ line, rule: 'agency-credit' });
  });
  it('leaves headings, units and words that share the shape', () => {
    const lines = ['NATO', 'FAQ', 'TCP/IP', 'and/or', 'km/h', '(sic) that is what he wrote', 'mit dem Rad zur Arbeit', 'with great power', 'con la familia', '(Mehr dazu unten)', '(1/2)', 'Mit Kindern', '(or)', '(and)', '(and/or)', '(dpa)'];
    for (const line of lines) expect(ruleOf(line)).toEqual({ line, rule: undefined });
  });
});

describe('the roles that worked on the piece', () => {
  it('a role, a colon and names, one role or several, in several languages', () => {
    const lines = [
      'Redaktion: Anna Berg, Jan Roth',
      'Faktencheck: Jan Roth',
      'Übersetzung: Mira Oetker-Kast, Redaktion: Anna Berg, Schlussredaktion: Lea Stein, Audioversion: Ida Hahn und Tom Beck',
      'Edited by: Keri Vale',
      'Editing: Tom Hale; Translation: Ann Lee',
      'Rédaction : Claire Martin',
      'Traducción: Lucía Gómez y Pablo Ruiz',
      'A cura di: Marco Bianchi',
      'Redação: João Silva e Ana Costa',
      'Revisão: Ana Costa.',
    ];
    for (const line of lines) expect(ruleOf(line)).toEqual({ line, rule: 'staff-credits' });
  });
  it("an agency's credits that say where each reporter was", () => {
    const lines = [
      'Reporting by Ann Lee in Paris, Tom Hale in The Hague and Li Wei in London; Writing by Li Wei; Editing by Sam Roe',
      '(Reporting by Ann Lee, Tom Hale, with reporting by Li Wei and Sam Roe, editing by Kim Park.)',
      'Additional reporting by Ann Lee in Berlin',
    ];
    for (const line of lines) expect(ruleOf(line)).toEqual({ line, rule: 'wire-credits' });
  });
  it('leaves a sentence under the same label, a byline and an author in a list', () => {
    const lines = [
      'Redaktion: Die Zahlen stammen aus dem Bericht der Behörde.',
      'Editor: we fixed the headline after readers wrote in.',
      'Written by Ann Lee',
      'Author: Ann Lee',
      'Reporting by the local paper showed the mayor knew.',
      'Translation: the word means "river" in the old tongue.',
      // A journal's or a book's page heads its lists so.
      'Editors: Ann Lee, Tom Hale',
      'Contributors: Ann Lee',
    ];
    for (const line of lines) expect(ruleOf(line)).toEqual({ line, rule: undefined });
  });
});

describe('the clean stage', () => {
  it('removes the credit lines under the article and reports each with its reason', () => {
    const unit = (text: string, zone: Unit['zone'] = 'body') => ({ text, zone }) as Unit;
    const units = [unit('The council met on Tuesday and voted to close the old bridge for repairs.'), unit('Repairs start in May, the mayor said.'), unit('mit dpa'), unit('Redaktion: Anna Berg, Jan Roth')];
    const report = new Report('credits.txt');
    const kept = clean(units, { headline: '' } as never, report);
    expect(kept.map((u) => u.text)).toEqual(units.slice(0, 2).map((u) => u.text));
    expect(report.entries.map((e) => [e.rule, e.action, e.text])).toEqual([
      ['agency-credit', 'removed', 'mit dpa'],
      ['staff-credits', 'removed', 'Redaktion: Anna Berg, Jan Roth'],
    ]);
    expect(report.entries.every((e) => (e.detail ?? '').length > 10)).toBe(true);
  });
});

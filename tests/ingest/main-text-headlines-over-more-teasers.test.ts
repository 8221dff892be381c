/**
 * Main-text precision: another story's headline over its teaser between the article's paragraphs
 * (main-text/inside/headlines-over-more-teasers.ts). The chrome knows the teaser's summary by its
 * "mehr" / "more" link (a chrome line, which a later stage drops: the run here keeps it); the headline right above
 * it is left out, and the article goes on under the teaser. The article's sub-heading over its own paragraph and a sentence over a teaser stay.
 * Invented pages, in German and English; the headline cases failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { chooseArticle } from '../helpers/main-text.ts';

const DE = [
  'Nach zweiundvierzig Sitzungen hat der Untersuchungsausschuss zum Hochwasser am Fluss die Beweisaufnahme beendet und seinen Bericht angekündigt.',
  'Schwere Vorwürfe waren schon kurz nach der Katastrophe laut geworden, vor allem gegen den damaligen Landrat, der die Warnungen zu spät weitergab.',
  'Auch hochrangige Politiker gerieten unter Druck, weil die Landesregierung nach Ansicht der Opposition viel zu spät reagiert hatte.',
  'Der Minister verkündete ein halbes Jahr später seinen Rücktritt, nachdem Videoaufnahmen aus der Nacht des Hochwassers aufgetaucht waren.',
  'Politische Beobachter zeigen sich vor allem enttäuscht davon, wie wenig die Regierungschefin über die Lage in der Nacht gewusst haben will.',
];
const HEADLINE = 'Koalition in der Hauptstadt Was der Rücktritt des Ministers bedeutet';
const SUMMARY = 'Für die Regierungschefin ist es ein herber Schlag: der Rücktritt ihres Innenministers mitten in der Krise. mehr';

describe("main-text precision: another story's headline over its teaser", () => {
  it('leaves out the headline over a teaser with its "mehr" link, and the article goes on under it', () => {
    const { kept, why } = chooseArticle(['Ausschuss beendet Beweisaufnahme', ...DE.slice(0, 3), HEADLINE, SUMMARY, ...DE.slice(3)].join('\n'));
    expect(kept.filter((l) => l !== SUMMARY)).toEqual(DE);
    expect(why.get(HEADLINE)).toMatch(/headline over its teaser/);
  });

  it('reads an English teaser with its "more" link, the headline asking', () => {
    const en = [
      'The council voted on Tuesday to rebuild the old harbour wall, after two winters of storms left large parts of it in the sea.',
      'The work will take two years and cost about twelve million dollars, most of it paid by the state under its coastal protection fund.',
      'Fishermen who moor their boats along the wall will move to the new pontoons at the north pier while the builders are at work.',
      'The harbour master said the first section should be finished before the autumn storms, if the stone arrives from the quarry on time.',
    ];
    const headline = 'Will the ferry fares go up again this year?';
    const summary = 'The ferry company says higher fuel prices leave it no choice, but the town council wants to see the figures first. more';
    const { kept } = chooseArticle(['Harbour wall to be rebuilt', ...en.slice(0, 2), headline, summary, ...en.slice(2)].join('\n'));
    expect(kept.filter((l) => l !== summary)).toEqual(en);
  });

  it("keeps the article's sub-heading over its own paragraph, and a sentence over a teaser", () => {
    const sub = 'Was der Ausschuss jetzt noch prüft';
    expect(chooseArticle(['Ausschuss beendet Beweisaufnahme', ...DE.slice(0, 3), sub, ...DE.slice(3)].join('\n')).kept).toContain(sub);
    const sentence = 'Der Bericht soll bis zur Sommerpause vorliegen.';
    expect(chooseArticle(['Ausschuss beendet Beweisaufnahme', ...DE.slice(0, 3), sentence, SUMMARY, ...DE.slice(3)].join('\n')).kept).toContain(sentence);
  });
});

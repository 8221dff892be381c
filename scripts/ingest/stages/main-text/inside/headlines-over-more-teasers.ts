/**
 * Another story's headline over its teaser, the teaser set between the article's paragraphs:
 * "Ampelkoalition in Mainz Was der Rücktritt von Lewentz bedeutet" / "Für die Ministerpräsidentin ist
 * es ein herber Schlag … mehr". The chrome knows the summary by its "mehr" / "more" link at the end
 * (lib/page-text/chrome, `teaser-more-link`) and the run crosses it; the headline over it is a short
 * line, no sentence, which the run kept as a sub-heading of the article.
 *
 * What shows it is the teaser's: it stands right above the summary the chrome named, and reads as a
 * headline (a few words, no full stop: it may ask or exclaim). The article's own sub-heading stands
 * over the article's paragraph, not over another story's summary. The headline is left out with its
 * reason, weighing as little as a caption does, so the run goes on past it. Used by ../../main-text.ts
 * before the run is found. Found with scripts/bench/extract/census/kept-lines.ts on the fundus and snippet
 * sets' dev pages (headlines kept between paragraphs).
 */
import type { ClassedBlock } from '../../main-text.ts';
import { leaveOut } from '../shared/leave-out.ts';

/** Words of another story's headline: a kicker run into it ("Spiegels Rücktritt Wenn der Gegenwind zu stark wird") counts too. */
const HEADLINE_WORDS = { min: 3, max: 20 };
/** A headline may ask or exclaim: it ends on no full stop. */
const ENDS_ON_A_FULL_STOP = /\.["'”’»)]?$/u;
const ASKS_OR_EXCLAIMS = /[?!？！]["'”’»)]?$/u;

const WHY = "another story's headline over its teaser (the summary with its \"more\" link)";

export function headlinesOverMoreTeasers(lines: string[], blocks: ClassedBlock[]): void {
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i].features.chrome?.id !== 'teaser-more-link') continue;
    const b = blocks[i - 1];
    const f = b.features;
    const line = lines[i - 1].trim();
    // A question or an exclamation reads as a short sentence ('near'), a headline all the same.
    const headlineClass = b.cls === 'short' || (b.cls === 'near' && ASKS_OR_EXCLAIMS.test(line));
    if (!headlineClass || f.introducesList || f.bullet || f.words < HEADLINE_WORDS.min || f.words > HEADLINE_WORDS.max) continue;
    if (ENDS_ON_A_FULL_STOP.test(line)) continue;
    leaveOut(b, WHY);
  }
}

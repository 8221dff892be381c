/**
 * The text path's name with no label, then the writer's social handle on its own line, then the
 * article's stamp ("Tessa Lund" / "@tessalund" / "Fri 22 Dec 2023 15.30 CET"): the handle stood between
 * the name and its stamp, so the name had nothing beside it and the page named nobody. A section's
 * words over a handle line (words the page writes in lower case) stay no byline.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const STANDFIRST = 'Don’t be alarmed. The council says the money is there, so let the river board get to the bottom of this difficult issue';
const BODY = [
  'The council voted on Tuesday to fund a second crossing over the river, ending a debate that has run for most of the decade.',
  'Engineers expect work on the foundations to begin in the spring, once the water level has fallen and the barges can reach the site.',
  'The river board, which manages the banks, said it would ask for changes to the plans before it gives its consent to the works.',
  'Residents on both sides of the river have long complained about the queues on the old bridge at the start and the end of each day.',
].join('\n\n');
const page = (...byline: string[]) => `Menu\nHome\nNews\nTravel\nMoney\nThe new bridge over the river comes next year\n\n${STANDFIRST}\n\n${byline.join('\n')}\n\n${BODY}`;

describe('text bylines: a handle between the name and its stamp', () => {
  it('"Tessa Lund" / "@tessalund" / the stamp', () => {
    expect(article(page('Tessa Lund', '@tessalund', 'Fri 22 Dec 2023 15.30 CET')).record.author).toBe('Tessa Lund');
    expect(article(page('Ivo Brandt', '@Ivo_Brandt', 'January 19, 2024')).record.author).toBe('Ivo Brandt');
  });

  it("a section's words over a handle line are no name", () => {
    expect(article(page('River Board', '@riverboard', 'Fri 22 Dec 2023 15.30 CET')).record.author).toBeNull();
  });
});

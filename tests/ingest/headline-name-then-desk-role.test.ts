/**
 * "Jane Roe Education editor": a byline of the writer's name, then her desk and role with no comma
 * between. Under a headline and its standfirst (a long line with no full stop), it is the article's
 * header, and the headline is the line over the standfirst, not the standfirst the byline follows. A
 * Title-Case headline that ends on a role ("Meet the New Garden Editor") is no byline.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const BODY = [
  'Thousands of gardeners on the coast are being asked to water their beds at night, as the reservoirs fall to their lowest level in a decade.',
  'The report by the water board says that a ban on hoses could follow within weeks if the dry weather lasts into the autumn.',
  'It calls on councils to publish how much water their parks use, and on households to collect rain from their roofs.',
].join('\n\n');

const titleOf = (page: string) => article(page).record.title;

describe('a byline of a name, a desk and a role', () => {
  it('heads the article: the headline is the line over the standfirst', () => {
    const page = `News\nOpinion\nGardens\nWater\nCoast\nGardeners on the coast 'asked to water only at night'\nReport says a ban on hoses could follow within weeks as reservoirs fall to their lowest level in a decade\nJane Roe Environment editor\nMon 20 Jan 2020 06.05 GMT\n${BODY}`;
    expect(titleOf(page)).toBe("Gardeners on the coast 'asked to water only at night'");
  });

  it('is no Title-Case headline ending on a role', () => {
    const page = `News\nMeet the New Garden Editor\nMon 20 Jan 2020 06.05 GMT\n${BODY}`;
    expect(titleOf(page)).toBe('Meet the New Garden Editor');
  });
});

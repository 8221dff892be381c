/**
 * Text path: a strip of other stories' titles, each over its age and writer ("1dAnn Lee"), runs from
 * the page's menu down to the article. The headline is taken from that strip, and the article's run
 * opens inside it (a title that asks questions reads as sentences), so the article's own title and
 * its stamp row ("Jo Park, CorrespondentDec 22, 2023, 10:15 PM") stand inside the run, more than the
 * header's window under that headline. A line of the run over its first paragraph is the article's
 * header: its date is the article's, when the row names its writer (a date alone there may be the
 * article's own first line). Under the first paragraph, the same row is the article's text.
 * Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const MENU = ['Skip to main content', 'Menu', 'HARBOUR SPORT', 'scores', '', 'Football', 'Rugby', 'Tennis', 'Golf', 'Cycling', 'Athletics', 'Sailing', 'Rowing', 'More Sports', 'Home', 'Scores', 'Fixtures', 'Transfers', 'Teams', 'Tables'];
const TEASERS = [
  ['With the winter cup in hand, the Rovers have earned a place among the great club sides', '2dJo Park'],
  ['Port Athletic sell a quarter of the club to new owners', '6hJo Park'],
  ['Dire United lose 2-1 at home to Wanderers', '7hWire'],
  ["Keeper: 'I don't know how' the goal was allowed", '1dLi Wei'],
  ['Rovers stay top after a wild draw at the docks', '1dWire'],
  ["Coach: 'We can't feel sorry for ourselves'", '1dAnn Lee'],
  ['Wanderers climb into the top four with a win at the bay', '1dWire'],
  ['Townsend scores as the Lions upset the Hawks', '1dWire'],
  ['Ten-man Athletic win late at the harbour', '1dWire'],
  ['City cruise past the Saints to lead by four points', '1dWire'],
  ['Player ratings: the forwards miss again, but the new striker offers hope', '6hDan Moss'],
  ['The league at midwinter: club by club, the season so far', '12hIan Dale'],
  ['Winter transfers that could cause chaos: a striker to the capital, and more', '12hJon Carter'],
  ["Rating this year's winter jumpers from the top clubs", '5dChris Wren'],
  ["The Rovers' entertaining draw helps City most in the title race", '1dAnn Lee'],
  ['League news: the Saints impress, a record falls at the docks', '22hHarbour Sport'],
  ['No goals, no hope: a home defeat sums up a predictable United', '1dLi Wei'],
  ['Why the Rovers cannot keep their captain, or let him go', '3dAnn Lee'],
  ['As the new fixture list comes out, all eyes turn to the derby', '2dKyle Bond'],
  ["LIVE Transfer Talk: the Rovers interested in the Saints' young winger", '1mNed Judd'],
  ["Making sense of the court's ruling on the breakaway league: it matters to the clubs, but maybe not in the way you think", '3dGabe Marr'],
  ['Transfer window preview: a striker to the Rovers? The captain to leave the Saints?', '4dHarbour Sport'],
];
const TITLE = 'Rovers make their case as the best side in the land with a cup win';
const ROW = 'Jo Park, CorrespondentDec 22, 2023, 10:15 PM';
const FIRST = 'NORTH BAY -- If there was any doubt before, there is none now: the Rovers have earned their place among the best club sides the league has known.';
const REST = `Winning the cup on Friday was more a formality than a real test, but the league champions are now, officially, the holders of the cup as well. They did it with a calm 4-0 win over Port Athletic, who were a goal down inside the first minute and never looked like coming back.

The coach spoke before the game about closing the circle and winning the one trophy the club had never won under him. They did that, with the quiet control that has marked the other trophies the club has won since he arrived in the town.

"It's a beautiful, beautiful day," the coach said after the final whistle. "We had the feeling we would close the chapter, and we did it together, players and staff and supporters."

The club will now turn to the league, where it stands four points clear at the top with a game in hand over its nearest rivals.`;
const top = `${MENU.join('\n')}\n${TEASERS.map((t) => t.join('\n')).join('\n')}\n${TITLE}`;

describe("a stamp row over the run's first paragraph, the headline taken lines above the run", () => {
  it('dates the article', () => {
    const { record, report } = article(`${top}\n${ROW}\nEmail\nPrint\n\n${FIRST}\n\n${REST}\n`);
    expect(record.date?.date).toBe('2023-12-22');
    expect(rules(report)).toContain('date-stamp-over-run-first-paragraph');
  });

  it("dates it by a row whose writer's outlet runs into the date", () => {
    const { record } = article(`${top}\nJo Park, HSNDec 22, 2023, 06:21 AM ET\nEmail\nPrint\n\n${FIRST}\n\n${REST}\n`);
    expect(record.date?.date).toBe('2023-12-22');
  });

  it("does not read a date alone there as the header's, which may open the article itself (a diary's day)", () => {
    // The page's only dated line may still date it (sole-date-line.ts): that rule is not this one.
    const { report } = article(`${top}\nFriday, December 22, 2023\nEmail\nPrint\n\n${FIRST}\n\n${REST}\n`);
    expect(rules(report)).not.toContain('date-stamp-over-run-first-paragraph');
  });

  it('is not the same row under the first paragraph: the article names the day there', () => {
    const { record } = article(`${top}\nEmail\nPrint\n\n${FIRST}\n\n${ROW}\n\n${REST}\n`);
    expect(record.date).toBeNull();
  });
});

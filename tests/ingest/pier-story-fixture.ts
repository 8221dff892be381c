/**
 * The short news story the main-text foot tests put page feet under: a headline, its byline and
 * date, and six paragraphs of plain prose. Written for the tests.
 */

/** The headline, byline and date over the story, one a line. */
export const PIER_HEAD = 'Harbor town votes on a new ferry pier\nBy Ann Lee\nMarch 12, 2024';

/** The story's paragraphs. */
export const PIER_PARAGRAPHS = [
  'The council of Harbor Town voted on Tuesday to build a new ferry pier at the north end of the bay, after two years of public debate about the cost and the site.',
  'The old pier, built in 1958, has been closed to heavy traffic since a storm damaged its pilings last winter, and the ferries now dock at a temporary landing.',
  'Engineers told the council that the new pier would take eighteen months to build and would be able to take the larger boats the ferry company plans to buy.',
  'Residents of the north shore said they welcomed the decision but asked the council to keep the construction traffic away from the school on Bay Road.',
  'The mayor said the town would hold a public meeting in April to present the plans, and that the work could begin as soon as the permits are granted.',
  'The cost of the pier is put at twelve million dollars, of which the state will pay half under its programme for small ports and harbours along the coast.',
];

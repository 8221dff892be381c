/**
 * A headline right under a row of buttons or menu entries, over its deck and byline: the line over
 * the deck is the headline though like lines stand above it, when its words are the article's more
 * than the deck's are (a deck says what the article does, the headline names its subject). A menu's
 * last entry over the article's headline and byline shares fewer of the article's words than it.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const BODY = [
  'Nothing will keep a garden alive through the summer better than watering at the right hours, matched to the weather, the soil and the plants you grow.',
  'This information gives you an idea of when each bed needs water and how much, from seedlings in spring to the tomatoes of late summer, and what a month of it costs.',
  'Keep it by the back door: a garden watered on time needs less water in the end, and the beds stay healthy through the heat.',
].join('\n\n');

const titleOf = (page: string) => article(page).record.title;

describe('a headline under a row of buttons, over its deck and byline', () => {
  it('is the line over the deck, not the deck the byline follows', () => {
    const page = `Sign In\nDonate\nStop overpaying for your garden supplies.\nSee How It Works\nJoin Now Upgrade Donate\nYour Garden Watering Checklist\nA guide to common tasks and what they cost you each month\nBy Jane Roe\nUpdated by John Doe\nUpdated April 10, 2025\n${BODY}`;
    expect(titleOf(page)).toBe('Your Garden Watering Checklist');
  });

  it('is the line the byline follows, under a menu whose last entry shares fewer of its words', () => {
    const page = `Sign In\nDonate\nSee How It Works\nJoin Now Upgrade Donate\nGarden Tools and Water Supplies\nWatering the summer garden, bed by bed, from seedlings to tomatoes in the heat\nBy Jane Roe\nUpdated April 10, 2025\n${BODY}`;
    expect(titleOf(page)).toBe('Watering the summer garden, bed by bed, from seedlings to tomatoes in the heat');
  });
});

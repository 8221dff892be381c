/**
 * A section's name over the headline ("People & Culture" / "6 Kinds of … You Need to Know About"):
 * a label of a few words, every one capitalised, right over a longer line in Title Case with no full
 * stop. Its words are few, so they match the article's as well as the headline's many do; the longer
 * line under it is the headline. A short headline over its deck in sentence case stays the headline.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

const DECK = 'Setting up your first farm plan? This guide covers what each season asks of the valley, its fields and the people who work them.';

describe('a section label over the headline', () => {
  it('is not the headline: the longer Title-Case line under it is', () => {
    const page = `Menu\nWorld\nResources\nCareers\nBlogs\nRice Farmers & Villages\n6 Kinds of Seed Plans You Need to Know About\n${DECK}\n4 min Read\nFebruary 27, 2024\nAuthor\nJane Roe\nTable of Contents\n${BODY}`;
    expect(titleOf(page)).toBe('6 Kinds of Seed Plans You Need to Know About');
  });

  it('leaves a short headline over its deck in sentence case', () => {
    const page = `Menu\nWorld\nResources\nYour Rice Farming Calendar\nHow a village council doubled the harvest of the valley\nBy Jane Roe\nFebruary 27, 2024\n${BODY}`;
    expect(titleOf(page)).toBe('Your Rice Farming Calendar');
  });
});

/**
 * Text path: the article's run of text begun above its headline (a menu with a line of description
 * under each entry, which main-text took into the run), and the stamp right over the headline inside
 * that run. A header gives the stamp over its title as the article's; inside the run it is read the
 * same way, the line kept as written. Small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { article, rules } from './helpers.ts';

const MENU = `Notice: Our team grows again
Offerings
01 Build:
Kite Toolkit
A small framework and command line for building quick services.
02 Deploy to the cloud:
Kite Functions
A quiet engine for edge services and functions on any cloud.
Hosting
Put your Kite services on our serverless cloud.
03 Deploy to your cluster:
Kite Cluster
Run and watch your Kite services inside your own cluster.
Builders
Guides Samples & Starters Languages We Support
Forum Source
Journal
Talk to Sales Console Sign-in
Book a Call Try Functions
Return
Journal research`;
const HEADLINE = `Five lessons from twenty years of small companies`;
const ARTICLE = `Ann Lee
startups business
I had the chance to speak at a small gathering of founders last spring, and this is what I told them about building a company.
Who am I, and why should anyone listen to me?
The first lesson is to spend most of your time on the product and on the people who will buy it, and much less on everything else.
Lesson 1: Put the product first
The second lesson is that most demand is already met by someone else, so a new company has to find the part of it that is not.
The third lesson is that a team is built one person at a time, and each person changes what the next one will find when they arrive.
Lesson 2: Hire slowly
The fourth lesson is that money buys time and nothing else, so every round should be spent as if it were the last one you would get.
The fifth lesson is that the market will tell you the truth long before your own reports do, if only you are willing to listen to it.
Lesson 3: Listen
In the end, each of these lessons cost me a company or two to learn, and I hope that writing them down saves someone else the trouble.`;
const page = (over: string) => `${MENU}\n${over}\n${HEADLINE}\n${ARTICLE}\n`;

describe("a stamp right over the headline, inside the article's run", () => {
  it('dates the article, the line kept', () => {
    const { record, report, body } = article(page('April 18, 2024'));
    expect(record.date?.date).toBe('2024-04-18');
    expect(rules(report)).toContain('date-stamp-over-headline-in-run');
    expect(body).toContain('I had the chance to speak');
  });

  it('is not a sentence with a date in it', () => {
    const { record } = article(page('We first met on April 18, 2024, in a small hall by the river.'));
    expect(record.date).toBeNull();
  });
});

/**
 * An e-mail address alone on a line, closing the article ("jane.roe@example.com" under the last
 * paragraph): the writer's contact, which newspapers print under the story in its own element. It is
 * no sentence of the story, and the human-marked bodies leave it out (utomo's dev pages: six such
 * lines after the last true paragraph, none kept). An address inside a sentence ("Write to us at
 * tips@example.com") is the sentence's and stays; so does an address with any other word on its line.
 * Found with html-kept-chrome.ts on the utomo set's dev pages (the lines after the last true one).
 */
import { EMAIL_LINE } from '../../bylines/reporter-sign-off.ts';

export const CLOSING_ADDRESS_WHY = "the writer's e-mail address alone on a line, closing the article";

/** Whether a closing line is an e-mail address and nothing else. */
export function isClosingAddress(text: string): boolean {
  const line = text.trim();
  return line.length <= 200 && line.includes('@') && EMAIL_LINE.test(line);
}

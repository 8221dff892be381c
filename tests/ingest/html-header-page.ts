/**
 * A saved page whose header (the <h1> and what follows it) stands apart from the article's text, as
 * many pages set it: for the HTML path's author tests, which vary only that header and the <head>.
 */
import { article } from './helpers.ts';

/** The article's three paragraphs. */
export const P = [
  'China and the European Union agreed on Tuesday to expand joint research on climate science, the science ministry said in a statement after talks in Brussels.',
  'Under the plan, universities in both regions will share data from ocean observation stations and run twenty joint doctoral programmes over the next five years.',
  'Officials said the first projects would start in the spring, with funding from both sides and a review of progress planned for the end of the second year.',
];

/** The record the HTML path makes of the page with `header` after its <h1> and `head` in its <head>. */
export const headerPage = (header: string, head = '') =>
  article(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EU and China expand climate research</title>${head}</head><body>
<header class="post-header"><h1>EU and China expand climate research</h1>${header}</header>
<main><section class="content">${P.map((p) => `<p>${p}</p>`).join('')}</section></main>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`,
    'page.html',
  ).record;

/**
 * A Next.js page's streamed data (lib/html/read/next-stream.ts) is untrusted input like the rest of
 * the page: pushes a browser never runs (in a comment, a <noscript>, a <template>, a <textarea>) hold
 * no article, what a budget leaves of the stream's HTML is said, and no cut, length or escape makes
 * the reading crash, hang or differ between two runs. Every fixture is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';
import { nextStreamPayload } from '../../scripts/ingest/lib/html/read/next-stream.ts';
import { runningScriptBodies } from '../../scripts/ingest/lib/html/read/running-scripts.ts';
import { cpuSeconds } from './cpu-seconds.ts';

const PARAGRAPHS = [
  'The harbour board opened the rebuilt north pier at Eastwick on Monday, three years after a winter storm tore away its seaward end.',
  'Divers checked the new piles for a week before the opening, and the board says the pier can now take the weight of two fishing boats unloading.',
  'Fishermen who moved their boats to the next town after the storm said they would be back by the summer, though the ice house is not yet rebuilt.',
  'The board paid for the work from its reserve and a grant from the region, and expects the pier to need no large repair for forty years.',
  'A café and a small museum of the harbour are planned for the old customs house at the landward end once the roof has been made safe.',
];
const HIDDEN = 'qzxHiddenStreamToken';

const pushOf = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}])</script>`;
const textRow = (id: string, text: string, bytes = new TextEncoder().encode(text).length) => `${id}:T${bytes.toString(16)},${text}`;
const html = (paragraphs: string[]) => paragraphs.map((p) => `<p>${p}</p>`).join('');
const page = (dom: string, scripts: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>North pier reopens at Eastwick | The Coast Post</title><meta name="author" content="Ida Holm">
<meta property="article:published_time" content="2025-05-12T08:00:00Z"></head>
<body><main>${dom}</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>${scripts}</body></html>`;
const read = (source: string) => article(source, 'page.html');

/** The stream's article with a word only its hidden copy holds; the DOM shows its opening. */
const hiddenArticle = pushOf(textRow('2', html(PARAGRAPHS.map((p) => `${p} ${HIDDEN}`))));
const opening = html(PARAGRAPHS.slice(0, 1));

describe('a hostile Next.js stream', () => {
  // Each fails when the pushes are looked for in the page's whole text (as before): the hidden copy
  // is then read as the article, and its word reaches the body.
  it.each([
    ['a comment', (s: string) => `<!-- ${s} -->`],
    ['a <noscript>', (s: string) => `<noscript>${s}</noscript>`],
    ['a <template>', (s: string) => `<template>${s}</template>`],
    ['a <textarea>', (s: string) => `<TEXTAREA name="x">${s}</TEXTAREA>`],
    ['a <style>', (s: string) => `<style>${s}</style>`],
    ['a script of templates', (s: string) => s.replace(/<script>/g, '<script type="text/template" id="t">')],
    ['a data block', (s: string) => s.replace(/<script>/g, "<script nonce='n' TYPE='application/json'>")],
  ])('reads no push in %s: a browser never runs it', (_, hide) => {
    const { body } = read(page(opening, hide(hiddenArticle)));
    expect(body).toContain(PARAGRAPHS[0]);
    expect(body).not.toContain(HIDDEN);
    expect(nextStreamPayload(hide(hiddenArticle)).chunks).toBe(0);
  });

  it.each([
    ['a line comment', (s: string) => s.replace('<script>', '<script>// ')],
    ['a block comment', (s: string) => s.replace('<script>', '<script>/* ').replace('</script>', ' */</script>')],
    ['a dead branch', (s: string) => s.replace('<script>', '<script>if (false) ')],
    ['a string', (s: string) => s.replace('<script>', '<script>var note = `').replace('</script>', '`;</script>')],
  ])('reads no push that is not the statement its script opens on: one in %s never runs', (_, hide) => {
    // Fails when a push is looked for anywhere in a running script: the hidden copy is then read.
    const { body } = read(page(opening, hide(hiddenArticle)));
    expect(body).toContain(PARAGRAPHS[0]);
    expect(body).not.toContain(HIDDEN);
    expect(nextStreamPayload(hide(hiddenArticle)).chunks).toBe(0);
    // The same push opening its script, after a line end and spaces, is read.
    expect(nextStreamPayload(hiddenArticle.replace('<script>', '<script>\n  ')).chunks).toBe(1);
  });

  it('still reads a push after a comment, an empty comment (<!-->) and a script that names another, in a script of any script type', () => {
    const before = '<!-- a note --><!--><!---><script>var s = "<noscript>";</script><script data-type="text/plain"></script>';
    for (const open of ['<script>', '<script nonce="x" type="text/javascript">', '<SCRIPT type=module>', '<script type="">']) {
      const { body } = read(page('', before + pushOf(textRow('2', html(PARAGRAPHS))).replace('<script>', open)));
      for (const p of PARAGRAPHS) expect(body).toContain(p);
    }
  });

  it('finds the scripts in one pass: tags and comments left open, and scripts with no push, stay fast', () => {
    // Fails if each script's search for a push ran on to the page's end (a page of many scripts
    // then took quadratic time) or if an open tag were looked for again from each character.
    const scripts = '<script>var a = 1;</script>'.repeat(100_000);
    const open = '<noscript'.repeat(100_000) + '<!--'.repeat(100_000);
    const seconds = cpuSeconds(() => {
      expect([...runningScriptBodies(scripts + open)].length).toBe(100_000);
      const { body } = read(page('', scripts + pushOf(textRow('2', html(PARAGRAPHS)))));
      expect(body).toContain(PARAGRAPHS[4]);
      expect(nextStreamPayload(scripts + open + pushOf('x')).chunks).toBe(0);
    });
    expect(seconds).toBeLessThan(10);
  });

  it("says what of the stream's HTML the page's text budget left unread", () => {
    // Fails when the stream's HTML is built without its budget being reported: its text past the
    // budget was then lost silently.
    const many = Array.from({ length: 36_000 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]);
    const { report } = read(page('', pushOf(textRow('2', html(many)))));
    expect(report.entries.find((e) => e.rule === 'next-stream')).toBeDefined();
    expect(report.entries.find((e) => e.stage === 'html' && e.rule === 'text-cap')?.detail).toMatch(/not read/);
  });

  it('survives lengths past the payload, cut mid-character, lone surrogates and deep brackets, the same on every run', () => {
    const emoji = [...PARAGRAPHS, ...PARAGRAPHS.map((p) => `${p.replace(/\.$/, '')} 🌊🌊`)];
    const whole = new TextEncoder().encode(html(emoji)).length;
    const pages = [
      pushOf(textRow('2', html(PARAGRAPHS), 0xffffffff) + '\n3:["$"]\n'),
      pushOf(textRow('2', html(emoji), whole - 6)),
      `<script>self.__next_f.push([1,"2:Tffff,\\ud800${JSON.stringify(html(PARAGRAPHS)).slice(1, -1).replace(/pier/g, '\\udc00$&\\ud83c')}"])</script>`,
      pushOf('0:' + JSON.stringify({ __html: html(PARAGRAPHS).replace(/pier/g, '\udc00$&\ud83c') }) + '\n'),
      pushOf('0:' + '['.repeat(100_000) + JSON.stringify(html(PARAGRAPHS)) + ']'.repeat(100_000) + '\n'),
    ].map((s) => page('', s));
    for (const [i, source] of pages.entries()) {
      const first = (() => { try { return read(source).body; } catch (e) { throw new Error(`page ${i}: ${(e as Error).message}`); } })();
      expect(first).toContain(PARAGRAPHS[2]);
      expect(first).not.toMatch(/[\ud800-\udfff]/u);
      expect(read(source).body).toBe(first);
    }
  });
});

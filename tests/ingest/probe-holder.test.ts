import { describe, expect, it } from 'vitest';
import { probeHolder } from '../../scripts/ingest/lib/html/article/probe-holder.ts';
import { answerInCommentThread } from '../../scripts/ingest/lib/html/article/comment-thread-answer.ts';
import { cpuSeconds } from './cpu-seconds.ts';

/** A node as the HTML stage's DOM has it: an element's text is its text and element children's, concatenated. */
type FakeNode = {
  nodeType: number;
  nodeName: string;
  parentNode: FakeNode | null;
  childNodes: FakeNode[];
  children: FakeNode[];
  textContent: string | null;
  getAttribute(name: string): string | null;
};

function text(value: string): FakeNode {
  return { nodeType: 3, nodeName: '#text', parentNode: null, childNodes: [], children: [], textContent: value, getAttribute: () => null };
}
function comment(value: string): FakeNode {
  return { nodeType: 8, nodeName: '#comment', parentNode: null, childNodes: [], children: [], textContent: value, getAttribute: () => null };
}
function el(tag: string, kids: FakeNode[], attrs: Record<string, string> = {}): FakeNode {
  let known: string | undefined;
  const node: FakeNode = {
    nodeType: 1,
    nodeName: tag,
    parentNode: null,
    childNodes: kids,
    children: kids.filter((k) => k.nodeType === 1),
    // Remembered, as the HTML stage's DOM remembers it (these trees are not changed once built).
    get textContent() {
      if (known === undefined) {
        known = '';
        for (const k of kids) if (k.nodeType === 1 || k.nodeType === 3) known += k.textContent;
      }
      return known;
    },
    getAttribute: (name) => attrs[name] ?? null,
  };
  for (const k of kids) k.parentNode = node;
  return node;
}

const squeeze = (t: string) => t.replace(/\s+/g, ' ').trim();
const elements = (root: FakeNode): FakeNode[] => [root, ...root.children.flatMap(elements)];

/** The search as it was: each level's children squeezed anew. */
function locateByLevels(body: FakeNode, probe: string): FakeNode | null {
  if (!squeeze(body.textContent ?? '').includes(probe)) return null;
  let at = body;
  for (;;) {
    const next = at.children.find((c) => squeeze(c.textContent ?? '').includes(probe));
    if (!next) return at;
    at = next;
  }
}
function locateByHolder(body: FakeNode, probe: string): FakeNode | null {
  const holder = probeHolder(body, probe);
  if (!holder.holds(body)) return null;
  let at = body;
  for (;;) {
    const next = at.children.find((c) => holder.holds(c));
    if (!next) return at;
    at = next;
  }
}

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const PIECES = ['a', 'b', 'ab', ' ', '  ', '\n', '\t ', '\u00a0', 'x y', ' a ', 'b\n\nb', '', 'é', '\u2003'];

function randomTree(next: () => number, depth: number): FakeNode {
  const kids: FakeNode[] = [];
  const count = Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const r = next();
    if (depth > 0 && r < 0.45) kids.push(randomTree(next, depth - 1));
    else if (r < 0.5) kids.push(comment('a b'));
    else kids.push(text(PIECES[Math.floor(next() * PIECES.length)] + PIECES[Math.floor(next() * PIECES.length)]));
  }
  return el('DIV', kids);
}

describe('probeHolder', () => {
  it('says of every element what squeezing its own text says, on random trees and probes', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const root = randomTree(next, 4);
      const whole = squeeze(root.textContent ?? '');
      const probes = ['a', 'b b', 'a b', ' ', 'ab ', 'zz'];
      for (let i = 0; i < 6 && whole.length; i++) {
        const from = Math.floor(next() * whole.length);
        probes.push(whole.slice(from, from + 1 + Math.floor(next() * 6)));
      }
      for (const probe of probes) {
        const holder = probeHolder(root, probe);
        for (const e of elements(root)) expect(holder.holds(e), `seed ${seed}, probe ${JSON.stringify(probe)}`).toBe(squeeze(e.textContent ?? '').includes(probe));
        expect(locateByHolder(root, probe)).toBe(locateByLevels(root, probe));
      }
    }
  });

  it('reads a stretch cut inside a run of whitespace as trimmed there', () => {
    const inner = el('SPAN', [text('  hello   ')]);
    const root = el('DIV', [text('say \n'), inner, text('\t world')]);
    const holder = probeHolder(root, 'hello ');
    expect(holder.holds(inner)).toBe(false);
    expect(holder.holds(root)).toBe(true);
    expect(probeHolder(root, 'say hello world').holds(root)).toBe(true);
  });

  it('finds an answer 400 levels down a thread without squeezing every level again', () => {
    const words = 'a reply that goes on and on '.repeat(500);
    let item = el('P', [text('The first reader comment, its opening line.')]);
    for (let level = 0; level < 400; level++) item = el('DIV', [el('P', [text(words)]), item]);
    const thread = el('UL', [el('LI', [item], { id: 'comment-216' }), el('LI', [el('P', [text(words)])], { id: 'comment-217' })]);
    const body = el('BODY', [thread]);
    let answer: boolean | undefined;
    expect(cpuSeconds(() => (answer = answerInCommentThread(body as never, 'The first reader comment, its opening line.')))).toBeLessThan(1.5);
    expect(answer).toBe(false);
  });

  it('still tells an answer standing in a numbered item of a thread', () => {
    const thread = el('OL', [
      el('LI', [el('P', [text('A reader writes: the bridge was closed on Monday.')])], { id: 'comment-216' }),
      el('LI', [el('P', [text('Another reader disagrees.')])], { id: 'comment-217' }),
    ]);
    const body = el('BODY', [el('DIV', [el('H1', [text('Bridge closed')]), el('P', [text('The article.')])]), thread]);
    expect(answerInCommentThread(body as never, 'A reader writes: the bridge was closed on Monday.')).toBe(true);
    expect(answerInCommentThread(body as never, 'The article.')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { frontmatterYaml } from '../../scripts/ingest/lib/frontmatter-yaml.ts';

const library = (data: object) => YAML.stringify(data, { lineWidth: 0, version: '1.1' });

/** Strings YAML would read as something else, or must quote, escape or fold. */
const NASTY = [
  '', ' ', 'plain words', 'China to upgrade cooperation: official', 'key: value', 'ends with colon:', 'a #hash', '#start', 'x#y',
  '- dash', '-', '?', '? q', ':', 'trailing space ', ' leading space', '"quoted"', "it's", `both " and '`, "'single'",
  'y', 'Y', 'n', 'yes', 'No', 'on', 'OFF', 'true', 'False', 'null', 'Null', '~', '<<', '0', '42', '-7', '+3', '0x1F', '0b101', '017',
  '1_000', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan', '190:20:30', '1:2.5', '2019-01-01', '2019-1-1', '2019-01-01 10:32:00',
  '2019-01-01T10:32:00Z', '19.11.2019', '2019', 'v1.2', '%percent', '--- marker', '... dots', 'a\nb', 'tab\there', 'back\\slash',
  'nbsp\u00a0here', 'line\u2028sep', 'bom\ufeff', 'ctrl\u0001', 'del\u007f', 'emoji 🎉', 'lone \ud800 surrogate', '中文：标题',
  '[bracket]', '{brace}', 'a, b', '&anchor', '*alias', '!tag', '|pipe', '>fold', '@at', '`tick', 'a: b: c', 'x:y', 'http://a.b/c?d=e#f',
  'Published 3:45 p.m. ET Nov. 19, 2019', 'CAPE TOWN, Jan. 1 (Xinhua) -- China', 'a'.repeat(500) + ' long',
];

describe('frontmatterYaml writes what the yaml library writes', () => {
  it('for every nasty string, as a value, in a list and in a list of maps', () => {
    for (const s of NASTY) {
      const data = { title: s, topics: [s, 'iter'], people: [{ slug: 'x', name: s, role: null }], summary: s };
      expect(frontmatterYaml(data), JSON.stringify(s)).toBe(library(data));
    }
  });

  it('for the shapes frontmatter has, and the ones it hands to the library', () => {
    const shapes: object[] = [
      { slug: 'a', author: null, topics: [], people: [], paragraphs: 7, words: 0, lang: 'en' },
      { a: { b: [{ c: 1, d: ['x'] }], e: [] }, g: {}, h: true, k: false },
      { f: [[1]], i: -0, j: 1.5, big: 2 ** 60, u: undefined },
      { nested: { deeper: { list: [{}, { a: [] }, 'x'] } } },
      { yes: 1 }, { 'odd key': 1 }, {}, { d: new Date(0) },
    ];
    const shared = { a: 1 };
    shapes.push({ one: shared, two: shared });
    for (const data of shapes) expect(frontmatterYaml(data), JSON.stringify(data)).toBe(library(data));
  });

  it('on 1,500 random frontmatters built from characters YAML cares about', () => {
    let seed = 13;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = [...'ab 01:-#\'"?,.[]{}&*!|>%@`~+_\\/eE', 'yes', 'null', '0x', '.inf', '2019-01-01', '\n', '\t', '\u00a0', 'é', '中'];
    const word = () => Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 1500; i++) {
      const data = { slug: word(), title: word(), topics: [word(), word()], people: [{ slug: word(), name: word(), role: random() < 0.5 ? null : word() }], words: Math.floor(random() * 1000) };
      expect(frontmatterYaml(data), JSON.stringify(data)).toBe(library(data));
    }
  });
});

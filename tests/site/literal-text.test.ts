/**
 * Text is data, never code: an article full of things MDX, HTML or Markdown would act on is built
 * into the real site (ingest + astro build, in a temporary copy of the project) and must show up on
 * its page letter for letter, with no script, element or heading made from it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { describeTrouble } from '../helpers/quality-browser.ts';
import { browserAndServer } from '../helpers/browser-and-server.ts';
import { searchAs } from '../helpers/quality-search.ts';
import { serveSite } from '../helpers/quality-server.ts';
import { DomUtils } from 'htmlparser2';
import { ancestors, elements, parseHtml, type Element } from '../helpers/quality-html.ts';

const repo = join(import.meta.dirname, '..', '..');
const HOSTILE = [
  'export const leak = process.env and more words so this line reads as prose here.',
  'import fs from "node:fs" is a line of code that a reporter pasted into the story.',
  'The minister wrote {1 + 1} and {process.exit(1)} on the board during the talk.',
  'A reader posted <script>document.title="owned"</script> under the story yesterday.',
  'The code <Tag /> and <Component prop={1}>child</Component> appeared in the leak.',
  '# Not a heading, * not a list, 1. not a list, > not a quote, --- not a rule.',
  'Entities &copy; &amp; &#x41; and `code` and <!-- a comment --> stay as written.',
  'A reader typed &lt;script&gt; into the form, and the page must show those characters.',
  // GFM would turn these into links and strikethrough, and its autolinks keep the `\&` escape.
  'The portal https://example.org/search?a=1&b=2 lists www.example.com and press@example.org for readers.',
  'Budgets were ~~cut~~ by ~5~ per cent, the ~~~ note ~said~ in the annex to the agreement.',
];

// Three measures: laboratories in two sentences, engineers and projects once each, by no one named.
const FIGURES = 'Numbers test page\n\n2021-05-06\n\nThe province opened 14 laboratories and trained 370 engineers last year.\n\nA later survey found 12 laboratories in the same province.\n\nThe fund financed 45 projects across the region.\n';

// A title with a closed isolate (kept, as right-to-left text is written) and a paragraph with an
// override left open (dropped by the ingest), said by someone so that it is quoted elsewhere too.
const BIDI_TITLE = 'Bidi \u2067אבג\u2069 isolation test page';
const BIDI = `${BIDI_TITLE}\n\n2021-05-07\n\nThe minister \u202Esigned the charter on Friday with partners from eleven countries, officials said.\n\n"We will open a second \u2067מעבדה\u2069 next year," said Wang Zhigang, the minister.\n`;

// Right-to-left words inside English sentences, and a whole quote in Arabic, where the ingest finds
// people, their roles, quotes, a measure and the outlet: each is shown on pages of the site's own words (people,
// figures, topics, briefings) and must be isolated there. Invented names.
const RTL = [
  'Right to left names test page', '2021-05-09',
  '"We will open a second laboratory with جامعة الميناء next year," said Ann Lee, director of the مركز البحوث institute.',
  '"نحن نرحب بهذا التعاون العلمي مع الشركاء," said Samir Haddad, the minister.',
  'Layla Nasser, head of מכון הים, said the agreement would last five years.',
  '"The centre now runs 14 مختبرات across the region," said Ann Lee.',
  'A later survey counted 16 مختبرات in the same region.',
  'Copyright © 2021 صحيفة الميناء. All rights reserved.',
].join('\n\n') + '\n';
/** A letter of a right-to-left script (Hebrew to Arabic Extended, their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

// A report in Japanese among English ones: its title, wherever the site shows it, is marked as Japanese.
const JAPANESE_TITLE = '大阪に国際共同研究センターが開設された';
const JAPANESE = `${JAPANESE_TITLE}\n\n2021-05-08\n\n大阪の大学と海外の十二の研究機関は、新しい国際共同研究センターを大阪に開設したと発表した。センターでは気候と材料の研究が行われる。\n\n研究者たちは、今後五年間で共同研究の数を二倍に増やす計画だと述べた。参加する機関はアジアとヨーロッパの大学である。\n\nセンターの所長は、若い研究者の交流を広げることが最も大切な目標だと話した。\n`;

let html = '';
let site = '';
const work = mkdtempSync(join(tmpdir(), 'literal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  // A copy with its own node_modules/.astro, so this build never shares Astro's data store with another.
  const dir = copyProject(join(work, 'project'), repo);
  mkdirSync(join(dir, 'seeds'));
  for (const seed of readdirSync(join(repo, 'seeds'))) cpSync(join(repo, 'seeds', seed), join(dir, 'seeds', seed));
  writeFileSync(join(dir, 'seeds', 'zz-figures.txt'), FIGURES);
  writeFileSync(join(dir, 'seeds', 'zz-bidi.txt'), BIDI);
  writeFileSync(join(dir, 'seeds', 'zz-rtl.txt'), RTL);
  writeFileSync(join(dir, 'seeds', 'zz-japanese.txt'), JAPANESE);
  writeFileSync(join(dir, 'seeds', 'zz-hostile.txt'), `Hostile text test page\n\n2021-05-05\n\n${HOSTILE.join('\n\n')}\n`);
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, BASE_PATH: '/' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  };
  run(['scripts/ingest/cli.ts']);
  run([join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
  run(['scripts/search-index.ts']);
  site = join(dir, 'dist');
  html = readFileSync(join(dir, 'dist', 'articles', '2021-05-05-hostile-text-test-page', 'index.html'), 'utf8');
}, 300_000);

describe('text that looks like code', () => {
  it('shows every line letter for letter as a paragraph', () => {
    const doc = parseHtml(html);
    const paragraphs = elements(doc, (e) => e.name === 'p' && /^p-\d+$/.test(e.attribs.id ?? '')).map((p) =>
      p.children.filter((c) => !(c.type === 'tag' && (c as { attribs: Record<string, string> }).attribs.class === 'pl')).map((c) => DomUtils.textContent(c)).join(''),
    );
    expect(paragraphs).toEqual(HOSTILE);
  });

  it('makes no script, element or heading out of it', () => {
    const doc = parseHtml(html);
    const main = elements(doc, (e) => e.name === 'main')[0];
    const inArticle = elements(main, (e) => (['script', 'tag', 'component', 'h1', 'h2', 'hr', 'ul', 'ol', 'blockquote', 'code', 'del', 's'].includes(e.name) || (e.name === 'a' && e.attribs.class !== 'pl')) && /^p-\d+$/.test(e.parent && 'attribs' in e.parent ? (e.parent as { attribs: Record<string, string> }).attribs.id ?? '' : ''));
    expect(inArticle).toEqual([]);
    expect(html).not.toContain('<script>document.title');
    expect(html).not.toMatch(/<Tag\b|<Component\b/);
    expect(html).not.toContain('%5C');
    expect(html).not.toContain('mailto:');
  });
});

describe('the search box', () => {
  const live = browserAndServer(() => serveSite(site, '/'));

  it('shows excerpts with the characters of the page, entities not decoded', async () => {
    const session = await searchAs(live.browser, live.server.root, 'reader typed form');
    expect(session.trouble, describeTrouble(session.trouble)).toEqual([]);
    const excerpt = session.excerpts.find((e) => e.includes('typed'));
    expect(excerpt, session.status).toContain('typed &lt;script&gt; into');
    const entities = await searchAs(live.browser, live.server.root, 'Entities');
    expect(entities.excerpts.find((e) => e.includes('Entities'))).toContain('Entities &copy; &amp; &#x41; and `code` and <!-- a comment -->');
  });
});

describe('figures', () => {
  it('gives pages only to measures reported more than once or by someone named; the API keeps all', () => {
    const api = JSON.parse(readFileSync(join(site, 'api', 'figures.json'), 'utf8')) as { series: { id: string; label: string; url: string; points: { article: string }[] }[] };
    const ours = api.series.filter((s) => s.points.every((p) => p.article.endsWith('numbers-test-page')));
    expect(ours.map((s) => s.label.split(' ')[0]).sort()).toEqual(['engineers', 'laboratories', 'projects']);
    const withPage = ours.filter((s) => existsSync(join(site, 'figures', s.id, 'index.html'))).map((s) => s.label);
    expect(withPage).toEqual(['laboratories']);
    const index = readFileSync(join(site, 'figures', 'index.html'), 'utf8');
    for (const s of ours.filter((x) => x.label !== 'laboratories')) {
      expect(index).not.toContain(`/figures/${s.id}/`);
      expect(new URL(s.url).pathname + new URL(s.url).hash).toMatch(/^\/articles\/[\w-]*numbers-test-page\/#p-\d+$/);
    }
  });
});

describe('bidi controls in article text', () => {
  const pages = () => listPages(site);
  it('reach no page unmatched, and every piece of article text is isolated from the site text around it', () => {
    const problems: string[] = [];
    const rtlSeen = new Set<string>();
    for (const file of pages()) {
      const doc = parseHtml(readFileSync(join(site, file), 'utf8'));
      for (const node of DomUtils.findAll(() => true, doc.children).flatMap((e) => e.children.filter((c) => c.type === 'text'))) {
        const text = (node as unknown as { data: string }).data;
        if (/[\u202A-\u202E]/.test(text)) problems.push(`${file}: an override or embedding reached the page: ${JSON.stringify(text.slice(0, 60))}`);
        if (!text.includes('\u2067') && !RTL_LETTER.test(text)) continue;
        let parent = node.parent as Element | null;
        if (parent?.name === 'title' || parent?.name === 'script') continue; // not laid out with other text
        // A highlighted word inside an isolated quote is isolated with it.
        while (parent?.name === 'mark' && parent.parent) parent = parent.parent as Element;
        const isolated = parent?.name === 'bdi' || parent?.name === 'textarea' || parent?.attribs?.dir !== undefined;
        if (!isolated) problems.push(`${file}: <${parent?.name}> holds article text without isolation: ${JSON.stringify(text.slice(0, 60))}`);
        else rtlSeen.add(file.split('/')[0]);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    // Right-to-left text was shown, isolated, where the site lists what the reports say.
    expect([...rtlSeen]).toEqual(expect.arrayContaining(['articles', 'people', 'figures', 'briefing']));
  });
});

describe('text in another language', () => {
  it('carries its own lang wherever a page shows it, not the English of the page around it', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const file of listPages(site)) {
      const doc = parseHtml(readFileSync(join(site, file), 'utf8'));
      for (const node of DomUtils.findAll(() => true, doc.children).flatMap((e) => e.children.filter((c) => c.type === 'text'))) {
        if (!(node as unknown as { data: string }).data.includes(JAPANESE_TITLE.slice(0, 8))) continue;
        const parent = node.parent as Element | null;
        if (!parent || parent.name === 'title' || parent.name === 'script') continue; // the document's own title: no lang of its own
        seen += 1;
        const lang = [parent, ...ancestors(parent)].find((e) => e.attribs?.lang !== undefined)?.attribs.lang;
        if (lang !== 'ja') problems.push(`${file}: <${parent.name}> shows the Japanese title as lang="${lang}"`);
      }
    }
    expect(seen, 'the Japanese title is shown on some page').toBeGreaterThan(3);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it("leaves the site's own words on the report's page in English: its labels are not read as Japanese", () => {
    const file = listPages(site).find((f) => f.startsWith('articles/') && readFileSync(join(site, f), 'utf8').includes(`>${JAPANESE_TITLE}</h1>`));
    expect(file, 'the Japanese report has a page').toBeDefined();
    const doc = parseHtml(readFileSync(join(site, file!), 'utf8'));
    const langOf = (e: Element) => [e, ...ancestors(e)].find((x) => x.attribs?.lang !== undefined)?.attribs.lang;
    const labels = elements(doc, (e) => e.name === 'dt' || (e.name === 'a' && e.attribs.class === 'pl'));
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((e) => langOf(e) !== 'en').map((e) => `<${e.name}> ${DomUtils.textContent(e)} is lang="${langOf(e)}"`)).toEqual([]);
    const body = elements(doc, (e) => e.name === 'p' && /^p-\d+$/.test(e.attribs.id ?? ''));
    expect(body.length).toBe(3);
    expect(body.filter((e) => langOf(e) !== 'ja').map((e) => e.attribs.id)).toEqual([]);
  });
});

function listPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

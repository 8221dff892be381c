/**
 * What a browser leaves in seeds/ besides a page the ingest reads: the folder of pieces a "Web page,
 * complete" save puts beside its .html (scripts, styles, images, frames and ads as .html of their own),
 * a Safari web archive, a gzip'd page, a shortcut to the page. None is read; each is listed with a
 * reason that names what it is and what to do, and the page saved beside them is one article that
 * shows no path of the machine it was saved on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runIngest } from '../../scripts/ingest/run.ts';
import { listFiles } from '../../scripts/lib/list-files.ts';
import { tempTrees } from '../helpers/temp-tree.ts';
import { ingestProject } from './cli-project.ts';

const trees = tempTrees('hostile-formats-');
afterAll(trees.cleanup);

const P1 = 'Four river authorities will pool their flood sensor readings in one open archive from next spring, the water board said on Wednesday.';
const P2 = 'Engineers expect the shared readings to shorten flood warnings by several hours for towns downstream of the two largest reservoirs.';
const page = (title: string, extra = '') =>
  `<!DOCTYPE html>\n<!-- saved from url=(0014)about:internet -->\n<html><head><meta charset="utf-8"><base href="file:///C:/Users/rkowal/Desktop/">` +
  `<link rel="canonical" href="file:///home/rkowal/saved/flood.html"><meta property="og:url" content="file:///home/rkowal/saved/flood.html">` +
  `<title>${title}</title><link rel="stylesheet" href="flood_files/site.css"><script src="flood_files/app.js"></script></head>` +
  `<body><article><h1>${title}</h1><p>${P1} <a href="file:///C:/Users/rkowal/Desktop/flood_files/more.html">More</a></p><p>${P2}</p>${extra}</article></body></html>`;

/** Every output but the list of files not read (which names the folder). */
const contentText = (root: string) => listFiles(join(root, 'content')).filter((f) => !f.startsWith('topics/') && f !== 'data/skipped.json').map((f) => readFileSync(join(root, 'content', f), 'utf8')).join('\n');

describe('a "Web page, complete" save', () => {
  it('reads the page, never what its folder holds; the folder is listed as the page\'s pieces; no local path leaks', async () => {
    const { root, seedsDir } = ingestProject(trees, {
      seeds: { 'flood.html': page('River authorities pool flood sensor data', '<iframe src="flood_files/ad.html"></iframe><img src="file:///C:/Users/rkowal/Desktop/flood_files/chart.png" alt="Chart">') },
    });
    const pieces = join(seedsDir, 'flood_files');
    mkdirSync(pieces);
    writeFileSync(join(pieces, 'ad.html'), page('Buy a rain barrel today'));
    writeFileSync(join(pieces, 'frame.htm'), page('Subscribe to our letter'));
    writeFileSync(join(pieces, 'app.js'), 'var x = 1;');
    writeFileSync(join(pieces, 'site.css'), 'body { margin: 0 }');
    mkdirSync(join(seedsDir, 'old pages'));
    writeFileSync(join(seedsDir, 'old pages', 'story.txt'), `Not a seed\n\n${P1}\n\n${P2}\n`);

    const result = await runIngest({ root, seedsDir });
    expect(result.articles.map((a) => a.seed)).toEqual(['flood.html']);
    expect(result.skipped).toEqual([]);
    const ignored = Object.fromEntries(result.ignored.map((s) => [s.name, s.reason]));
    expect(ignored['flood_files']).toMatch(/folder.*flood\.html.*not read/);
    expect(ignored['old pages']).toMatch(/a folder: .*not read/);
    expect(ignored['old pages']).not.toMatch(/extension/);
    const text = contentText(root);
    expect(text).not.toMatch(/rkowal|file:|flood_files|about:internet/);
    expect(text).not.toMatch(/rain barrel|Subscribe to our letter|Not a seed/);
    expect(readdirSync(join(root, 'content', 'articles'))).toHaveLength(1);
  });
});

describe('page formats the ingest does not read', () => {
  it('lists each as skipped with a reason naming the format and what to save instead, not as "binary" or an unknown extension', async () => {
    const { root, seedsDir } = ingestProject(trees, {
      seeds: {
        'ok.html': page('River authorities pool flood sensor data'),
        'story.webarchive': Buffer.concat([Buffer.from('bplist00\u00d4\u0001\u0002', 'latin1'), Buffer.from(page('Archived'))]),
        'story.html.gz': gzipSync(page('Compressed')),
        'story.htm.gz': gzipSync(page('Compressed too')),
        'link.url': '[InternetShortcut]\r\nURL=https://water.example.net/2024/03/flood-data\r\n',
        'link.webloc': '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>URL</key><string>https://water.example.net/a</string></dict></plist>\n',
        'notes.gz': gzipSync('just some notes'),
      },
    });
    const result = await runIngest({ root, seedsDir });
    // A gzip'd page is read (hostile-gzip-seeds).
    expect(result.articles.map((a) => a.seed).sort()).toEqual(['ok.html', 'story.htm.gz', 'story.html.gz']);
    const skipped = Object.fromEntries(result.skipped.map((s) => [s.seed, s.reason]));
    expect(skipped['story.webarchive']).toMatch(/Safari web archive.*save the page .*HTML/);
    expect(skipped['link.url']).toMatch(/shortcut.*not the page.*save the page/);
    expect(skipped['link.webloc']).toMatch(/shortcut.*not the page.*save the page/);
    for (const reason of Object.values(skipped)) expect(reason).not.toMatch(/binary file|seeds are \.txt/);
    // A .gz that is no page stays an ignored file of another kind.
    expect(result.ignored.map((s) => s.name)).toEqual(['notes.gz']);
  });
});

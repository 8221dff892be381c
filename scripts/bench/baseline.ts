/**
 * The yardstick: a bare Astro project (one layout, no components, no data) with the same number of
 * plain MDX pages carrying the same text. Built with this repo's node_modules, so the ratio of our
 * build to this one is our own overhead, not Astro's or the machine's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanPage } from './corpus/generate.ts';
import { emptyProject } from './project-copy.ts';

const config = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
});
`;

const layout = `---
const { frontmatter } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <main>
      <h1>{frontmatter.title}</h1>
      <slot />
    </main>
  </body>
</html>
`;

/** MDX treats `{`, `}` and `<` as syntax; scraped text must not. */
const escapeMdx = (text: string) => text.replace(/[{}<]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(p: CleanPage): string {
  return [
    '---',
    `layout: ../../layouts/Base.astro`,
    `title: ${JSON.stringify(p.title)}`,
    '---',
    '',
    ...p.paragraphs.map((text) => escapeMdx(text) + '\n'),
  ].join('\n');
}

/** Write the baseline project into `dir` (replacing it); returns `dir`. */
export function writeBaselineProject(dir: string, pages: CleanPage[]): string {
  emptyProject(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/base' }));
  mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'src', 'layouts', 'Base.astro'), layout);
  writeFileSync(
    join(dir, 'src', 'pages', 'index.astro'),
    `---\n---\n<html lang="en"><head><meta charset="utf-8" /><title>Baseline</title></head><body><p>${pages.length} pages</p></body></html>\n`,
  );
  const digits = String(pages.length).length;
  pages.forEach((p, i) => {
    writeFileSync(join(dir, 'src', 'pages', 'articles', `${String(i).padStart(digits, '0')}.mdx`), page(p));
  });
  return dir;
}

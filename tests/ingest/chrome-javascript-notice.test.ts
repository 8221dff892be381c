/**
 * The note a page shows where its scripts did not run ("Please enable JavaScript to view the
 * comments", "Bitte aktivieren Sie JavaScript", "Tu navegador bloquea JavaScript") stood between or
 * after an article's paragraphs and was kept as one of them; on a page that showed nothing else it
 * was the article. Prose about the language stays. Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';

describe('a note that the page needs its scripts', () => {
  const notices = [
    'Please enable JavaScript to view the comments.',
    'Turn on your JavaScript to see the gallery.',
    'This gallery requires JavaScript.',
    'Notice: JavaScript is required to send this form.',
    'Bitte aktivieren Sie JavaScript, um das Video zu sehen.',
    'Manche Elemente funktionieren nur mit aktiviertem JavaScript.',
    'Tu navegador está configurado para bloquear JavaScript.',
    'Veuillez activer JavaScript pour lire la vidéo.',
    'Per vedere il video è necessario abilitare JavaScript.',
    'Du trenger JavaScript for å se bildene.',
    'Din webbläsare kräver JavaScript för kartan.',
  ];
  it('is page chrome', () => {
    for (const line of notices) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'javascript-notice' });
  });

  it('leaves prose about the language', () => {
    for (const line of ['JavaScript was three times faster than the old parser.', 'The team ported the library to JavaScript in a weekend.', 'JavaScript for Beginners', 'Most browsers run JavaScript in a sandbox, the report said.']) expect(chromeRuleOf(line)).toBeUndefined();
  });

  it('is left out under the article', () => {
    const paragraphs = [
      'The harbour council voted on Tuesday to rebuild the old pier before the autumn storms, after engineers found that two of its wooden pillars had rotted through.',
      'Work starts next month and will close the pier to walkers until October, while the fishermen who moor there use the north quay in the meantime, the council said.',
    ];
    const { record } = article(['Harbour Weekly', 'Pier to be rebuilt before the storms', ...paragraphs, 'Comments', 'Please enable JavaScript to view the comments.'].join('\n'));
    expect(record.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });
});

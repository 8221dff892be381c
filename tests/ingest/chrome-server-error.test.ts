/**
 * A message a PHP site's server printed over the page ("Deprecated: … in /www/…/wp-settings.php on line
 * 520") was kept as the article's first paragraphs and, with no headline above it, taken for the
 * headline itself. PHP writes these in English on a page in any language; a headline or a sentence
 * that opens on "Warning:" and names a place is no such message. Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';
import { article } from './helpers.ts';

describe("a message the site's server printed into the page", () => {
  const messages = [
    'Deprecated: Assigning the return value of new by reference is deprecated in /var/www/blog/wp-settings.php on line 520',
    'Strict Standards: Declaration of Walker_Page::start_lvl() should be compatible with Walker::start_lvl(&$output) in /srv/www/site/wp-includes/classes.php on line 1199',
    'Warning: Cannot modify header information - headers already sent by (output started at /home/site/public_html/index.php:3) in /home/site/public_html/wp-includes/pluggable.php on line 865',
    'Notice: Undefined index: lang in C:\\xampp\\htdocs\\seite\\inc\\kopf.inc on line 7',
    'Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/plugin.php on line 442',
    'PHP Warning:  count(): Parameter must be an array or an object that implements Countable in /var/www/blog/wp-content/themes/feld/functions.php on line 88.',
  ];
  it('is page chrome, whatever the message', () => {
    for (const line of messages) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'server-error' });
  });

  it('leaves headlines and sentences that open on the same words', () => {
    for (const line of [
      'Warning: Storms expected in Leeds on line of hills tonight',
      'Notice: Road works in Bergen on line 4 of the tram',
      'Warnung: Sturm an der Küste',
      'Deprecated: why the old API still runs in /dev/null on line',
      'Fatal error: how one typo stopped the payroll for a week',
    ]) expect(chromeRuleOf(line)).toBeUndefined();
  });

  it('is neither the headline nor the article on a page in another language', () => {
    const paragraphs = [
      'Am Samstag öffnet der Stadtgarten wieder seine Tore, nachdem der Winter die alten Gewächshäuser schwer beschädigt hatte und das Dach des Palmenhauses erneuert werden musste.',
      'Die Gärtnerinnen haben in den vergangenen Wochen mehr als dreitausend Tulpen gesetzt, und der Eintritt bleibt für Kinder unter zwölf Jahren auch in diesem Jahr frei.',
    ];
    // The messages as an old blog's software prints them, one for each of its classes, over everything else.
    const classes = ['Walker_Page', 'Walker_PageDropdown', 'Walker_Category', 'Walker_CategoryDropdown', 'Walker_Comment'];
    const messages = [
      'Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/gartenblog/wp-settings.php on line 520',
      'Deprecated: Function set_magic_quotes_runtime() is deprecated in /www/htdocs/gartenblog/wp-settings.php on line 18',
      ...classes.flatMap((c) => ['start_lvl', 'end_lvl'].map((m) => `Strict Standards: Declaration of ${c}::${m}() should be compatible with Walker::${m}(&$output) in /www/htdocs/gartenblog/wp-includes/classes.php on line 1199`)),
    ];
    const { record } = article([...messages, 'Der Stadtgarten öffnet wieder', ...paragraphs].join('\n\n'));
    expect(record.title).toBe('Der Stadtgarten öffnet wieder');
    expect(record.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });
});

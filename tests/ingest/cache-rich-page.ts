/**
 * A saved page with every kind of line the ingest keeps apart (a sub-heading, numbered and nested
 * lists, a definition list, a data table, a quote, preformatted text, a picture's caption) and a
 * quote, figures, a topic and a date: for cache-damage.test.ts, whose check of a cached outcome's
 * shape must take every field of what the ingest writes.
 */
const P = 'China will build 30 more joint laboratories for ITER with partner countries, Li Ming, minister of science, said on Friday at a press conference in Beijing.';
export const RICH_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Joint laboratories for ITER will grow</title>
<meta property="article:published_time" content="2021-06-04T08:00:00Z"><meta property="article:modified_time" content="2021-06-05T08:00:00Z">
<meta name="author" content="Ann Lee"></head><body><article><h1>Joint laboratories for ITER will grow</h1><p>By Ann Lee</p>
<p>${P}</p>
<p>“We will train 500 young researchers every year,” Li Ming said.</p>
<h2>What the laboratories will study</h2>
<ol start="3"><li>Plasma physics for the reactor's first wall.</li><li>Superconducting magnets and their cooling.<ul><li>Cables of niobium and tin.</li><li>Helium plants.</li></ul></li></ol>
<dl><dt>Budget</dt><dd>1.2 billion yuan over five years.</dd></dl>
<table><caption>Laboratories by region</caption><tr><th>Region</th><th>Laboratories</th></tr><tr><td>Asia</td><td>12</td></tr><tr><td>Europe</td><td>18</td></tr></table>
<blockquote><p>Research cooperation matters to both countries and to the whole world, the minister wrote in a letter.</p></blockquote>
<pre>  line one of the schedule
    line two, indented</pre>
<figure><img src="a.jpg" alt=""><figcaption>The laboratory in Hefei, where the first magnets were tested in 2020.</figcaption></figure>
<p>The laboratories will study climate change, public health and clean energy over the coming five years, officials said.</p>
</article></body></html>`;

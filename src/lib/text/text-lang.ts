/**
 * The language of a source's words where the site quotes them inside its own English pages: an article's
 * title or sentence in Japanese, Russian or Arabic is marked with its own `lang`, so a screen reader
 * reads it in that language and the browser picks that language's glyphs (Japanese and Chinese share
 * code points but not shapes). English and unknown text (the ingest could not tell) take the page's `en`.
 */
interface HasLang { lang?: string }

/** The `lang` attribute for text from this article: its language, or none when that is the page's own. */
export function textLang(article: HasLang | undefined): string | undefined {
  const lang = article?.lang;
  return lang && lang !== 'en' ? lang : undefined;
}

/** An event's title is the title of one of its reports (the lead's as a rule): that report's language. */
export function eventTitleLang(event: { title: string; articles: (HasLang & { title: string })[] }): string | undefined {
  return textLang(event.articles.find((a) => a.title === event.title) ?? event.articles[0]);
}

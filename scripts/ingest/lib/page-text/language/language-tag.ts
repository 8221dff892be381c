/**
 * The primary subtag of a language tag, cut in one place: pages write BCP-47 ("pt-BR") and POSIX
 * locales ("en_US"), in any case ("ZH-hant"). Each caller keeps its own default for a page that
 * declares no language, because each needs a different one ("und" to record, "en" to read dates).
 */

/** "pt" of "pt-BR", "en" of "en_US", "zh" of "ZH-hant"; null when the tag is missing or empty. */
export function primarySubtag(tag: string | null | undefined): string | null {
  return tag?.trim().split(/[-_]/)[0].toLowerCase() || null;
}

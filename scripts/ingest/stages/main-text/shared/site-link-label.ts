/**
 * A line that is one of the site's own links and nothing else: a footer's legal or service page
 * ("Impressum", "Privacy Policy", "Contact"), one of the site's social accounts ("Instagram",
 * "harborpower @ Facebook"), or the label over them ("Folge uns auf", "Follow us"). A browser's text
 * copy runs them on under the article's last lines with no break the text shows; an article's list
 * ("Das brauchen Sie:" / its items) ends where they begin.
 */
import { inClass, trimCharacters } from '../../../lib/trim-characters.ts';
import { FOOTER_LINK_WORDS } from '../../../lib/page-text/headline/footer-links-after-name.ts';
import { ACCOUNT_NETWORKS, SHARE_NETWORKS } from '../../../lib/social-networks.ts';

/** The footer's link alone on its line: its first word or two, then at most two more ("Terms of Use", "Kontakt & Anfahrt"). */
const FOOTER_LINK_ALONE = new RegExp(`^(?:${FOOTER_LINK_WORDS.join('|')})(?![\\p{L}\\p{N}])(?:\\s+\\S+){0,2}$`, 'iu');
/**
 * A social network or video site named alone, or as the site's account on it ("X @ Facebook", "Facebook-Seite"):
 * the networks no word of everyday text names (lib/social-networks.ts; a line "X" or "Line" alone may be
 * the article's), X only as "X (Twitter)", and the site's feed ("RSS"), which is no network.
 */
const SOCIAL_ALONE = new RegExp(`^(?:[^\\s@]+\\s+@\\s+)?(?:${[...SHARE_NETWORKS, ...ACCOUNT_NETWORKS].join('|')}|x\\s*\\(twitter\\)|rss)(?:[-\\s](?:seite|page|kanal|channel|feed))?$`, 'iu');
/** The label over the site's accounts: a call to follow the site, in its own voice ("Folgen Sie uns", "Suivez-nous", "Síguenos en"). */
const FOLLOW_US = /^(?:(?:folge|folgt|folgen sie|follow|find|join|suivez|retrouvez|volg|obserwuj)(?:\s*-)?\s*(?:uns|us|nous|ons|nas)|seguici|s[ií]guenos|segu[ií]nos|siga-nos)(?:\s+(?:auf|on|sur|en|su|em|op|na|in|bei))?$/iu;

/** Trimmed of the bullet or the colon a list or a label may carry. */
const BULLET = inClass(/[\s•·▪●◦‣∙*–-]/u);
const COLON = inClass(/[\s:|]/u);

/** One of the site's own links alone on its line (bullet and colon aside); at most 40 characters, as a link's label is. */
export function isASiteLinkLabel(line: string): boolean {
  const t = trimCharacters(line, BULLET, COLON);
  if (!t || t.length > 40) return false;
  return FOOTER_LINK_ALONE.test(t) || SOCIAL_ALONE.test(t) || FOLLOW_US.test(t);
}

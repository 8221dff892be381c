/**
 * The social networks and messengers a page names by name: the buttons of its share row ("Facebook",
 * "WhatsApp", "微博"), the accounts it asks to follow ("Instagram", "YouTube"), the profile links of a
 * byline box ("LinkedIn"). One list for every reader of them (the share buttons one a line, the share
 * bar's chrome rule and the share words fused onto a line, a site's link alone on a line, a byline's
 * label or share row), so that a network a page names is known to all of them; each reader keeps its
 * own words beside them (a button's action, a link's suffix) where it uses them.
 * Each entry is a pattern's source (case is left to the reader's `i` flag), written for a `u` pattern and
 * one without alike (no class escapes).
 */

/**
 * Networks a page offers to share its article on, whose name is no word of everyday text, in the
 * spellings and the scripts a share row writes them ("WhatsApp" / "Whats App", "Google+", "WeChat" /
 * "微信", "VK" / "ВКонтакте").
 */
export const SHARE_NETWORKS: readonly string[] = [
  'facebook', 'twitter', 'linkedin', 'xing', 'whats ?app', 'telegram', 'reddit', 'pinterest', 'tumblr', 'flipboard',
  'bluesky', 'mastodon', 'messenger', 'google\\+', 'gmail', 'gettr', 'weibo', 'wechat', '微博', '微信', 'qzone',
  'はてなブックマーク', 'vkontakte', 'вконтакте', 'одноклассники', 'kakao ?talk', 'kakao ?story', '카카오톡', '카카오스토리',
];

/**
 * Networks a site has its account on but no page shares an article to (pictures and videos only): a
 * follow row's links, never a share row's buttons. Three such names in a row may be an article's own
 * list ("TikTok" / "Instagram" / "YouTube" as the apps a survey names), so the share readers leave them out.
 */
export const ACCOUNT_NETWORKS: readonly string[] = ['instagram', 'youtube', 'tiktok'];

/**
 * Networks whose name is a word of everyday text too ("X", "Line", "Threads", "Pocket", "Truth", "SMS"): a button
 * among others of a row, never a network's name on its own (a line "Line 5" or "X" is anything).
 * A reader that reads one word alone leaves these out.
 */
export const EVERYDAY_WORD_NETWORKS: readonly string[] = ['x', 'line', 'threads', 'pocket', 'truth', 'gab', 'sms', 'vk', 'qq'];

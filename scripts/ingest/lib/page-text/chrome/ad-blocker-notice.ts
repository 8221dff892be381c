/**
 * The site's appeal to readers who block its ads: "We noticed you're using an ad blocker.", "Please
 * turn off your ad blocker", "Ad block users: …", "Sie nutzen einen Werbeblocker", "Estás usando un
 * bloqueador de anuncios", "Vous utilisez un bloqueur de pub". Two readers ask it: the chrome rule
 * (chrome-rules.ts, 'ad-blocker-notice') anywhere on the page, a line of 300 characters at the most,
 * and the site's closing notes (boxes/closing-note.ts) among the article's last lines. Every phrase
 * speaks to the reader, who uses a blocker now or is asked to switch it off: an article about ad
 * blockers reports on them ("Ad blockers are used by …", "How to turn off your ad blocker",
 * "Publishers have asked readers to disable ad blockers").
 */
export const AD_BLOCKER_NOTICE = new RegExp(
  [
    String.raw`\bad[- ]?block(?:er)? users\b`,
    String.raw`\byou(?:['’]re| are| seem to be| appear to be) using (?:an? )?ad[- ]?block`,
    String.raw`\bplease\b.{0,40}\b(?:disable|turn off|pause|deactivate|switch off|whitelist|allowlist)\b.{0,30}\bad[- ]?block`,
    // The bare imperative opens its sentence or clause ("To keep reading, disable your ad blocker."): "How to turn off your ad blocker" is a title.
    String.raw`(?:^|(?<=[.!?:;,]\s*))(?:disable|turn off|pause|deactivate|switch off) your ad[- ]?block`,
    String.raw`\bwhile (?:an|your) ad[- ]?blocker is (?:enabled|active|on)\b`,
    String.raw`(?<!\p{L})(?:(?:sie nutzen|sie verwenden|du nutzt|du verwendest) (?:einen |ein )?(?:werbe|ad)-?blocker|deaktivieren sie (?:ihren|den) (?:werbe|ad)-?blocker)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:(?:estás|está|estas) usando un bloqueador de anuncios|desactiva (?:tu|el) bloqueador de anuncios|(?:vous utilisez|désactivez votre) (?:un |le )?bloqueur de pub)`,
  ].join('|'),
  'iu',
);

/** Every line AD_BLOCKER_NOTICE matches holds one of these: most lines are not looked at further. */
export const AD_BLOCKER_NOTICE_MAY_MATCH = /ad[- ]?block|blocker|bloqueador de anuncios|bloqueur de pub/i;

/**
 * The note a page shows where its scripts did not run: "Please enable JavaScript to view the
 * comments", "This slideshow requires JavaScript.", "Bitte aktivieren Sie JavaScript", "Tu explorador
 * está configurado para bloquear JavaScript.", "Du trenger javascript for å se video.". A scraper that
 * ran no scripts copies it where the comments, a gallery, a form or the whole article would be. It
 * asks the reader to turn the scripts on, or says they are needed, off or blocked; prose about the
 * language names it without asking (a programming article's "JavaScript was 2.9x faster").
 * Each alternative is words in a fixed order, so the pattern is tried once from each place.
 */
export const JAVASCRIPT_NOTICE = new RegExp(
  [
    // English: "enable JavaScript", "turn on your JavaScript", "JavaScript is required", "requires JavaScript"
    String.raw`\b(?:enable|turn on|activate|allow)\s(?:(?:your|the)\s)?javascript\b`,
    String.raw`\bjavascript\s(?:(?:is|must be|needs to be)\s)?(?:required|disabled|needed|blocked|turned off|not enabled|switched off)\b`,
    String.raw`\brequires?\sjavascript\b`,
    // German: "JavaScript aktivieren", "aktiviertem JavaScript", "benötigen Sie JavaScript", "wird JavaScript empfohlen"
    String.raw`\bjavascript\s(?:aktivieren|aktiviert|deaktiviert|benötigt|erforderlich|empfohlen)`,
    String.raw`\b(?:aktiviertem|aktiviertes|aktivieren sie|aktiviere)\s(?:(?:das|bitte)\s)?javascript\b`,
    String.raw`\bbenötigen sie\sjavascript\b`,
    // Spanish, Portuguese, French, Italian: "bloquear JavaScript", "habilite o JavaScript", "activer JavaScript", "abilitare JavaScript"
    String.raw`\b(?:bloquear|habilitar|habilite|habilita|activar|active|activa|ativar|ative|activer|activez|abilitare|abilita|attivare|attiva)\s(?:(?:el|o|le|il|lo)\s)?javascript\b`,
    String.raw`\bjavascript\s(?:(?:está|est|è|é)\s)?(?:desactivado|deshabilitado|bloqueado|desativado|désactivé|disabilitato|requis|requerido|necesario|necessário|nécessaire|richiesto|necessario)`,
    String.raw`\b(?:requiere|requer|nécessite|richiede)\sjavascript\b`,
    // Nordic: "trenger javascript", "kräver JavaScript", "aktivera JavaScript"
    String.raw`\b(?:trenger|trengs|kreves|kräver|krävs|behöver|kræver|kræves|aktiver|aktivera|aktivere|slå på)\sjavascript\b`,
    // Japanese: "JavaScriptが無効", "JavaScriptを有効"
    String.raw`javascript(?:が無効|を有効)`,
  ].join('|'),
  'iu',
);
/** Every line JAVASCRIPT_NOTICE matches names the language: most lines are not looked at further. */
export const JAVASCRIPT_NOTICE_MAY_MATCH = /javascript/i;

/**
 * The fixed lines of the placeholder a German page shows where an embedded video or post waits for the
 * reader's consent: "Empfohlener redaktioneller Inhalt", "An dieser Stelle findest du …", "Externe
 * Inhalte erlauben", "Ich bin damit einverstanden, dass mir … angezeigt werden"; and the social post's:
 * "Twitter freischalten", "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis
 * keine Verbindung zu Twitter her", "Datenschutzeinstellungen verwalten" (a platform's name then "freischalten",
 * alone on its line: the button). One reading for both
 * paths: the text path's rule (stages/main-text/inside/external-content.ts) and the HTML path's
 * (lib/html/furniture/consent-placeholder.ts), so the two cannot drift apart.
 */

const PLACEHOLDER =
  /^(?:ich bin damit einverstanden, dass mir .{0,40}inhalte? .{0,40}angezeigt (?:werden|wird)|.{0,80}personenbezogene daten (?:können|könnten) (?:dabei )?an drittplattformen übermittelt werden|an dieser stelle find(?:en sie|est du) (?:einen|ein) .{0,60}externen? inhalt|empfohlener redaktioneller inhalt|externer inhalt(?: nicht verfügbar)?|externen? inhalte? (?:anzeigen|laden|erlauben)|[\p{L}-]{1,20}-inhalte? (?:erlauben|anzeigen|laden)|link zum [\p{L}-]{1,20}-inhalt|.{0,80}ohne (?:dein|ihr) einverständnis keine verbindung zu .{1,40} her\b|[\p{L}-]{1,20} freischalten$|datenschutzeinstellungen (?:verwalten|anpassen|öffnen)$)/iu;
/** Words one of the lines must hold: a cheap test that spares most lines the long pattern. */
export const PLACEHOLDER_MAY_MATCH = /einverstanden|einverständnis|freischalten|datenschutzeinstellungen|drittplattform|an dieser stelle|redaktioneller inhalt|inhalte?\b/i;

/** Whether a line is one of the German placeholder's own. */
export function isGermanPlaceholderLine(line: string): boolean {
  return line.length <= 400 && PLACEHOLDER_MAY_MATCH.test(line) && PLACEHOLDER.test(line);
}

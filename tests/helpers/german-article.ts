/**
 * An invented German news article (a town's heating network) with its headline, byline and stamp:
 * the page the German main-text tests put promotions, comments and placeholders around.
 */
export const GERMAN_PARAGRAPHS = [
  'Die Stadtwerke von Talheim wollen bis zum Jahr 2030 alle öffentlichen Gebäude mit Wärme aus dem neuen Kraftwerk am Fluss versorgen, teilte die Verwaltung am Montag mit.',
  'Nach Angaben der Stadt kostet der Ausbau des Netzes rund vierzig Millionen Euro, von denen das Land einen großen Teil übernehmen soll, wenn der Antrag rechtzeitig gestellt wird.',
  'Kritik kommt von den Anwohnern der Nordstadt, die seit Monaten über den Lärm der Baustelle klagen und eine Entschädigung für die langen Sperrungen der Straßen fordern.',
  'Der Gemeinderat will im Herbst über die zweite Bauphase entscheiden, die auch die Schulen und das Hallenbad an das neue Netz anschließen würde, sobald die Mittel bereitstehen.',
];

export const GERMAN_HEAD = 'Talheim plant neues Wärmenetz\nVon Ann Lee\n12.03.2024, 10:15 Uhr';

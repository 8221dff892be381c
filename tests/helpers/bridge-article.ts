/**
 * An invented English article (a town's new bridge) with its headline, byline and date lines: the
 * paragraphs the main-text caption tests set captions and credits between.
 */
export const BRIDGE_PARAGRAPHS = [
  'The council agreed on Monday that the new bridge over the river will open to traffic before the summer holidays, a month earlier than planned.',
  'Officials said the work cost less than expected because the winter was mild and the builder hired more people for the night shifts on the site.',
  'People in the harbour district say they have waited years for the bridge, since the drive into town now takes them the long way round.',
  'The council also plans a cycle path along the river next year, linking the bridge with the city park and the railway station to the north.',
];
export const BRIDGE_HEAD = 'New bridge opens before the holidays\nBy Ann Lee\nMarch 12, 2024';

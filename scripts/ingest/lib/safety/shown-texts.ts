/**
 * A unit's shown texts, each put through one safety step: its text and, on a table row, its cells
 * (<td>), which are what emit writes of the row. A step that changes a unit's text changes its cells
 * through here, so that no step cleans the one and forgets the other. The row's text holds its cells,
 * so the step counts what it finds in the text alone (`counted`), and the cells are not counted twice.
 */
import type { Unit } from '../../types.ts';

export function cleanShownTexts(unit: Unit, clean: (text: string, counted: boolean) => string): void {
  unit.text = clean(unit.text, true);
  if (unit.cells) unit.cells = unit.cells.map((cell) => clean(cell, false));
}

/**
 * A picture's credit run into its caption with no space (lib/page-text/lines/caption-credit-tails.ts):
 * after the caption's full stop ("… unterstützen.Hafen Images") or right after its last word, a
 * slashed credit ("… vecino de BédarHafen Notdienst/EFE"). Each is a caption; a code line with dotted
 * names, a web address and prose stay. Every line is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { blockFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';

const de = detectLanguage('Die Fähre legt am Montag zum ersten Mal am neuen Kai an, und die Bürgermeisterin sagt, die Stadt habe lange darauf gewartet.');
const es = detectLanguage('El ferry llega el lunes por primera vez al nuevo muelle, y la alcaldesa dice que la ciudad lo ha esperado durante años.');
const en = detectLanguage('The new ferry docks in the harbour for the first time on Monday, and the mayor says the town has waited for it for years.');

describe('a credit run into its caption with no space', () => {
  it('is known as a caption', () => {
    expect(blockFeatures('Wenn der Sturm kommt, bleibt die Fähre am Kai im Hafen.Hafen Images', de).caption).toBe(true);
    expect(blockFeatures('Los bomberos trabajan en el muelle del puerto viejo de BédarHafen Notdienst/EFE', es).caption).toBe(true);
  });
  it('leaves code, addresses and prose alone', () => {
    for (const line of [
      'dotnet add package Harbor.Extensions.Http.Logging',
      'Ferries and the Law: Notes from the North | HarborPolicy.Press',
      'The ferry docked at noon. Then the mayor spoke to the crowd on the pier.',
      'A harbour without ferries is only half a harbour, the mayor likes to say.Click To Tweet',
      'The mayor said the pier belongs to the town and the Harbor/Coast Authority.',
    ]) {
      expect(blockFeatures(line, en).caption, line).toBe(false);
    }
  });
});

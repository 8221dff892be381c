/**
 * "Le puede interesar: …", "Lea: …", "MIRA: …", "Puedes ver: …", "Auch lesen: …", "À lire aussi » …":
 * more labels of a link to another story set between paragraphs. "Lea" and "Mira" are names too, so
 * the bare verb needs a headline of four words or more after it. Written for the test; the first
 * cases failed before.
 */
import { describe, expect, it } from 'vitest';
import { chromeRuleOf } from '../../scripts/ingest/lib/page-text/chrome/chrome-rules.ts';

describe('more "read also" labels', () => {
  it('are read-also links', () => {
    for (const line of [
      'Le puede interesar: Nuevo puente une los barrios del puerto',
      'TE PUEDE INTERESAR: El ferry eléctrico llega a la isla',
      'Lea: Concejo aprueba el presupuesto del puerto para 2024',
      'MIRA: Vecinos celebran la apertura del nuevo muelle',
      'Puedes ver: ¿Cuándo abre el nuevo mercado del puerto?',
      'Auch lesen: Das neue Fährschiff fährt ab Montag',
      'À lire aussi » Le port attend ses premiers bateaux',
    ]) expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: 'read-also' });
  });

  it('leave a speaker\'s short answer and a sentence alone', () => {
    for (const line of ['Lea: Genau', 'Mira: Sí, claro', 'Lea: Ich war damals sehr jung und wusste nicht, was ich tun sollte.', 'Le puede interesar: el informe completo está en la web del ayuntamiento.']) {
      expect({ line, rule: chromeRuleOf(line)?.id }).toEqual({ line, rule: undefined });
    }
  });
});

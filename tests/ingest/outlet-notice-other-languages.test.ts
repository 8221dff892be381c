/**
 * A source page's "Outlet" and the briefing's list of outlets read "BONDY BLOG TOUS DROITS RESERVES",
 * "@ 2026 Media Group - mediaindonesia" and "… Vegan Restaurant |": a copyright notice in French (any
 * language's "all rights reserved"), an "@" typed for "©" before the year, and a title separator left
 * at the end. The name is what is left (lib/page-text/headline/outlet-name.ts). Names that only
 * hold such words stay ("Reserved Wines", "@Media", "Left | Right").
 */
import { describe, expect, it } from 'vitest';
import { outletName } from '../../scripts/ingest/lib/page-text/headline/outlet-name.ts';

describe('outlet: the notice in other languages, "@" for "©", a separator at the end', () => {
  it('drops "all rights reserved" in other languages, capitals and accents or not', () => {
    expect(outletName('BONDY BLOG TOUS DROITS RESERVES')).toBe('BONDY BLOG');
    expect(outletName('Le Courrier du Lac. Tous droits réservés.')).toBe('Le Courrier du Lac');
    expect(outletName('Diario del Valle - Todos los derechos reservados')).toBe('Diario del Valle');
    expect(outletName('Lokalbote, alle Rechte vorbehalten')).toBe('Lokalbote');
    expect(outletName('Gazeta Serrana. Todos os direitos reservados')).toBe('Gazeta Serrana');
    expect(outletName('Il Corriere di Valle © 2024 Tutti i diritti riservati')).toBe('Il Corriere di Valle');
  });

  it('reads "@" before a year as the copyright mark', () => {
    expect(outletName('@ 2026 Media Group - mediaindonesia')).toBe('Media Group - mediaindonesia');
    expect(outletName('@2019 Harbor Ledger')).toBe('Harbor Ledger');
  });

  it('drops a separator left at the end', () => {
    expect(outletName('Meals From the Heart Cafe |')).toBe('Meals From the Heart Cafe');
    expect(outletName('Harbor Ledger –')).toBe('Harbor Ledger');
  });

  it('keeps names that hold such words', () => {
    expect(outletName('Reserved Wines Weekly')).toBe('Reserved Wines Weekly');
    expect(outletName('@Media')).toBe('@Media');
    expect(outletName('Left | Right')).toBe('Left | Right');
    expect(outletName('Droits et Libertés')).toBe('Droits et Libertés');
  });
});

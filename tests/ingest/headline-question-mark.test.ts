/**
 * A headline that holds a question and goes on after it ("We’re mortgage-free, now what? Our story of
 * …") is one line of the page: the ingest keeps it whole, whatever words its second half uses.
 */
import { describe, expect, it } from 'vitest';
import { BODY, titleOf } from './headline-fixture.ts';

describe('text headline with a question inside it', () => {
  for (const last of ['last', 'final']) {
    it(`keeps "… now what? Our story of life after the ${last} cheque" whole`, () => {
      const headline = `We’re mortgage-free, now what? Our story of life after the ${last} cheque`;
      const page = `About\nHome Basics » Mortgage\n${headline}\nWritten by Jane Smith\n|\nPublished: 28 January 2018\n${BODY}`;
      expect(titleOf(page)).toBe(headline);
    });
  }
});

import {
  defaultTimeline,
  editionIds,
  NoEditionInForceError,
  partySection,
  UnknownEditionError,
} from '@caucus/party';
import { describe, expect, it } from 'vitest';
import { ruleBookOf, ruleBookOn, ruleBookProblems, sectionSummaries } from './rule-book';
import { sections } from './sections';

describe('the composed rule book', () => {
  it('passes every section schema in every edition', () => {
    expect(ruleBookProblems()).toEqual([]);
  });

  it('has every registered section once, under its own name', () => {
    const names = sections.map((section) => section.name);
    expect(new Set(names).size).toBe(names.length);
    const book = ruleBookOf('labour-2021');
    expect(Object.keys(book).sort()).toEqual(['edition', ...names].sort());
    expect(book.party).toBe(partySection.editions['labour-2021']);
    expect(book.edition.title).toBe('Labour Party rule book, 2021 onwards');
  });

  it('refuses an unknown edition instead of falling back to a default', () => {
    expect(() => ruleBookOf('labour-2030')).toThrow(UnknownEditionError);
  });

  it('resolves the rule book by the date of the question', () => {
    expect(ruleBookOn(defaultTimeline, '2021-09-28').edition.id).toBe('labour-2018');
    expect(ruleBookOn(defaultTimeline, '2021-09-29').edition.id).toBe('labour-2021');
    expect(() => ruleBookOn(defaultTimeline, '2017-06-08')).toThrow(NoEditionInForceError);
  });

  it.each(editionIds)('summarises the sections of %s', (id) => {
    expect(sectionSummaries(id).map((section) => section.name)).toEqual(sections.map((s) => s.name));
  });
});

import { editionIds } from '@caucus/party';
import { describe, expect, it } from 'vitest';
import { organisingSection } from './organising-section';

describe('the organising section of the rule book', () => {
  it.each(editionIds)('has values for %s that pass its schema', (id) => {
    expect(organisingSection.schema.safeParse(organisingSection.editions[id]).success).toBe(true);
  });
  it('refuses values it does not define', () => {
    expect(organisingSection.schema.safeParse({ unknownRule: 1 }).success).toBe(false);
  });
});

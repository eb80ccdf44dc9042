import { editionIds } from '@caucus/party';
import { describe, expect, it } from 'vitest';
import { ballotsSection } from './ballots-section';

describe('the ballots section of the rule book', () => {
  it.each(editionIds)('has values for %s that pass its schema', (id) => {
    expect(ballotsSection.schema.safeParse(ballotsSection.editions[id]).success).toBe(true);
  });
  it('refuses values it does not define', () => {
    expect(ballotsSection.schema.safeParse({ unknownRule: 1 }).success).toBe(false);
  });
});

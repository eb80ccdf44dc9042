import { editionIds } from '@caucus/party';
import { describe, expect, it } from 'vitest';
import { selectionsSection } from './selections-section';

describe('the selections section of the rule book', () => {
  it.each(editionIds)('has values for %s that pass its schema', (id) => {
    expect(selectionsSection.schema.safeParse(selectionsSection.editions[id]).success).toBe(true);
  });
  it('refuses values it does not define', () => {
    expect(selectionsSection.schema.safeParse({ unknownRule: 1 }).success).toBe(false);
  });
});

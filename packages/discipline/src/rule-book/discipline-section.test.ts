import { editionIds } from '@caucus/party';
import { describe, expect, it } from 'vitest';
import { disciplineSection } from './discipline-section';

describe('the discipline section of the rule book', () => {
  it.each(editionIds)('has values for %s that pass its schema', (id) => {
    expect(disciplineSection.schema.safeParse(disciplineSection.editions[id]).success).toBe(true);
  });
  it('refuses values it does not define', () => {
    expect(disciplineSection.schema.safeParse({ unknownRule: 1 }).success).toBe(false);
  });
});

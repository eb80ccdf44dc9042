import { editionIds } from '@caucus/party';
import { describe, expect, it } from 'vitest';
import { meetingsSection } from './meetings-section';

describe('the meetings section of the rule book', () => {
  it.each(editionIds)('has values for %s that pass its schema', (id) => {
    expect(meetingsSection.schema.safeParse(meetingsSection.editions[id]).success).toBe(true);
  });
  it('refuses values it does not define', () => {
    expect(meetingsSection.schema.safeParse({ unknownRule: 1 }).success).toBe(false);
  });
});

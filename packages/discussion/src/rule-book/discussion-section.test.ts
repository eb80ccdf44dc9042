import { editionIds } from '@caucus/party';
import { describe, expect, it } from 'vitest';
import { discussionSection } from './discussion-section';

describe('the discussion section of the rule book', () => {
  it.each(editionIds)('has values for %s that pass its schema', (id) => {
    expect(discussionSection.schema.safeParse(discussionSection.editions[id]).success).toBe(true);
  });
  it('refuses values it does not define', () => {
    expect(discussionSection.schema.safeParse({ unknownRule: 1 }).success).toBe(false);
  });
});

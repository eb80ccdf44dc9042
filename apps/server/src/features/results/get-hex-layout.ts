import type { BoundarySet, HexLayout } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';

/** The HexJSON map of a boundary set: layout and one hex per seat. */
export function getHexLayout(results: CachedResults, boundarySet: BoundarySet): HexLayout {
  return results.hexLayouts[boundarySet];
}

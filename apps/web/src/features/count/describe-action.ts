import type { StageAction } from './count-types';

/** Says in words what a stage did, e.g. "Surplus of Alice" or "Exclusion of Bob". */
export function describeAction(action: StageAction): string {
  const names = action.candidates?.length ? action.candidates.join(', ') : action.candidate;
  switch (action.type) {
    case 'first':
      return 'First preferences';
    case 'surplus':
      return `Surplus of ${names}`;
    case 'exclusion':
      return action.reason === 'doomed'
        ? `Exclusion of ${names} (ruled out by a seat constraint)`
        : `Exclusion of ${names}`;
    default:
      return names ? `${action.type.replace(/[-_]/g, ' ')}: ${names}` : action.type.replace(/[-_]/g, ' ');
  }
}

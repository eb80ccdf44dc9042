import type { StageAction } from './count-types';

const OUTCOMES = {
  elected: 'until someone was elected',
  converged: 'until the surplus fell below omega',
  stable: 'until the surplus stopped falling',
};

/** Says in words what a stage did, e.g. "Surplus of Alice" or "Exclusion of Bob". */
export function describeAction(action: StageAction): string {
  switch (action.type) {
    case 'first':
      return 'First preferences';
    case 'surplus':
      return `Surplus of ${action.candidate}`;
    case 'exclusion': {
      const names = action.candidates.join(', ');
      return action.reason === 'doomed'
        ? `Exclusion of ${names} (ruled out by a seat constraint)`
        : `Exclusion of ${names}`;
    }
    case 'iteration':
      return `Surpluses shared out: ${action.iterations} iteration${action.iterations === 1 ? '' : 's'}, ${OUTCOMES[action.outcome]}`;
  }
}

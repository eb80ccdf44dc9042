import type { Actor } from '../context/actor';
import { allow, type Decision } from './decision';

/** Anyone may count ballots they hold: the count is a calculation, nothing is stored or revealed. */
export function canCountBallots(_actor: Actor): Decision {
  return allow;
}

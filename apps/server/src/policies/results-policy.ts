import type { Actor } from '../context/actor';
import { allow, type Decision } from './decision';

/** Election results and analytics are public data: anyone may read them and run scenarios. */
export function canViewResults(_actor: Actor): Decision {
  return allow;
}

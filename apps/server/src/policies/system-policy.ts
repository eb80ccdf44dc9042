import type { Actor } from '../context/actor';
import { allow, type Decision } from './decision';

/** Anyone, signed in or not, may see whether the service and its database are up (for monitors). */
export function canViewHealth(_actor: Actor): Decision {
  return allow;
}

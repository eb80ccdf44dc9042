import { unit } from '../../party/src/units/unit';

export const internal = unit;

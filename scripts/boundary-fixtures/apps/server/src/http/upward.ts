import { unitHelper } from '../features/units/helper';

export const upward = unitHelper;

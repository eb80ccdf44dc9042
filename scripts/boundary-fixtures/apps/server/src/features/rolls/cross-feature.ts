import { unitHelper } from '../units/helper';

export const crossFeature = unitHelper;

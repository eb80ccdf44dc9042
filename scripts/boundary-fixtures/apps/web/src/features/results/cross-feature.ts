import { partyThing } from '../party/thing';

export const crossFeature = partyThing;

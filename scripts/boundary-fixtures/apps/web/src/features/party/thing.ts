export const partyThing = 1;

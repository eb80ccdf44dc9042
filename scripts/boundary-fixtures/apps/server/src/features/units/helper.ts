export const unitHelper = 1;

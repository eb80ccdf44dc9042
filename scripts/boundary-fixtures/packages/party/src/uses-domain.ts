import { internal } from '../../meetings/src/reaches-internals';

export const upwardKernel = internal;

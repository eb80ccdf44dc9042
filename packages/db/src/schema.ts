import type { AuthTables } from './auth/schema';
import type { CoreTables } from './core/schema';
import type { PartyTables } from './party/schema';
import type { ResultsTables } from './results/schema';

export type * from './auth/schema';
export type * from './core/schema';
export type * from './party/schema';
export type * from './results/schema';

/** The Kysely view of every table: each domain's tables, registered here. */
export interface Database extends CoreTables, AuthTables, PartyTables, ResultsTables {}

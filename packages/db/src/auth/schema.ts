import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../core/schema';

/** A person who can sign in; linked to a member record when they are one. */
export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  member_id: string | null;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
}

/** A signed-in browser session; only the SHA-256 of its token is stored. */
export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
  user_agent: string | null;
}

/** A one-time sign-in link sent by email; only the SHA-256 of its token is stored. */
export interface SignInLinkTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

/** A role an account holds in a unit. */
export interface RoleGrantTable {
  user_id: string;
  role: string;
  unit_id: string;
  granted_at: CreatedAt;
}

/** The sign-in tables. */
export interface AuthTables {
  app_user: AppUserTable;
  user_session: UserSessionTable;
  sign_in_link: SignInLinkTable;
  role_grant: RoleGrantTable;
}

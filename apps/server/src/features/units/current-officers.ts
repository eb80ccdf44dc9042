import { listMemberNames, listOfficeHolders, listOffices } from '@caucus/db';
import { isTermCurrent } from '@caucus/party';
import type { PartyContext } from '../../context/request-context';
import type { AppDeps } from '../../http/env';

/** An office of a unit and who holds it today. */
export interface CurrentOfficer {
  readonly officeId: string;
  readonly key: string;
  readonly title: string;
  readonly authority: 'secretary' | 'officer';
  readonly holder: { memberId: string; name: string; from: string; to: string | null } | null;
}

/** The officers of a unit today: each office with its current holder, if any. */
export async function currentOfficers(
  deps: AppDeps,
  context: PartyContext,
  unitId: string,
): Promise<CurrentOfficer[]> {
  const offices = await listOffices(deps.database.db, [unitId]);
  const holders = (
    await listOfficeHolders(
      deps.database.db,
      offices.map((office) => office.id),
    )
  ).filter((holder) => isTermCurrent(holder, context.today));
  const names = await listMemberNames(
    deps.database.db,
    holders.map((holder) => holder.memberId),
  );
  return offices.map((office) => {
    const holder = holders.find((candidate) => candidate.officeId === office.id);
    const name = holder === undefined ? undefined : names.get(holder.memberId);
    return {
      officeId: office.id,
      key: office.key,
      title: office.title,
      authority: office.authority,
      holder:
        holder === undefined
          ? null
          : {
              memberId: holder.memberId,
              name: name === undefined ? 'unknown member' : `${name.firstName} ${name.lastName}`,
              from: holder.from,
              to: holder.to,
            },
    };
  });
}

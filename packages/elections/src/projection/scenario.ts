import type { ElectionDataset } from '../types';
import { type Baseline, projectionBaseline } from './baseline';
import { type Projection, type ProjectionRequest, project } from './project';

/** A projection request against the data: which election to swing from (default the latest general election). */
export interface ScenarioRequest extends ProjectionRequest {
  base?: number | string;
}

/** The most recent general election in the dataset (the default base for projections). */
export function latestGeneralElection(dataset: ElectionDataset): string {
  const generals = dataset.elections.filter((election) => election.kind === 'general');
  return generals.reduce((latest, election) => (election.date > latest.date ? election : latest)).id;
}

/** The baseline for a request: the base election reduced to the parties named in its shares. */
export function scenarioBaseline(
  dataset: ElectionDataset,
  request: Omit<ScenarioRequest, 'model'>,
): Baseline {
  const parties = new Set(Object.keys(request.shares));
  for (const shares of Object.values(request.areaShares ?? {}))
    for (const party of Object.keys(shares)) parties.add(party);
  return projectionBaseline(dataset, request.base ?? latestGeneralElection(dataset), [...parties]);
}

/** Projects a scenario (e.g. parsed from "--shares Lab=45,Con=39,…") onto the base election's seats. */
export function projectScenario(dataset: ElectionDataset, request: ScenarioRequest): Projection {
  return project(scenarioBaseline(dataset, request), request);
}

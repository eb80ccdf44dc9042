export { createApp } from './app';
export { type Config, ConfigError, loadConfig } from './config';
export {
  type AppliedImport,
  applyMembershipImport,
  ImportHasErrorsError,
  planMembershipImport,
} from './features/import/import-members';
export { presentImportPlan } from './features/import/present-import-plan';
export { loadPartyContext } from './features/party/party-context';
export {
  DEMO_PASSWORD,
  DemoResetRefusedError,
  type DemoSeedResult,
  resetDemoParty,
} from './features/party/seed-demo-party';
export { type LoadProgress, loadResultsData } from './features/results/load-results-data';
export { findRootDir } from './find-root-dir';
export { PortInUseError, type RunningServer, startServer } from './start-server';

export { createApp } from './app';
export { type Config, ConfigError, loadConfig } from './config';
export { loadPartyContext } from './context/load-party-context';
export {
  DEMO_PASSWORD,
  DemoResetRefusedError,
  type DemoSeedResult,
  resetDemoParty,
} from './demo/seed-demo-party';
export { buildOpenApiDocument } from './docs/openapi-document';
export {
  type AppliedImport,
  applyMembershipImport,
  ImportHasErrorsError,
  planMembershipImport,
} from './features/import/import-members';
export { presentImportPlan } from './features/import/present-import-plan';
export { type LoadProgress, loadResultsData } from './features/results/load-results-data';
export { adoptRuleBook } from './features/rule-book/adopt-rule-book';
export { findRootDir } from './find-root-dir';
export { PortInUseError, type RunningServer, startServer } from './start-server';

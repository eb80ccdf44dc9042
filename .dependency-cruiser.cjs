// Boundaries of the code, checked by `npm test` (the "boundaries" step) and proven to bite by
// scripts/boundaries.test.ts. ARCHITECTURE.md draws the same picture.

/** Pure packages: plain data in, plain data out (their tests and benchmarks may read files). */
const PURE =
  '^packages/(count|elections|party|party-import|demo|rule-book|meetings|ballots|selections|organising|discussion|discipline|csv)/src/';
/** Domain packages built on the membership kernel. */
const DOMAINS = '^packages/(meetings|ballots|selections|organising|discussion|discipline)/src/';
const TESTS = '(\\.(test|bench)\\.tsx?$|/testing/|/testing\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'web-no-cross-feature',
      comment:
        'A web feature may not import another feature; shared pieces go in src/app, src/lib or src/components.',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/features/', pathNot: '^apps/web/src/features/$1/' },
    },
    {
      name: 'server-no-cross-feature',
      comment:
        'A server feature may not import another; what several features use lives in apps/server/src/context.',
      severity: 'error',
      from: { path: '^apps/server/src/features/([^/]+)/' },
      to: { path: '^apps/server/src/features/', pathNot: '^apps/server/src/features/$1/' },
    },
    {
      name: 'server-no-upward',
      comment: 'The request chain, the shared context and sign-in infrastructure never import a feature.',
      severity: 'error',
      from: { path: '^apps/server/src/(http|context|auth|demo|jobs)/' },
      to: { path: '^apps/server/src/features/' },
    },
    {
      name: 'pure-no-io',
      comment: 'Pure packages do no I/O: no Node built-ins, database, HTTP or mail libraries, and no apps.',
      severity: 'error',
      from: { path: PURE, pathNot: TESTS },
      to: {
        dependencyTypesNot: ['type-only'],
        path: '^(node:|fs$|path$|net$|http$|https$|child_process$|worker_threads$|crypto$|os$)|node_modules/(pg|kysely|@electric-sql|hono|@hono|nodemailer|pino|piscina)/|^packages/db/|^apps/',
      },
    },
    {
      name: 'pure-no-node-core',
      comment: 'Pure packages use no Node built-in modules outside their tests and benchmarks.',
      severity: 'error',
      from: { path: PURE, pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'kernel-depends-on-no-domain',
      comment:
        'The membership kernel (packages/party) imports no other package of ours: every domain builds on it.',
      severity: 'error',
      from: { path: '^packages/party/src/' },
      to: { path: '^packages/', pathNot: '^packages/party/' },
    },
    {
      name: 'domains-not-above-themselves',
      comment:
        'Domain packages may use the kernel and each other’s public API, never the composed rule book, db or apps.',
      severity: 'error',
      from: { path: DOMAINS },
      to: { path: '^packages/(rule-book|db|demo|party-import)/|^apps/' },
    },
    {
      name: 'no-package-internals',
      comment:
        'Import another package only through its entry (`@caucus/x` or an exported subpath), never its files.',
      severity: 'error',
      from: { path: '^(packages|apps)/([^/]+)/' },
      to: {
        path: '^packages/[^/]+/src/',
        pathNot: ['^packages/$2/', '^packages/[^/]+/src/(index|testing)\\.ts$'],
      },
    },
    {
      name: 'cli-uses-server-entry',
      comment: 'The CLI reaches the server only through its public entries.',
      severity: 'error',
      from: { path: '^apps/cli/' },
      to: {
        path: '^apps/server/src/',
        pathNot:
          '^apps/server/src/(index|find-root-dir|api-types-entry|features/count/count-(task|pool))\\.ts$',
      },
    },
    {
      name: 'web-no-server-code',
      comment: 'The web app runs in browsers: no database, server or CLI code.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(packages/db|apps/server|apps/cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|coverage)/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};

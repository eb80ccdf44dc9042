import { createBrowserRouter } from 'react-router';
import { AboutPage } from '../features/about/about-page';
import { AccountPage } from '../features/account/account-page';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { SignInLinkPage } from '../features/sign-in/sign-in-link-page';
import { SignInPage } from '../features/sign-in/sign-in-page';
import { Layout } from './layout';

/** All client-side routes; pages with charts or maps load their code when first visited. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/about', element: <AboutPage /> },
      {
        path: '/ballots/count',
        lazy: () => import('../features/count/count-page').then((m) => ({ Component: m.CountPage })),
      },
      {
        path: '/results',
        lazy: () => import('../features/results/election-page').then((m) => ({ Component: m.ElectionPage })),
      },
      {
        path: '/results/elections/:year',
        lazy: () => import('../features/results/election-page').then((m) => ({ Component: m.ElectionPage })),
      },
      {
        path: '/results/seats/:code',
        lazy: () =>
          import('../features/results/constituency-page').then((m) => ({ Component: m.ConstituencyPage })),
      },
      {
        path: '/results/change',
        lazy: () =>
          import('../features/results/area-change-page').then((m) => ({ Component: m.AreaChangePage })),
      },
      {
        path: '/results/targets',
        lazy: () => import('../features/results/targets-page').then((m) => ({ Component: m.TargetsPage })),
      },
      {
        path: '/results/by-elections',
        lazy: () =>
          import('../features/results/by-elections-page').then((m) => ({ Component: m.ByElectionsPage })),
      },
      {
        path: '/results/by-elections/:code/:date',
        lazy: () =>
          import('../features/results/by-election-page').then((m) => ({ Component: m.ByElectionPage })),
      },
      {
        path: '/results/projection',
        lazy: () =>
          import('../features/results/projection-page').then((m) => ({ Component: m.ProjectionPage })),
      },
      {
        path: '/results/backtest',
        lazy: () => import('../features/results/backtest-page').then((m) => ({ Component: m.BacktestPage })),
      },
      {
        path: '/party',
        lazy: () =>
          import('../features/party/membership-page').then((m) => ({ Component: m.MembershipPage })),
      },
      {
        path: '/party/eligibility',
        lazy: () =>
          import('../features/party/eligibility-page').then((m) => ({ Component: m.EligibilityPage })),
      },
      {
        path: '/party/rule-book',
        lazy: () => import('../features/party/rule-book-page').then((m) => ({ Component: m.RuleBookPage })),
      },
      {
        path: '/party/units/:unitId',
        lazy: () => import('../features/party/unit-page').then((m) => ({ Component: m.UnitPage })),
      },
      {
        path: '/party/members/:memberId',
        lazy: () => import('../features/party/member-page').then((m) => ({ Component: m.MemberPage })),
      },
      {
        path: '/party/units/:unitId/import',
        lazy: () => import('../features/party/import-page').then((m) => ({ Component: m.ImportPage })),
      },
      {
        path: '/party/units/:unitId/audit',
        lazy: () => import('../features/party/audit-page').then((m) => ({ Component: m.AuditPage })),
      },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-in/link', element: <SignInLinkPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

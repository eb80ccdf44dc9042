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
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-in/link', element: <SignInLinkPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

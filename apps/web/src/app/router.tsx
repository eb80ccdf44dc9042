import { createBrowserRouter } from 'react-router';
import { AboutPage } from '../features/about/about-page';
import { CountPage } from '../features/count/count-page';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { Layout } from './layout';

/** All client-side routes. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/about', element: <AboutPage /> },
      { path: '/ballots/count', element: <CountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';

/** Shown for any address Caucus does not know. */
export function NotFoundPage() {
  useDocumentTitle('Page not found');
  const location = useLocation();
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{location.pathname}</code>. If you typed the address, check it; otherwise go
        to the <Link to="/">home page</Link>.
      </p>
    </>
  );
}

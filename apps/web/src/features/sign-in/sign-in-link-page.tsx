import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSetSession } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';

/** Landing page of an emailed sign-in link; the token is in the fragment, so it never reaches server logs. */
export function SignInLinkPage() {
  useDocumentTitle('Signing in');
  const navigate = useNavigate();
  const setSession = useSetSession();
  const redeem = useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/auth/sign-in-links/redeem', { body: { token } })),
    onSuccess: (session) => {
      setSession(session);
      navigate('/account', { replace: true });
    },
  });
  const { mutate } = redeem;
  useEffect(() => {
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
    window.history.replaceState(null, '', window.location.pathname);
    if (token) mutate(token);
  }, [mutate]);

  return (
    <>
      <h1>Signing in</h1>
      {redeem.isPending && <p>Checking your link…</p>}
      {redeem.isError && (
        <>
          <ProblemMessage error={redeem.error} />
          <p>
            <Link to="/sign-in">Ask for a new link</Link>
          </p>
        </>
      )}
      {redeem.isIdle && (
        <p>
          This page needs the link from your email. <Link to="/sign-in">Go to sign in</Link>.
        </p>
      )}
    </>
  );
}

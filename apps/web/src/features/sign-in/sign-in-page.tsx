import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useSetSession } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';

/** Sign in with email and password, or ask for a one-time link by email. */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setSession = useSetSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [linkEmail, setLinkEmail] = useState('');
  const next = params.get('next')?.startsWith('/') ? (params.get('next') as string) : '/account';

  const signIn = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/sign-in', { body: { email, password } })),
    onSuccess: (session) => {
      setSession(session);
      navigate(next);
    },
  });
  const link = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/sign-in-links', { body: { email: linkEmail } })),
  });

  const onSignIn = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  const onLink = (event: FormEvent) => {
    event.preventDefault();
    link.mutate();
  };

  return (
    <>
      <h1>Sign in</h1>
      <div className="two-columns">
        <form className="card" onSubmit={onSignIn} aria-labelledby="password-heading">
          <h2 id="password-heading">With your password</h2>
          <label htmlFor="email">Email address</label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {signIn.isError && <ProblemMessage error={signIn.error} />}
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <form className="card" onSubmit={onLink} aria-labelledby="link-heading">
          <h2 id="link-heading">With a link by email</h2>
          <p>No password, or forgotten it? We will email you a link that signs you in once.</p>
          <label htmlFor="link-email">Email address</label>
          <input
            id="link-email"
            type="email"
            autoComplete="email"
            required
            value={linkEmail}
            onChange={(e) => setLinkEmail(e.target.value)}
          />
          {link.isError && <ProblemMessage error={link.error} />}
          {link.isSuccess && (
            <p role="status" className="success">
              {link.data.message}
            </p>
          )}
          <button type="submit" className="button--secondary" disabled={link.isPending}>
            Email me a sign-in link
          </button>
        </form>
      </div>
    </>
  );
}

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useSession, useSetSession } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProblemMessage } from '../../components/problem-message';
import { api, unwrap } from '../../lib/api';

/** The signed-in person's account: who they are, their roles, password and sessions. */
export function AccountPage() {
  useDocumentTitle('Your account');
  const session = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const password = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/auth/password', {
          body: { ...(current === '' ? {} : { currentPassword: current }), newPassword: next },
        }),
      ),
    onSuccess: () => {
      setCurrent('');
      setNext('');
    },
  });
  const everywhere = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/sign-out-everywhere')),
    onSuccess: () => {
      setSession(null);
      navigate('/sign-in');
    },
  });

  if (session.isPending) return <p>Loading…</p>;
  if (!session.data) return <Navigate to="/sign-in?next=/account" replace />;
  const { user, grants } = session.data;

  const onPassword = (event: FormEvent) => {
    event.preventDefault();
    password.mutate();
  };

  return (
    <>
      <h1>Your account</h1>
      <section className="card" aria-labelledby="who-heading">
        <h2 id="who-heading">{user.displayName}</h2>
        <dl className="facts">
          <dt>Email</dt>
          <dd>{user.email}</dd>
          <dt>Roles</dt>
          <dd>
            {grants.length === 0
              ? 'None: you can see your own membership.'
              : grants.map((g) => `${g.role.replace(/_/g, ' ')} (${g.unitId})`).join(', ')}
          </dd>
        </dl>
      </section>
      <form className="card" onSubmit={onPassword} aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <label htmlFor="current-password">Current password (leave empty if you have never set one)</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <label htmlFor="new-password">New password (at least 10 characters)</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        {password.isError && <ProblemMessage error={password.error} />}
        {password.isSuccess && (
          <p role="status" className="success">
            Password changed. Your other sessions have been signed out.
          </p>
        )}
        <button type="submit" className="button" disabled={password.isPending}>
          Change password
        </button>
      </form>
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <p>Lost a phone, or signed in on a shared computer? End every session, including this one.</p>
        {everywhere.isError && <ProblemMessage error={everywhere.error} />}
        <button type="button" className="button--secondary" onClick={() => everywhere.mutate()}>
          Sign out everywhere
        </button>
      </section>
    </>
  );
}

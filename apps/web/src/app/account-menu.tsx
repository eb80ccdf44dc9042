import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../lib/api';
import { useSession, useSetSession } from './session';

/** The header's sign-in link, or the signed-in person's name with a sign-out button. */
export function AccountMenu() {
  const session = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/sign-out')),
    onSettled: () => {
      setSession(null);
      navigate('/');
    },
  });
  if (session.isPending) return null;
  if (!session.data) {
    return (
      <Link to="/sign-in" className="account-menu__link">
        Sign in
      </Link>
    );
  }
  return (
    <div className="account-menu">
      <Link to="/account" className="account-menu__link">
        {session.data.user.displayName}
      </Link>
      <button type="button" className="account-menu__button" onClick={() => signOut.mutate()}>
        Sign out
      </button>
    </div>
  );
}

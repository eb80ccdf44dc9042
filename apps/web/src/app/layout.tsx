import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from './account-menu';
import { AREAS } from './areas';

/** The app shell: skip link, header with main navigation, main landmark and footer. */
export function Layout() {
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const shownPath = useRef(location.pathname);

  // After client-side navigation, close the phone menu and move focus to the page so
  // screen readers announce it.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    setMenuOpen(false);
    mainRef.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="brand" aria-label="Caucus home">
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <path d="M9 22V10h4l3 6 3-6h4v12h-3v-7l-4 7-4-7v7z" fill="#fff" />
            </svg>
            <span>Caucus</span>
          </Link>
          <AccountMenu />
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
        <nav id="main-nav" aria-label="Main" className={menuOpen ? 'main-nav main-nav--open' : 'main-nav'}>
          <ul>
            {AREAS.map((area) =>
              area.available ? (
                <li key={area.path}>
                  <NavLink to={area.path}>{area.label}</NavLink>
                </li>
              ) : (
                <li key={area.path}>
                  <span className="nav-soon" aria-disabled="true" title={`${area.label}: not available yet`}>
                    {area.label} <small>soon</small>
                  </span>
                </li>
              ),
            )}
            <li>
              <NavLink to="/about">About</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Caucus is free software under the{' '}
          <a href="https://www.gnu.org/licenses/agpl-3.0.html">
            GNU Affero General Public License v3.0 or later
          </a>
          . <Link to="/about">About and data credits</Link> · <a href="/api/docs">API reference</a>
        </p>
      </footer>
    </div>
  );
}

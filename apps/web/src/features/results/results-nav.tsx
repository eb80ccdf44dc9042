import { NavLink } from 'react-router';

const LINKS = [
  { to: '/results', label: 'Elections', end: true },
  { to: '/results/change', label: 'Area change' },
  { to: '/results/targets', label: 'Targets' },
  { to: '/results/by-elections', label: 'By-elections' },
  { to: '/results/projection', label: 'Projection' },
  { to: '/results/backtest', label: 'Backtest' },
];

/** The results area's own navigation. */
export function ResultsNav() {
  return (
    <nav aria-label="Results" className="results-nav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end ?? false}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

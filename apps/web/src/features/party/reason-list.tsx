import type { Reason } from './party-types';

/** The conditions of an eligibility decision, each marked met or not met. */
export function ReasonList({ reasons }: { reasons: Reason[] }) {
  return (
    <ul className="reason-list">
      {reasons.map((reason) => (
        <li
          key={`${reason.kind}:${reason.message}`}
          className={reason.passed ? 'reason--met' : 'reason--unmet'}
        >
          <span className="visually-hidden">{reason.passed ? 'Met: ' : 'Not met: '}</span>
          <span aria-hidden="true">{reason.passed ? '✓ ' : '✗ '}</span>
          {reason.message}
        </li>
      ))}
    </ul>
  );
}

import { ApiError } from '../lib/api';

/** Shows why a request failed: the problem's detail and each field error. */
export function ProblemMessage({ error }: { error: Error }) {
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div role="alert" className="problem">
      <p className="problem__title">{problem?.title ?? 'Something went wrong'}</p>
      <p>{error.message}</p>
      {problem?.errors && problem.errors.length > 1 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

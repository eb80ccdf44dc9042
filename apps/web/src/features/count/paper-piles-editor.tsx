import type { Pile } from './piles-to-election';

/** Props of PaperPilesEditor. */
export interface PaperPilesEditorProps {
  candidates: string;
  onCandidatesChange: (text: string) => void;
  piles: Pile[];
  onPilesChange: (piles: Pile[]) => void;
}

/** Lets an officer type the candidates and the sorted piles of paper ballots with their counts. */
export function PaperPilesEditor({
  candidates,
  onCandidatesChange,
  piles,
  onPilesChange,
}: PaperPilesEditorProps) {
  const update = (index: number, change: Partial<Pile>) =>
    onPilesChange(piles.map((pile, i) => (i === index ? { ...pile, ...change } : pile)));
  return (
    <div className="piles">
      <label htmlFor="pile-candidates">Candidates, one per line, in ballot-paper order</label>
      <textarea
        id="pile-candidates"
        rows={5}
        value={candidates}
        onChange={(e) => onCandidatesChange(e.target.value)}
      />
      <p className="hint" id="piles-hint">
        One row per pile of identical papers. Write preferences in order separated by commas, by name or by
        number in the list above (1 = first); join equal preferences with “=”.
      </p>
      <table className="piles__table">
        <thead>
          <tr>
            <th scope="col">Preferences</th>
            <th scope="col">Papers</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {piles.map((pile, index) => (
            // Rows have no identity beyond their position while being typed.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={index}>
              <td>
                <input
                  aria-label={`Pile ${index + 1} preferences`}
                  aria-describedby="piles-hint"
                  value={pile.preferences}
                  onChange={(e) => update(index, { preferences: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Pile ${index + 1} number of papers`}
                  inputMode="numeric"
                  className="input--short"
                  value={pile.count}
                  onChange={(e) => update(index, { count: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="button--link"
                  onClick={() => onPilesChange(piles.filter((_, i) => i !== index))}
                  disabled={piles.length === 1}
                >
                  Remove<span className="visually-hidden"> pile {index + 1}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button--secondary"
        onClick={() => onPilesChange([...piles, { preferences: '', count: '' }])}
      >
        Add a pile
      </button>
    </div>
  );
}

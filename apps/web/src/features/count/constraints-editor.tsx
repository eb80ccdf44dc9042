/** A seat constraint as typed: a category, its bounds as text, and the candidates in it. */
export interface ConstraintDraft {
  category: string;
  min: string;
  max: string;
  members: string[];
}

/** Props of ConstraintsEditor. */
export interface ConstraintsEditorProps {
  /** Candidate names in ballot order, or an empty list when the ballots cannot be read yet. */
  candidates: readonly string[];
  drafts: ConstraintDraft[];
  onChange: (drafts: ConstraintDraft[]) => void;
}

/** Lets an officer require at least / at most N seats for a category of candidates (e.g. women). */
export function ConstraintsEditor({ candidates, drafts, onChange }: ConstraintsEditorProps) {
  const update = (index: number, change: Partial<ConstraintDraft>) =>
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...change } : draft)));
  return (
    <fieldset className="constraints">
      <legend>Seat constraints (optional)</legend>
      <p className="hint">
        For rules such as “at least 4 women among 9”: candidates who could no longer let the constraint be met
        are excluded, and those it needs are kept until elected.
      </p>
      {candidates.length === 0 && drafts.length > 0 && (
        <p className="hint">Enter valid ballots above to choose the candidates in each category.</p>
      )}
      {drafts.map((draft, index) => (
        // Rows have no identity beyond their position while being typed.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="constraint card" key={index}>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`constraint-${index}-category`}>Category</label>
              <input
                id={`constraint-${index}-category`}
                value={draft.category}
                placeholder="e.g. women"
                onChange={(e) => update(index, { category: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`constraint-${index}-min`}>At least</label>
              <input
                id={`constraint-${index}-min`}
                className="input--short"
                inputMode="numeric"
                value={draft.min}
                onChange={(e) => update(index, { min: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`constraint-${index}-max`}>At most</label>
              <input
                id={`constraint-${index}-max`}
                className="input--short"
                inputMode="numeric"
                value={draft.max}
                onChange={(e) => update(index, { max: e.target.value })}
              />
            </div>
          </div>
          {candidates.length > 0 && (
            <fieldset>
              <legend>Candidates in {draft.category.trim() || `category ${index + 1}`}</legend>
              {candidates.map((name) => (
                <label className="radio" key={name}>
                  <input
                    type="checkbox"
                    checked={draft.members.includes(name)}
                    onChange={(e) =>
                      update(index, {
                        members: e.target.checked
                          ? candidates.filter((c) => c === name || draft.members.includes(c))
                          : draft.members.filter((m) => m !== name),
                      })
                    }
                  />{' '}
                  {name}
                </label>
              ))}
            </fieldset>
          )}
          <button
            type="button"
            className="button--link"
            onClick={() => onChange(drafts.filter((_, i) => i !== index))}
          >
            Remove this constraint
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button--secondary"
        onClick={() => onChange([...drafts, { category: '', min: '', max: '', members: [] }])}
      >
        Add a constraint
      </button>
    </fieldset>
  );
}

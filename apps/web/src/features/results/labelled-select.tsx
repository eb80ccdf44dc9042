/** Props of LabelledSelect. */
export interface LabelledSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The choices; each is shown as written. */
  choices: readonly string[] | undefined;
  /** Label of the empty choice, meaning "no filter". */
  anyLabel?: string;
}

/** A labelled drop-down of plain text choices with an optional "any" choice first. */
export function LabelledSelect({
  id,
  label,
  value,
  onChange,
  choices,
  anyLabel = 'Any',
}: LabelledSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {choices?.map((choice) => (
          <option key={choice}>{choice}</option>
        ))}
      </select>
    </div>
  );
}

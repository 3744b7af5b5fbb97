import type { ReactNode } from 'react';

interface CheckGroupProps {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
  /** Many short options (states) sit in more columns. */
  dense?: boolean;
  /** A control beside the options, e.g. "add every Southern state". */
  extra?: ReactNode;
}

/** A group of checkboxes under one legend, with its hint and the server's error for the group. */
export function CheckGroup({
  id,
  legend,
  hint,
  error,
  options,
  checked,
  onChange,
  dense,
  extra,
}: CheckGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...checked, value] : checked.filter((v) => v !== value));
  return (
    <fieldset
      className="fieldset"
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {extra}
      <div className={dense ? 'check-grid check-grid-dense' : 'check-grid'}>
        {options.map((o) => (
          <div key={o.value} className="checkbox-row">
            <input
              id={`${id}-${o.value}`}
              type="checkbox"
              checked={checked.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

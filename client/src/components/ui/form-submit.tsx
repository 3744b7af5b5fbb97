import { useErrorText } from './query-error';

interface FormSubmitProps {
  /** What the form sends: a mutation's state. */
  mutation: { isPending: boolean; isSuccess: boolean; isError: boolean; error: unknown };
  /** The server's field errors; an error that names no field is said here, above the button. */
  fieldErrors: Record<string, string>;
  label: string;
  savingLabel: string;
  doneLabel: string;
}

/** A form's submit button, the error no field explains, and the word that the last submit took. */
export function FormSubmit({
  mutation,
  fieldErrors,
  label,
  savingLabel,
  doneLabel,
}: FormSubmitProps) {
  const errorText = useErrorText();
  return (
    <>
      {mutation.isError && Object.keys(fieldErrors).length === 0 && (
        <p className="field-error form-wide" role="alert">
          {errorText(mutation.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? savingLabel : label}
        </button>
        <p className="control-status" role="status">
          {mutation.isSuccess ? doneLabel : ''}
        </p>
      </div>
    </>
  );
}

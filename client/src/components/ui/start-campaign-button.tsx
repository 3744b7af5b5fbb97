import type { UseMutationResult } from '@tanstack/react-query';
import type { CampaignCreate } from '@shopfloor/shared';
import { useErrorText } from './query-error';
import './ui.css';

/** What the button and the cell say, in the words of the page it is on. */
export interface StartCampaignText {
  /** The cell's text until there is a campaign, e.g. "No campaign". */
  none: string;
  start: string;
  /** The button's name, with the workplace: "Start a campaign at Duke University Hospital". */
  label: string;
  saving: string;
}

interface StartCampaignButtonProps {
  workplaceId: number;
  /** The feature's start mutation: it knows which of its pages to refresh. */
  start: UseMutationResult<unknown, Error, CampaignCreate>;
  text: StartCampaignText;
  onStart?: () => void;
}

/** For a workplace with no campaign: one click starts a union drive at the mapping stage. */
export function StartCampaignButton({
  workplaceId,
  start,
  text,
  onStart,
}: StartCampaignButtonProps) {
  const errorText = useErrorText();
  return (
    <div className="stage-control">
      <span className="stage-none">{text.none}</span>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-label={text.label}
        disabled={start.isPending}
        onClick={() => {
          onStart?.();
          start.mutate({ workplaceId, kind: 'union_drive' });
        }}
      >
        {start.isPending ? text.saving : text.start}
      </button>
      {start.isError && (
        <p className="field-error" role="alert">
          {errorText(start.error)}
        </p>
      )}
    </div>
  );
}

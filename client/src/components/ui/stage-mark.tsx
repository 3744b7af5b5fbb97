import { stageColors, stageInk, stageMarks, type StageKey } from './stage-looks';
import './ui.css';

/**
 * A stage's colour with its mark on it, as on the chapter map. Hidden from screen readers: the
 * stage's name is always written beside it.
 */
export function StageMark({ stage }: { stage: StageKey }) {
  return (
    <span
      className="stage-mark"
      style={{ background: stageColors[stage], color: stageInk(stage) }}
      aria-hidden="true"
    >
      {stageMarks[stage]}
    </span>
  );
}

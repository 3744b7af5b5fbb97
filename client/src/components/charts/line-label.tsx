import { Text } from 'recharts';
import { INK } from './axis';

const PAD = 5;

interface LineLabelProps {
  text: string;
  /** The line's box, given by recharts: from the plot's left edge to its right. */
  viewBox?: unknown;
}

/**
 * A level line's name (a goal), under the line from its left end, broken into as many lines as
 * the plot's width needs: on a phone one long line would run past the chart's right edge. A white
 * edge keeps it readable over the areas and bars it crosses.
 */
export function LineLabel({ text, viewBox }: LineLabelProps) {
  const box = (viewBox ?? {}) as { x?: number; y?: number; width?: number };
  if (box.x === undefined || box.y === undefined) return null;
  return (
    <Text
      className="chart-line-label"
      x={box.x + PAD}
      y={box.y + PAD}
      width={Math.max((box.width ?? 0) - 2 * PAD, 0)}
      verticalAnchor="start"
      fill={INK}
      fontSize={12}
      stroke="#ffffff"
      strokeWidth={3}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {text}
    </Text>
  );
}

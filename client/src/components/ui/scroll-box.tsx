import type { ReactNode } from 'react';
import './ui.css';

interface ScrollBoxProps {
  labelledBy: string;
  children: ReactNode;
}

/**
 * A table that scrolls sideways inside its own box on a narrow screen (never the page); the box
 * takes keyboard focus so it can be scrolled without a mouse.
 */
export function ScrollBox({ labelledBy, children }: ScrollBoxProps) {
  return (
    <div className="table-wrap" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

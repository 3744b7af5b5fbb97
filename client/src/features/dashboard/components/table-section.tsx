import type { ReactNode } from 'react';

interface TableSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/**
 * A heading and a table that scrolls sideways inside its own box on a narrow screen (never the
 * page); the box takes keyboard focus so it can be scrolled without a mouse.
 */
export function TableSection({ id, title, children }: TableSectionProps) {
  return (
    <section className="table-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="table-wrap" role="group" aria-labelledby={id} tabIndex={0}>
        {children}
      </div>
    </section>
  );
}

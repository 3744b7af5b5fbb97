import type { ReactNode } from 'react';

interface FigureProps {
  label: string;
  children: ReactNode;
  testId?: string;
}

/** One headline figure: the value large, its label beneath. */
export function Figure({ label, children, testId }: FigureProps) {
  return (
    <div className="figure">
      <dt className="figure-label">{label}</dt>
      <dd className="figure-value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

import type { Count } from '@shopfloor/shared';
import { CountValue } from '../ui/count-value';
import type { SeriesRow } from './series-rows';

interface MonthCountTableProps<K extends string> {
  id: string;
  monthHeader: string;
  monthLabel: (month: string) => string;
  /** The columns, in order: each key of the rows shown, and its heading. */
  columns: readonly { key: K; label: string }[];
  rows: readonly SeriesRow<K>[];
  /** A last column with one count per row, e.g. the month's total as the server counted it. */
  total?: { label: string; counts: readonly Count[] };
  testId?: string;
  cellTestId?: (month: string, key: K) => string;
}

/** The table beside a month-by-month chart: a row per month, a column per key, each count as sent. */
export function MonthCountTable<K extends string>({
  id,
  monthHeader,
  monthLabel,
  columns,
  rows,
  total,
  testId,
  cellTestId,
}: MonthCountTableProps<K>) {
  return (
    <table id={id} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{monthHeader}</th>
          {columns.map(({ key, label }) => (
            <th key={key} scope="col" className="num">
              {label}
            </th>
          ))}
          {total && (
            <th scope="col" className="num">
              {total.label}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.month}>
            <th scope="row">{monthLabel(row.month)}</th>
            {columns.map(({ key }) => (
              <td key={key} className="num" data-testid={cellTestId?.(row.month, key)}>
                <CountValue value={row.counts[key] ?? 0} />
              </td>
            ))}
            {total && (
              <td className="num">
                <CountValue value={total.counts[i] ?? 0} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

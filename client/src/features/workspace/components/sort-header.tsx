import { useTranslation } from 'react-i18next';

interface SortHeaderProps<S extends string> {
  label: string;
  sort: S;
  ascending: S;
  descending: S;
  /** Counts read best largest first, names A to Z. */
  firstDescending?: boolean;
  onSort: (sort: S) => void;
  className?: string;
}

/** A column header that sorts the table by its column; pressing it again reverses the order. */
export function SortHeader<S extends string>({
  label,
  sort,
  ascending,
  descending,
  firstDescending,
  onSort,
  className,
}: SortHeaderProps<S>) {
  const { t } = useTranslation();
  const direction = sort === ascending ? 'ascending' : sort === descending ? 'descending' : 'none';
  const next =
    direction === 'ascending'
      ? descending
      : direction === 'descending'
        ? ascending
        : firstDescending
          ? descending
          : ascending;
  return (
    <th scope="col" aria-sort={direction} className={className}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(next)}
        title={t('workspace.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

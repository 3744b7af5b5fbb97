import { stateByCode, type NationalStats } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue, ShareValue } from './count-value';
import { ScrollBox } from './scroll-box';
import './ui.css';

export type StateFigures = NationalStats['byState'][number];

/** A state's figures, in the order tables and panels give them. */
export const stateFigureKeys = [
  'members',
  'membersMapped',
  'shareMapped',
  'workplaces',
  'activeCampaigns',
  'recruitsLast90Days',
  'chapters',
  'chaptersWithLaborCommittee',
] as const;
export type StateFigureKey = (typeof stateFigureKeys)[number];

/** One of a state's figures as the server sent it; the share only from two shown counts. */
export function StateFigure({ row, figure }: { row: StateFigures; figure: StateFigureKey }) {
  if (figure === 'shareMapped') return <ShareValue part={row.membersMapped} whole={row.members} />;
  return <CountValue value={row[figure]} />;
}

const nameOf = (code: string) => stateByCode.get(code)?.name ?? code;

interface StateFiguresTableProps {
  /** The heading's id; the table and its scroll box are named by it. */
  id: string;
  title: string;
  rows: readonly StateFigures[];
  /** Which figures, as columns. */
  figures: readonly StateFigureKey[];
  /** Given, each state's name is a button that selects it (the map's panel opens on it). */
  selection?: { selected: string | null; onSelect: (code: string) => void };
}

/** Every state the server has a row for, by name, with the chosen figures as columns. */
export function StateFiguresTable({ id, title, rows, figures, selection }: StateFiguresTableProps) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => nameOf(a.state).localeCompare(nameOf(b.state)));
  return (
    <section className="table-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ScrollBox labelledBy={id}>
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t('stateFigures.state')}</th>
              {figures.map((f) => (
                <th key={f} scope="col" className="num">
                  {t(`stateFigures.columns.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 && (
              <tr>
                <td colSpan={figures.length + 1}>{t('stateFigures.noStates')}</td>
              </tr>
            )}
            {sorted.map((row) => {
              const selected = row.state === selection?.selected;
              return (
                <tr key={row.state} className={selected ? 'row-selected' : undefined}>
                  <th scope="row">
                    {selection ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={selected}
                        onClick={() => selection.onSelect(row.state)}
                      >
                        {nameOf(row.state)}
                      </button>
                    ) : (
                      nameOf(row.state)
                    )}
                  </th>
                  {figures.map((f) => (
                    <td key={f} className="num">
                      <StateFigure row={row} figure={f} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

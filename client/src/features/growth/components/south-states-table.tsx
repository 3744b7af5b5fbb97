import { useTranslation } from 'react-i18next';
import { CountValue, ShareValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';
import type { SouthState } from '../lib/south-shading';
import '../../../components/ui/ui.css';

interface SouthStatesTableProps {
  states: readonly SouthState[];
  selected: string | null;
  onSelect: (code: string) => void;
}

export const stateColumns = [
  'chapters',
  'withCommittee',
  'withClc',
  'pods',
  'members',
  'mapped',
  'mappedShare',
  'campaigns',
  'reserve',
] as const;

/** The map's figures as a table: every Southern state, by name; a state's name picks it. */
export function SouthStatesTable({ states, selected, onSelect }: SouthStatesTableProps) {
  const { t } = useTranslation();
  const sorted = [...states].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="south-states-title" data-testid="south-states">
      <h2 id="south-states-title">{t('growth.south.states.title')}</h2>
      <p className="muted">{t('growth.south.states.intro')}</p>
      <ScrollBox labelledBy="south-states-title">
        <table aria-labelledby="south-states-title">
          <thead>
            <tr>
              <th scope="col">{t('growth.south.states.state')}</th>
              {stateColumns.map((c) => (
                <th key={c} scope="col" className="num">
                  {t(`growth.south.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((s) => (
              <tr key={s.state} className={s.state === selected ? 'row-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={s.state === selected}
                    onClick={() => onSelect(s.state)}
                  >
                    {s.name}
                  </button>
                </th>
                <td className="num">
                  <CountValue value={s.chapters} />
                </td>
                <td className="num">
                  <CountValue value={s.chaptersWithLaborCommittee} />
                </td>
                <td className="num">
                  <CountValue value={s.chaptersWithClcDelegate} />
                </td>
                <td className="num">
                  <CountValue value={s.pods} />
                </td>
                <td className="num">
                  <CountValue value={s.members} />
                </td>
                <td className="num">
                  <CountValue value={s.membersMapped} />
                </td>
                <td className="num">
                  <ShareValue part={s.membersMapped} whole={s.members} />
                </td>
                <td className="num">
                  <CountValue value={s.activeCampaigns} />
                </td>
                <td className="num">
                  <CountValue value={s.reserveOrganizers} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

import type { Turnout } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { ScrollBox } from '../../../components/ui/scroll-box';
import { useGroupLabel } from '../lib/use-group-label';
import { SuppressionNotes } from '../../../components/ui/suppression-notes';
import { TurnoutPercent } from './turnout-percent';

/** Every group's roll, voters and turnout, small counts suppressed as the server sent them. */
export function TurnoutTable({ turnout }: { turnout: Turnout }) {
  const { t } = useTranslation();
  const label = useGroupLabel(turnout.by);
  const counts = [turnout.roll, turnout.voted, ...turnout.groups.flatMap((g) => [g.roll, g.voted])];
  return (
    <section aria-labelledby="turnout-table-heading">
      <h2 id="turnout-table-heading">{t(`votes.turnout.tableTitles.${turnout.by}`)}</h2>
      {turnout.groups.length === 0 ? (
        <p className="muted">{t('votes.turnout.noGroups')}</p>
      ) : (
        <ScrollBox labelledBy="turnout-table-heading">
          <table data-testid="turnout-table">
            <thead>
              <tr>
                <th scope="col">{t(`votes.turnout.groupings.${turnout.by}`)}</th>
                <th scope="col" className="num">
                  {t('votes.turnout.columns.roll')}
                </th>
                <th scope="col" className="num">
                  {t('votes.turnout.columns.voted')}
                </th>
                <th scope="col" className="num">
                  {t('votes.turnout.columns.turnout')}
                </th>
              </tr>
            </thead>
            <tbody>
              {turnout.groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{label(g)}</th>
                  <td className="num">
                    <CountValue value={g.roll} />
                  </td>
                  <td className="num">
                    <CountValue value={g.voted} />
                  </td>
                  <td className="num">
                    <TurnoutPercent value={g.turnout} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('votes.turnout.total')}</th>
                <td className="num">
                  <CountValue value={turnout.roll} />
                </td>
                <td className="num">
                  <CountValue value={turnout.voted} />
                </td>
                <td className="num">
                  <TurnoutPercent value={turnout.turnout} />
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollBox>
      )}
      <SuppressionNotes values={counts} />
    </section>
  );
}

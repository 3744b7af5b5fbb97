import type { Turnout } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';
import { CountValue } from '../../../components/ui/count-value';
import { useGroupLabel } from '../lib/use-group-label';
import { TurnoutPercent } from './turnout-percent';

/** Every group's roll, voters and turnout, small counts suppressed as the server sent them. */
export function TurnoutTable({ id, turnout }: { id: string; turnout: Turnout }) {
  const { t } = useTranslation();
  const label = useGroupLabel(turnout.by);
  return (
    <table id={id} data-testid="turnout-table">
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
  );
}

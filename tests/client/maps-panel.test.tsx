import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Chapter } from '@shopfloor/shared';
import { describe, expect, it } from 'vitest';
import { StatePanel } from '../../client/src/features/maps/components/state-panel';
import { applyLanguage } from '../../client/src/i18n';
import { nationalStatsWithSmallCells, triangleChapter } from './helpers/fixtures';

const HIDDEN = 'Hidden so a small count cannot be worked out by subtraction';
const byState = (code: string) => nationalStatsWithSmallCells.byState.find((r) => r.state === code);

const ashevilleChapter: Chapter = {
  ...triangleChapter,
  id: 11,
  name: 'Asheville',
  city: 'Asheville',
  zip: '28801',
  hasLaborCommittee: false,
  sizeClass: 'small_city',
};

function renderPanel(code: string, canOpenChapters: boolean, chapters: Chapter[] = []) {
  render(
    <MemoryRouter>
      <StatePanel
        code={code}
        figures={byState(code)}
        chapters={chapters}
        isSouth={code === 'NC'}
        canOpenChapters={canOpenChapters}
        onClose={() => undefined}
      />
    </MemoryRouter>,
  );
  return screen.getByTestId('state-panel');
}

function figure(panel: HTMLElement, label: string) {
  const term = within(panel).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('state panel', () => {
  it("shows a state's figures, its share, and its chapters without links for national staff", () => {
    const panel = renderPanel('NC', false, [triangleChapter, ashevilleChapter]);
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('North Carolina');
    expect(panel).toHaveTextContent('In the South');
    expect(figure(panel, 'Members')).toHaveTextContent('2,345');
    expect(figure(panel, 'Mapped to a workplace')).toHaveTextContent('600');
    expect(figure(panel, 'Share mapped')).toHaveTextContent('25.6%');
    expect(figure(panel, 'Workplaces')).toHaveTextContent('140');
    expect(within(panel).getByText('Triangle')).toBeInTheDocument();
    expect(within(panel).getByText('Asheville')).toBeInTheDocument();
    expect(panel).toHaveTextContent('No labor committee yet');
    expect(within(panel).queryByRole('link')).not.toBeInTheDocument();
  });

  it('lets an admin open a chapter workspace and its map', () => {
    const panel = renderPanel('NC', true, [triangleChapter]);
    expect(within(panel).getByRole('link', { name: 'Triangle' })).toHaveAttribute(
      'href',
      '/chapter?chapterId=7',
    );
    expect(within(panel).getByRole('link', { name: 'Chapter map: Triangle' })).toHaveAttribute(
      'href',
      '/chapter/map?chapterId=7',
    );
  });

  it('shows "<5" as it is and never works out a share from it', () => {
    const panel = renderPanel('WY', false);
    expect(figure(panel, 'Members')).toHaveTextContent(/^<5$/);
    const share = figure(panel, 'Share mapped');
    expect(share).not.toHaveTextContent('%');
    expect(within(share).getByTitle('Cannot be worked out from hidden counts')).toBeInTheDocument();
    expect(panel).toHaveTextContent('No chapter in this state yet.');
    expect(panel).not.toHaveTextContent('In the South');
  });

  it('shows a complementary-suppressed count as an explained bullet', () => {
    const panel = renderPanel('VT', false);
    expect(within(figure(panel, 'Members')).getByTitle(HIDDEN)).toHaveTextContent('•');
    expect(figure(panel, 'Mapped to a workplace')).toHaveTextContent('250');
  });

  it('speaks Spanish', async () => {
    await applyLanguage('es');
    const panel = renderPanel('NC', false, [triangleChapter]);
    expect(panel).toHaveTextContent('En el Sur');
    expect(figure(panel, 'Miembros')).toHaveTextContent('2345');
    expect(panel).toHaveTextContent('Tiene comité laboral');
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  csvField,
  fileSlug,
  tableCsv,
  tableRows,
  toCsv,
} from '../../client/src/components/charts/chart-download';
import { ChartFigure } from '../../client/src/components/charts/chart-figure';
import { applyLanguage } from '../../client/src/i18n';

const BOM = '\uFEFF';

/** A file's bytes (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function tableFrom(html: string): HTMLTableElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.querySelector('table')!;
}

describe('a CSV field', () => {
  it.each([
    ['=HYPERLINK("http://x.test","click")', `"'=HYPERLINK(""http://x.test"",""click"")"`],
    ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['-2+3+cmd|/C calc!A0', "'-2+3+cmd|/C calc!A0"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTab first', "'\tTab first"],
    ['\r=1', `"'\r=1"`],
  ])('puts a quote before a formula: %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it.each(['-3', '+12', '1,234', '1.234,5', '-12%', '45%', '0'])(
    'leaves a plain number as it is: %s',
    (cell) => {
      expect(csvField(cell)).toBe(cell.includes(',') ? `"${cell}"` : cell);
    },
  );

  it('quotes commas, double quotes and line breaks, and nothing else', () => {
    expect(csvField('Health Care and Social Assistance')).toBe('Health Care and Social Assistance');
    expect(csvField('<5')).toBe('<5');
    expect(csvField('Durham, NC')).toBe('"Durham, NC"');
    expect(csvField('the "Triangle"')).toBe('"the ""Triangle"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });
});

describe('a CSV file', () => {
  it('starts with the byte-order mark and ends every line with a line feed', () => {
    expect(
      toCsv([
        ['Stage', 'Campaigns'],
        ['Committee', '<5'],
        ['Público', '12'],
      ]),
    ).toBe(`${BOM}Stage,Campaigns\nCommittee,<5\nPúblico,12\n`);
  });
});

describe("a table's rows", () => {
  it('reads the head first and the foot last, as a screen reader does', () => {
    const table = tableFrom(`
      <table>
        <thead><tr><th scope="col">Month</th><th scope="col">Members <span aria-hidden="true">▲</span></th></tr></thead>
        <tfoot><tr><th scope="row">Total</th><td>7</td></tr></tfoot>
        <tbody>
          <tr><th scope="row">Oct   2026</th><td><span class="count-small">&lt;5</span></td></tr>
          <tr><th scope="row">Nov 2026</th><td><span class="count-hidden"><span aria-hidden="true">•</span><span class="visually-hidden">hidden (see the note below)</span></span></td></tr>
        </tbody>
      </table>`);
    expect(tableRows(table)).toEqual([
      ['Month', 'Members'],
      ['Oct 2026', '<5'],
      ['Nov 2026', 'hidden (see the note below)'],
      ['Total', '7'],
    ]);
  });

  it('keeps every row as wide as the table where cells span columns or rows', () => {
    const table = tableFrom(`
      <table>
        <thead>
          <tr><th rowspan="2">Step</th><th colspan="2">Campaigns</th></tr>
          <tr><th>Reached</th><th>Went on</th></tr>
        </thead>
        <tbody><tr><td>Mapping → Committee</td><td>8</td></tr></tbody>
      </table>`);
    expect(tableRows(table)).toEqual([
      ['Step', 'Campaigns', ''],
      ['', 'Reached', 'Went on'],
      ['Mapping → Committee', '8', ''],
    ]);
  });

  it('reads the chosen option of a list in a cell', () => {
    const table = tableFrom(`
      <table><tbody><tr><th>Duke</th><td>
        <select aria-label="Stage"><option value="mapping">Mapping</option>
        <option value="committee" selected>Committee</option></select>
      </td></tr></tbody></table>`);
    expect(tableRows(table)).toEqual([['Duke', 'Committee']]);
  });

  it('makes a file a spreadsheet opens without running anything', () => {
    const table = tableFrom(`
      <table><thead><tr><th>Employer</th><th>Change</th></tr></thead>
      <tbody><tr><td>=cmd|' /C calc'!A0</td><td>-3</td></tr></tbody></table>`);
    expect(tableCsv(table)).toBe(`${BOM}Employer,Change\n'=cmd|' /C calc'!A0,-3\n`);
  });
});

describe('a file name from a chart title', () => {
  it.each([
    ['Members by organizing status', 'members-by-organizing-status'],
    ['Miembros según su etapa de organización', 'miembros-segun-su-etapa-de-organizacion'],
    ['Mapping → Committee (2026)', 'mapping-committee-2026'],
    ['¿?', 'chart'],
  ])('%s → %s', (title, slug) => {
    expect(fileSlug(title)).toBe(slug);
  });
});

describe('the download buttons of a chart', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function renderFigure() {
    render(
      <ChartFigure
        title="Campaigns by stage"
        chart={<svg />}
        tableLabel="Show as table"
        table={(id) => (
          <table id={id}>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Campaigns</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Committee</th>
                <td>12</td>
              </tr>
            </tbody>
          </table>
        )}
      />,
    );
    return screen.getByRole('region', { name: 'Campaigns by stage' });
  }

  it("saves the table as a CSV file named after the chart's title", async () => {
    const files: { blob: Blob; name: string }[] = [];
    let created: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created = blob;
      return 'blob:chart';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      files.push({ blob: created!, name: this.download });
    });
    const figure = renderFigure();
    await userEvent.setup().click(within(figure).getByRole('button', { name: 'Download CSV' }));

    expect(files.map((f) => f.name)).toEqual(['campaigns-by-stage.csv']);
    expect(files[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(files[0]!.blob);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('Stage,Campaigns\nCommittee,12\n');
  });

  it('names both buttons in Spanish, and says which chart they are for', async () => {
    await applyLanguage('es');
    const figure = renderFigure();
    const png = within(figure).getByRole('button', { name: 'Descargar PNG' });
    within(figure).getByRole('button', { name: 'Descargar CSV' });
    expect(png).toHaveAccessibleDescription('Campaigns by stage');
  });
});

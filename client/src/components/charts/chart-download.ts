/** A chart's figures as a CSV file, and the file names and download of a chart's files. */

/** A chart title as a file name: "Miembros por situación" → "miembros-por-situacion". */
export function fileSlug(title: string, fallback = 'chart'): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || fallback
  );
}

// A figure as a table shows it: "1,234", "-3", "+12", "45%". Excel reads these as numbers, never
// as formulas, and the server's exports write numbers without the quote too.
const plainNumber = /^[+-]?\d[\d.,]*%?$/;

/**
 * One CSV field: a cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return)
 * gets a leading quote, as the server's exports do (exports.service.ts, safeCell); a field with a
 * comma, a double quote or a line break is quoted, its double quotes doubled.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !plainNumber.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows as a CSV file's text: a UTF-8 byte-order mark first, so Excel reads accents (Martínez)
 * right, one line per row ended by a line feed, as the server's exports are written.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\n`).join('')}`;
}

/**
 * What a cell says to a screen reader: its text and visually hidden text, without what is hidden
 * from assistive technology (a "•" mark whose meaning is spelled out beside it), a list's chosen
 * option, a field's value; white space collapsed.
 */
export function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return;
    if (node instanceof HTMLSelectElement) {
      parts.push(node.selectedOptions[0]?.text ?? '');
      return;
    }
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) {
      parts.push(node.value);
      return;
    }
    if (node.tagName === 'BR') parts.push(' ');
    node.childNodes.forEach(walk);
  };
  cell.childNodes.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * A table's rows as they read, head first and foot last, with every row as wide as the table: a
 * cell spanning columns or rows keeps its text in its first slot and leaves the others empty.
 */
export function tableRows(table: HTMLTableElement): string[][] {
  const grid: string[][] = [];
  const rows = Array.from(table.rows);
  rows.forEach((tr, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of Array.from(tr.cells)) {
      while (line[c] !== undefined) c++;
      const colSpan = Math.max(1, cell.colSpan);
      // rowspan="0" runs to the end of the table section; it is read as the rest of the table.
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : Math.max(1, cell.rowSpan);
      const text = cellText(cell);
      for (let dr = 0; dr < Math.min(rowSpan, rows.length - r); dr++) {
        const spanned = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          spanned[c + dc] = dr === 0 && dc === 0 ? text : '';
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

/** The table's figures as a CSV file's text. */
export function tableCsv(table: HTMLTableElement): string {
  return toCsv(tableRows(table));
}

/**
 * Saves a file through a link to it (a navigation the page's Content-Security-Policy allows; no
 * script runs). The address is released once the browser has started the download.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

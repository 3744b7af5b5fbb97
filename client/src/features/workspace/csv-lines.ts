/**
 * A file's physical lines, numbered as the server numbers them (the header is line 1; blank lines
 * count), so a rejected line can be shown and edited as it is written.
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The file with some of its lines replaced; line ends come back as LF, which the server accepts. */
export function replaceLines(text: string, edits: ReadonlyMap<number, string>): string {
  const lines = splitLines(text);
  for (const [line, value] of edits) {
    if (line >= 1 && line <= lines.length) lines[line - 1] = value;
  }
  return lines.join('\n');
}

/**
 * RFC 4180 CSV for the admin exports. Fields that a spreadsheet would run as a formula (they
 * start with `=`, `+`, `-`, `@`, a tab or a carriage return) get a leading `'`: an applicant's
 * name must never become a formula on the employer's machine (CSV injection, OWASP).
 */
const FORMULA = /^[=+\-@\t\r]/;

function field(value: unknown): string {
  let text =
    value === undefined || value === null
      ? ''
      : Array.isArray(value)
        ? value.join(' ')
        : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: T[]): string {
  const lines = [columns.join(',')];
  for (const row of rows)
    lines.push(columns.map((column) => field((row as Record<string, unknown>)[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

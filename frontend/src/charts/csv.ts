/**
 * CSV written in the browser for a figure's rows: what Excel opens correctly with Chinese text.
 *
 * - UTF-8 with a byte-order mark (without it, Excel on Windows reads the file as the local code page);
 * - RFC 4180: CRLF line ends, a field with a comma, quote, CR or LF is quoted and its quotes doubled;
 * - a text cell that a spreadsheet would read as a formula (starting with = + - @, tab or CR) gets a leading `'`
 *   (OWASP "CSV injection"). Numbers are written as they are, so a negative count stays a number.
 */

export type CsvCell = string | number | null | undefined

export const BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** One field, guarded and quoted as needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const guarded = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

/** The whole file: BOM, a header line, then one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => cells.map(csvField).join(',') + '\r\n'
  return BOM + line(header) + rows.map(line).join('')
}

/** `partners-by-country-2026-11-22.csv`: a stable ASCII name (the same in both languages) and the day of export. */
export function csvFileName(figure: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const stem = figure.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'figure'
  return `${stem}-${day}.csv`
}

/** One row of a side-by-side comparison of two versions. */
export interface DiffRow {
  field: string
  /** The top-level field, for its label (`conditions[0].placesPerYear` → `conditions`). */
  root: string
  /** What follows the top-level field, shown after its label (`[0].placesPerYear`). */
  detail: string
  from: string
  to: string
}

const EMPTY = '—'

/** A JSON value as one line of text: strings as they are, lists and objects compact, nothing as a dash. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'string') return value === '' ? EMPTY : value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.length === 0) return EMPTY
  return JSON.stringify(value)
}

/** `conditions[0].placesPerYear` → the top-level field (`conditions`) and what follows it (`[0].placesPerYear`). */
export function splitField(field: string): { root: string; detail: string } {
  const root = /^[^.[]*/.exec(field)?.[0] ?? field
  return { root, detail: field.slice(root.length) }
}

/** The service's changes (`{field, from, to}`, nested fields named with dots and indexes) as rows to show. */
export function diffRows(changes: readonly { field?: string; from?: unknown; to?: unknown }[]): DiffRow[] {
  return changes.map((change) => {
    const field = change.field ?? ''
    return { field, ...splitField(field), from: formatValue(change.from), to: formatValue(change.to) }
  })
}

/** The two versions compared by default: the one before the latest, and the latest. */
export function defaultPair(versions: readonly number[]): [number, number] | undefined {
  const sorted = [...versions].sort((a, b) => a - b)
  if (sorted.length < 2) return undefined
  return [sorted[sorted.length - 2]!, sorted[sorted.length - 1]!]
}

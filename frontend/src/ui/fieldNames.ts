/**
 * Field names as the services write them in history and errors (`title.en`, `conditions[0].placesPerYear`) turned
 * into words. `labels` is keyed by the path without indexes (`title`, `title.en`, `conditions.placesPerYear`).
 */
export interface FieldWords {
  labels: Readonly<Record<string, string>>
  /** Words for a value of a field (a state, a kind), keyed like `labels`; values not listed show as they are. */
  values?: Readonly<Record<string, (value: string) => string | undefined>>
  /** The language parts of a bilingual field (`.zh`, `.en`) when a field has no label of its own for them. */
  languages: { zh: string; en: string }
  yes: string
  no: string
}

const EMPTY = '—'

/** `conditions[0].placesPerYear` → `['conditions', 0, 'placesPerYear']`. */
export function fieldPath(field: string): (string | number)[] {
  return field.split(/\.|(?=\[)/).filter(Boolean).map((part) => {
    const index = /^\[(\d+)\]$/.exec(part)
    return index ? Number(index[1]) : part
  })
}

const withoutIndexes = (path: (string | number)[]) => path.filter((part) => typeof part === 'string').join('.')

/** A field in words: its label, list entries counted from 1, nested fields by their own labels (`合作条件 1 · 每年名额`). */
export function fieldName(field: string, words: FieldWords): string {
  const path = fieldPath(field)
  const whole = words.labels[withoutIndexes(path)]
  if (whole && !path.some((part) => typeof part === 'number')) return whole
  const parts: string[] = []
  let named: string[] = []
  for (const part of path) {
    if (typeof part === 'number') {
      parts[parts.length - 1] = `${parts[parts.length - 1]} ${part + 1}`
      continue
    }
    named = [...named, part]
    const label = words.labels[named.join('.')]
    parts.push(label ?? (part === 'zh' || part === 'en' ? words.languages[part] : part))
  }
  return parts.join(' · ')
}

/** A value from a history entry or a comparison, in words: nothing as "—", yes/no, a known code by its name. */
export function fieldValue(field: string, value: unknown, words: FieldWords): string {
  if (value === null || value === undefined || value === '') return EMPTY
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : value.map((item) => fieldValue(field, item, words)).join(', ')
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (typeof value === 'string') return words.values?.[withoutIndexes(fieldPath(field))]?.(value) ?? value
  if (typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

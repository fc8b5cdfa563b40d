/** Reading list filters from a URL that anyone may have edited: anything invalid is dropped, never sent to the API. */
export const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined

export function intIn(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

export const PAGE_SIZES = [10, 20, 50, 100]
export const DEFAULT_SIZE = 20

/** The page size from the URL, if it is one the tables offer. */
export function pageSize(value: string | null): number {
  const size = intIn(value, 1, 200)
  return size !== undefined && PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE
}

/** A table's sort order for a column, from the URL's `sort` (`name` or `-name`). */
export function sortOrder(sort: string | undefined, key: string): 'ascend' | 'descend' | null {
  if (sort === key) return 'ascend'
  if (sort === `-${key}`) return 'descend'
  return null
}

/** antd's sorter → the URL's `sort`. */
export function sortParam(sorter: unknown): string | undefined {
  const single = (Array.isArray(sorter) ? sorter[0] : sorter) as { order?: string | null; columnKey?: unknown } | undefined
  return single?.order && single.columnKey ? `${single.order === 'descend' ? '-' : ''}${String(single.columnKey)}` : undefined
}

/** RFC 9457 problem details as the services send them (platform/web Problem). */
export interface FieldProblem {
  field: string
  /** Stable per constraint (`contracts/field-error-codes.json`); clients translate it. */
  code?: string
  /** The service's English text: shown only for a code this client does not know. */
  message: string
  /** The numbers or names the text needs (`max`, `allowed`, `other`…). */
  params?: Record<string, unknown>
  /** The line of an imported file the error is about (CSV import row errors). */
  line?: number
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: FieldProblem[]
  [extension: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | undefined

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && ('title' in value || 'type' in value || 'errors' in value)
}

/** `contacts[0].email` → `['contacts', 0, 'email']`, the name path antd's Form uses. */
export function toNamePath(field: string): (string | number)[] {
  const path: (string | number)[] = []
  for (const part of field.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!match) {
      path.push(part)
      continue
    }
    if (match[1]) path.push(match[1])
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]))
  }
  return path
}

export interface FormFieldError {
  name: (string | number)[]
  errors: string[]
}

/** How a form words a field error: under its field (`text`), or as a line naming the field (`line`). */
export interface FieldErrorWording {
  text: (error: FieldProblem) => string
  line: (error: FieldProblem) => string
}

/**
 * Groups the problem's field errors by form field, each worded by `wording`. Errors whose field the form does not
 * show (per `known`) are returned separately so they can be shown at the top of the form instead of being lost.
 */
export function problemFieldErrors(
  problem: Problem | undefined,
  wording: FieldErrorWording,
  known?: (name: (string | number)[]) => boolean,
): { fields: FormFieldError[]; other: string[] } {
  const byField = new Map<string, FormFieldError>()
  const other: string[] = []
  for (const error of problem?.errors ?? []) {
    const name = toNamePath(error.field)
    if (name.length === 0 || (known && !known(name))) {
      other.push(wording.line(error))
      continue
    }
    const key = JSON.stringify(name)
    const entry = byField.get(key) ?? { name, errors: [] }
    entry.errors.push(wording.text(error))
    byField.set(key, entry)
  }
  return { fields: [...byField.values()], other }
}

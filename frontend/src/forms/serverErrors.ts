import type { FormInstance } from 'antd'
import { ApiError, problemFieldErrors } from '../api/problem'

export interface ServerErrorTexts {
  invalid: string
  stale: string
}

/**
 * Puts a failed save's field errors on the form's fields and returns what to show above the form: a summary, then
 * any error about a field the form does not show. A 412 means someone else saved first.
 */
export function showServerErrors<V>(
  form: FormInstance<V>,
  error: Error,
  isShownField: (name: (string | number)[]) => boolean,
  texts: ServerErrorTexts,
): string[] {
  if (!(error instanceof ApiError)) return [error.message]
  if (error.status === 412) return [texts.stale]
  const { fields, other } = problemFieldErrors(error.problem, isShownField)
  form.setFields(fields.map((field) => ({ name: field.name as never, errors: field.errors })))
  return [fields.length > 0 ? texts.invalid : error.message, ...other]
}

/** Empty strings become absent, so optional fields with a pattern (a website, a code) are not sent blank. */
export function withoutBlanks<T>(value: T): T {
  if (typeof value === 'string') return (value.trim() === '' ? undefined : value) as T
  if (Array.isArray(value)) return value.map(withoutBlanks) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBlanks(v)]).filter(([, v]) => v !== undefined)) as T
  }
  return value
}

import type { FormInstance } from 'antd'
import type { TFunction } from 'i18next'
import { ApiError, problemFieldErrors, toNamePath } from '../api/problem'
import { fieldErrorLine, fieldErrorText } from '../ui/fieldErrors'
import type { FieldWords } from '../ui/fieldNames'

/**
 * Puts a failed save's field errors on the form's fields, in the user's language and with the fields named by the
 * form's labels (`words`), and returns what to show above the form: a summary, then any error about a field the form
 * does not show. A 412 means someone else saved first.
 */
export function showServerErrors<V>(
  form: FormInstance<V>,
  error: Error,
  isShownField: (name: (string | number)[]) => boolean,
  words: FieldWords,
  t: TFunction,
): string[] {
  if (!(error instanceof ApiError)) return [error.message]
  if (error.status === 412) return [t('form.stale')]
  const isList = (field: string) => field !== '' && Array.isArray(form.getFieldValue(toNamePath(field) as never))
  const { fields, other } = problemFieldErrors(error.problem, {
    text: (fieldError) => fieldErrorText(fieldError, words, t, { list: isList(fieldError.field) }),
    line: (fieldError) => fieldErrorLine(fieldError, words, t, { list: isList(fieldError.field) }),
  }, isShownField)
  form.setFields(fields.map((field) => ({ name: field.name as never, errors: field.errors })))
  return [fields.length > 0 || other.length > 0 ? t('form.invalid') : error.message, ...other]
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

import type { TFunction } from 'i18next'
import type { FieldProblem } from '../api/problem'
import { fieldName, fieldValue, type FieldWords } from './fieldNames'

type Params = Readonly<Record<string, unknown>>

const isNumber = (value: unknown): value is number | string => typeof value === 'number' || (typeof value === 'string' && value !== '')
const has = (params: Params, ...names: string[]) => names.every((name) => isNumber(params[name]))

/**
 * `other` names a field beside this one (`fromYear` next to `conditions[0].toYear`), by its own label as the error is
 * shown within the same entry, unless it is a whole path (`approvalValidity.from`).
 */
function otherField(field: string, other: string): string {
  if (other.includes('.')) return other
  const parent = field.replace(/\.[^.]+$/, '')
  return parent === field ? other : `${parent.replace(/\[\d+\]/g, '')}.${other}`
}

/**
 * A service's field error in the user's language, from its stable code and params; the service's English message only
 * for a code this client does not know. `list` says the field holds entries, so a size counts them, not characters.
 */
export function fieldErrorText(error: FieldProblem, words: FieldWords, t: TFunction, options: { list?: boolean } = {}): string {
  const code = error.code
  if (!code || !t(`fieldError.${code}` as 'fieldError.required', { defaultValue: '' })) return error.message
  const params: Params = error.params ?? {}
  const detail = (key: string, values: Record<string, unknown>) => t(`fieldErrorDetail.${key}` as 'fieldErrorDetail.atMost', values as { value: string })
  switch (code) {
    case 'size': {
      const unit = options.list ? 'items' : 'length'
      if (has(params, 'min', 'max')) return detail(`${unit}Between`, params)
      if (has(params, 'max')) return detail(`${unit}AtMost`, params)
      if (has(params, 'min')) return detail(`${unit}AtLeast`, params)
      break
    }
    case 'min':
    case 'max':
      if (has(params, 'value')) return detail(code === 'min' ? 'atLeast' : 'atMost', params)
      break
    case 'digits':
      if (has(params, 'integer', 'fraction')) return detail('digits', params)
      break
    case 'one-of':
      if (Array.isArray(params.allowed) && params.allowed.length > 0) {
        const allowed = params.allowed.map((value) => fieldValue(error.field, String(value), words))
        return detail('oneOf', { allowed: allowed.join(t('fieldErrorDetail.listSeparator')) })
      }
      break
    case 'date-range':
      if (has(params, 'from', 'to')) return detail('dateBetween', params)
      break
    case 'not-before':
      if (typeof params.other === 'string' && params.other) {
        return detail('notBefore', { other: fieldName(otherField(error.field, params.other), words) })
      }
      break
  }
  return t(`fieldError.${code}` as 'fieldError.required')
}

/** A field error as one line for a summary: the field's label, then what is wrong with it (`合作条件 1 · 结束学年：…`). */
export function fieldErrorLine(error: FieldProblem, words: FieldWords, t: TFunction, options: { list?: boolean } = {}): string {
  const text = fieldErrorText(error, words, t, options)
  const line = error.line !== undefined ? t('fieldErrorDetail.line', { line: error.line }) : undefined
  const label = [line, error.field ? fieldName(error.field, words) : undefined].filter(Boolean).join(' · ')
  return label ? t('common.labelValue', { label, value: text }) : text
}

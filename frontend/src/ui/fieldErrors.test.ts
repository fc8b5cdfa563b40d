import { describe, expect, it } from 'vitest'
import { agreementWords } from '../agreements/useAgreementWords'
import { createI18n } from '../i18n/i18n'
import { fieldErrorLine, fieldErrorText } from './fieldErrors'

const zh = createI18n('zh-CN').t
const en = createI18n('en').t

describe('field errors in words', () => {
  it('says what is wrong from the code and its params, in Chinese and in English', () => {
    const size = { field: 'title.en', code: 'size', message: 'must be at most 300 characters', params: { max: 300 } }
    expect(fieldErrorText(size, agreementWords(zh), zh)).toBe('不能超过 300 个字符')
    expect(fieldErrorText(size, agreementWords(en), en)).toBe('Must be at most 300 characters long')
    expect(fieldErrorText({ ...size, params: { min: 1, max: 5 } }, agreementWords(zh), zh, { list: true })).toBe('须有 1～5 项')
    const max = { field: 'conditions[0].placesPerYear', code: 'max', message: 'must be less than or equal to 10000', params: { value: 10000 } }
    expect(fieldErrorText(max, agreementWords(zh), zh)).toBe('不能大于 10000')
    expect(fieldErrorText({ field: 'effectiveDate', code: 'date-range', message: 'must be a date between 1900-01-01 and 2200-12-31',
      params: { from: '1900-01-01', to: '2200-12-31' } }, agreementWords(zh), zh)).toBe('须为 1900-01-01 至 2200-12-31 之间的日期')
    // Without the params it needs, a code still has its own text.
    expect(fieldErrorText({ field: 'noticePeriodDays', code: 'min', message: 'must be greater than 0' }, agreementWords(zh), zh)).toBe('数值过小')
  })

  it('lists the allowed values by their names where the SPA has them', () => {
    const kind = { field: 'kind', code: 'one-of', message: 'must be one of memorandum, research', params: { allowed: ['memorandum', 'research'] } }
    expect(fieldErrorText(kind, agreementWords(zh), zh)).toBe('须为以下之一：合作备忘录、科研合作')
    expect(fieldErrorText(kind, agreementWords(en), en)).toBe('Must be one of: Memorandum of understanding, Research cooperation')
    const sort = { field: 'sort', code: 'one-of', message: 'must be one of title, expiryDate', params: { allowed: ['title', 'expiryDate'] } }
    expect(fieldErrorText(sort, agreementWords(zh), zh)).toBe('须为以下之一：title、expiryDate')
  })

  it('names the other field of a not-before by its label, beside this one within a list entry', () => {
    const toYear = { field: 'conditions[0].toYear', code: 'not-before', message: 'must not be before fromYear', params: { other: 'fromYear' } }
    expect(fieldErrorText(toYear, agreementWords(zh), zh)).toBe('不能早于起始学年')
    expect(fieldErrorLine(toYear, agreementWords(zh), zh)).toBe('合作条件 1 · 截止学年：不能早于起始学年')
    const expiry = { field: 'expiryDate', code: 'not-before', message: 'must not be before the effective date', params: { other: 'effectiveDate' } }
    expect(fieldErrorText(expiry, agreementWords(en), en)).toBe('Must not be before “Effective from”')
  })

  it('keeps the service’s English only for a code it does not know', () => {
    const future = { field: 'title.zh', code: 'brand-new', message: 'is odd' }
    expect(fieldErrorText(future, agreementWords(zh), zh)).toBe('is odd')
    expect(fieldErrorText({ field: 'title.zh', message: 'is odd' }, agreementWords(zh), zh)).toBe('is odd')
  })

  it('names the line of an imported file', () => {
    const row = { line: 3, field: 'kind', code: 'one-of', message: 'must be one of memorandum', params: { allowed: ['memorandum'] } }
    expect(fieldErrorLine(row, agreementWords(zh), zh)).toBe('第 3 行 · 协议类型：须为以下之一：合作备忘录')
    expect(fieldErrorLine(row, agreementWords(en), en)).toBe('Line 3 · Kind: Must be one of: Memorandum of understanding')
  })
})

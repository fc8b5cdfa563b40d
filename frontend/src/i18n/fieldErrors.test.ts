import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from './en'
import { zhCN } from './zh-CN'

/** The suite's one list of field-error codes (platform/web FieldErrorCode, kept fresh by a test there); tests run in frontend/. */
const codes: string[] = JSON.parse(readFileSync(resolve(process.cwd(), '../contracts/field-error-codes.json'), 'utf8'))

describe('field-error texts', () => {
  it('has an English and a Chinese text for every code the services send', () => {
    expect(codes.length).toBeGreaterThan(0)
    const texts = (catalogue: Record<string, string>) => codes.filter((code) => !catalogue[code]?.trim())
    expect(texts(en.fieldError), 'codes without an English text').toEqual([])
    expect(texts(zhCN.fieldError), 'codes without a Chinese text').toEqual([])
  })

  it('has no text for a code the services no longer send', () => {
    expect(Object.keys(en.fieldError).filter((code) => !codes.includes(code))).toEqual([])
  })

  it('writes Chinese with full-width punctuation', () => {
    const chinese = [...Object.values(zhCN.fieldError), ...Object.values(zhCN.fieldErrorDetail)]
    expect(chinese.filter((text) => /[,:;()?!]/.test(text))).toEqual([])
  })
})

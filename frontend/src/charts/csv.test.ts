import { describe, expect, it } from 'vitest'
import { BOM, csvField, csvFileName, toCsv } from './csv'

describe('CSV for Excel', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const text = toCsv(['国家/地区', '合作伙伴数'], [['瑞典', 5], ['德国', 4]])
    expect(text.startsWith(BOM)).toBe(true)
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.slice(1)).toBe('国家/地区,合作伙伴数\r\n瑞典,5\r\n德国,4\r\n')
  })

  it('quotes fields with commas, quotes or line breaks and doubles the quotes (RFC 4180)', () => {
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"')
    expect(csvField('The "Charité"')).toBe('"The ""Charité"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('plain')).toBe('plain')
    expect(csvField('')).toBe('')
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
    expect(toCsv(['a', 'b'], [['x,y', 'z']])).toBe(`${BOM}a,b\r\n"x,y",z\r\n`)
  })

  it('guards text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\tcmd')).toBe("'\tcmd")
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`)
    expect(csvField('a=b')).toBe('a=b')
    expect(csvField(-2)).toBe('-2')
    expect(csvField(0)).toBe('0')
    expect(csvField(Number.NaN)).toBe('')
  })

  it('names the file after the figure and the day', () => {
    expect(csvFileName('partners-by-country', new Date(2026, 10, 22, 23, 59))).toBe('partners-by-country-2026-11-22.csv')
    expect(csvFileName('Agreements by kind', new Date(2026, 0, 5))).toBe('agreements-by-kind-2026-01-05.csv')
  })
})

import { describe, expect, it } from 'vitest'
import { EXPIRY_COLOURS, expiryStatus } from './expiry'

describe('nearest expiry colour', () => {
  const today = '2026-11-22'
  it.each([
    [undefined, 'none'],
    ['2026-11-21', 'expired'],
    ['2026-11-22', 'critical'],
    ['2026-12-22', 'critical'], // 30 days
    ['2026-12-23', 'soon'], // 31 days
    ['2027-02-20', 'soon'], // 90 days
    ['2027-02-21', 'later'], // 91 days
  ] as const)('%s → %s', (date, status) => {
    expect(expiryStatus(date, today)).toBe(status)
  })

  it('is red up to 30 days (and when expired), orange up to 90, green later', () => {
    expect(EXPIRY_COLOURS.expired).toBe('#a8071a')
    expect(EXPIRY_COLOURS.critical).toBe('#a8071a')
    expect(EXPIRY_COLOURS.soon).toBe('#ad4e00')
    expect(EXPIRY_COLOURS.later).toBe('#237804')
  })
})

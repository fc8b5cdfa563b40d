import dayjs from 'dayjs'

export type ExpiryStatus = 'none' | 'expired' | 'critical' | 'soon' | 'later'

/** Nearest expiry → status: red when expired or within 30 days, orange within 90, green later. */
export function expiryStatus(expiry: string | null | undefined, today: string = dayjs().format('YYYY-MM-DD')): ExpiryStatus {
  if (!expiry) return 'none'
  const days = dayjs(expiry).diff(dayjs(today), 'day')
  if (days < 0) return 'expired'
  if (days <= 30) return 'critical'
  if (days <= 90) return 'soon'
  return 'later'
}

/** Solid dark tones with white text: antd's preset light tags fail WCAG AA contrast. */
export const EXPIRY_COLOURS: Record<ExpiryStatus, string | undefined> = {
  none: undefined,
  expired: '#a8071a',
  critical: '#a8071a',
  soon: '#ad4e00',
  later: '#237804',
}

/** Whole days from today until the expiry date (negative once past). */
export function daysLeft(expiry: string, today: string = dayjs().format('YYYY-MM-DD')): number {
  return dayjs(expiry).diff(dayjs(today), 'day')
}

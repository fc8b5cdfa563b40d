import dayjs from 'dayjs'

/** A moment (ISO instant from the API) in the browser's time zone, to the minute. */
export function formatInstant(value: string | undefined | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : ''
}

/** The day of a moment (ISO instant from the API) in the browser's time zone. */
export function formatDate(value: string | undefined | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : ''
}

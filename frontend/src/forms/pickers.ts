import dayjs, { type Dayjs } from 'dayjs'

export const isoDate = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
}

export const isoTime = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(`2000-01-01T${value}`) : undefined }),
  normalize: (value?: Dayjs | null) => (value ? value.format('HH:mm') : undefined),
}

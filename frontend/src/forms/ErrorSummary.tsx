import { Alert } from 'antd'

/** The errors of a failed save, above the form: the first as the title, the rest as a list. */
export function ErrorSummary({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null
  return (
    <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={errors[0]}
      description={errors.length > 1 ? <ul>{errors.slice(1).map((e) => <li key={e}>{e}</li>)}</ul> : undefined} />
  )
}

import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { daysLeft, EXPIRY_COLOURS, expiryStatus } from './expiry'

/** An expiry date with its urgency in words ("剩 20 天", "20 days left"); colour is only the second signal. */
export function ExpiryTag({ date }: { date?: string }) {
  const { t } = useTranslation()
  const status = expiryStatus(date)
  if (status === 'none' || !date) return <Typography.Text type="secondary">{t('expiry.none')}</Typography.Text>
  const words = status === 'critical' || status === 'soon' ? t('expiry.daysLeft', { count: daysLeft(date) }) : t(`expiry.${status}`)
  return (
    <Tag color={EXPIRY_COLOURS[status]} variant="solid" data-expiry={status}>
      {date} · {words}
    </Tag>
  )
}

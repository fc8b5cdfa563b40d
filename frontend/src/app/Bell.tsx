import { Badge, Button, Empty, Popover, Typography } from 'antd'
import { BellOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useLanguage } from './LanguageContext'

/** Agreements the user owns that expire within 90 days. */
export function Bell({ username }: { username: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const expiring = useQuery({
    queryKey: ['agreements', 'expiring', username],
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements', {
      params: { query: { owner: username, expiringWithinDays: 90, sort: 'expiryDate', size: 50 } },
    })),
  })
  const items = expiring.data?.items ?? []
  const count = expiring.data?.total ?? items.length
  const content = (
    <div style={{ width: 360, maxHeight: 420, overflow: 'auto' }}>
      {items.length === 0 ? <Empty description={t('header.noExpiring')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((agreement) => (
            <li key={agreement.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <div>{`${agreement.referenceCode ?? ''} ${(language === 'zh-CN' ? agreement.title?.zh : agreement.title?.en) ?? ''}`}</div>
              <Typography.Text type="secondary">{t('header.expires', { date: agreement.expiryDate ?? '' })}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
  return (
    <Popover trigger="click" title={t('header.expiringTitle')} content={content} placement="bottomRight">
      <Button type="text" aria-label={`${t('header.notifications')}: ${count}`}>
        <Badge count={count} size="small"><BellOutlined aria-hidden style={{ fontSize: 18 }} /></Badge>
      </Button>
    </Popover>
  )
}

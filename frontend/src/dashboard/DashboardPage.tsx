import { Card, Col, Row, Statistic, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'

/** KPI cards from partners-service; each opens the matching pre-filtered list where one exists. */
export function DashboardPage() {
  const { t } = useTranslation()
  const active = useQuery({
    queryKey: ['dashboard', 'active-partners'],
    queryFn: async () => unwrap(await api.GET('/api/partners/institutions', { params: { query: { status: 'active', size: 1 } } })).total ?? 0,
  })
  const expiring = useQuery({
    queryKey: ['dashboard', 'expiring'],
    queryFn: async () => unwrap(await api.GET('/api/partners/figures/agreements-expiring', { params: { query: { withinDays: 90 } } })).count ?? 0,
  })
  const expired = useQuery({
    queryKey: ['dashboard', 'expired'],
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements', { params: { query: { state: ['expired'], size: 1 } } })).total ?? 0,
  })
  return (
    <section aria-labelledby="dashboard-title">
      <Typography.Title level={1} id="dashboard-title" style={{ fontSize: 24 }}>{t('menu.dashboard')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card title={<Link to="/partners?status=active">{t('dashboard.activePartners')}</Link>}>
            <Statistic value={active.data ?? '–'} loading={active.isPending} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title={<Link to="/partners?expiringWithinDays=90">{t('dashboard.expiring')}</Link>}>
            <Statistic value={expiring.data ?? '–'} loading={expiring.isPending} styles={{ content: { color: '#ad4e00' } }} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title={t('dashboard.expired')}>
            <Statistic value={expired.data ?? '–'} loading={expired.isPending} styles={{ content: { color: '#a8071a' } }} />
          </Card>
        </Col>
      </Row>
    </section>
  )
}

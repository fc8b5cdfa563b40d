import { Table, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import type { AllianceSummary } from '../api/types'
import { BilingualName } from '../ui/BilingualName'
import { orDash } from '../ui/Facts'

/** The alliances a partner institution belongs to, with our role in each, for the partner's page. */
export function PartnerAlliances({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation()
  const alliances = useQuery({
    queryKey: ['alliances', 'member', partnerId],
    queryFn: async () => unwrap(await api.GET('/api/partners/alliances', { params: { query: { member: partnerId, size: 100 } } })),
  })
  return (
    <Table<AllianceSummary>
      size="small"
      rowKey={(row) => row.id ?? ''}
      loading={alliances.isPending}
      dataSource={alliances.data?.items ?? []}
      pagination={false}
      title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('alliances.ofPartner')}</Typography.Title>}
      locale={{ emptyText: t('alliances.none') }}
      columns={[
        { key: 'name', title: t('alliance.name'), render: (_, row) => <Link to={`/alliances/${row.id}`}><BilingualName name={row.name} /></Link> },
        { key: 'ourRole', title: t('alliance.ourRole'), width: 180, render: (_, row) => orDash(row.ourRole && t(`allianceRole.${row.ourRole}`)) },
        { key: 'memberSince', title: t('alliance.memberSince'), width: 140, render: (_, row) => orDash(row.memberSince) },
        { key: 'members', title: t('alliance.memberCount'), width: 100, align: 'right', render: (_, row) => row.memberCount ?? 0 },
      ]}
    />
  )
}

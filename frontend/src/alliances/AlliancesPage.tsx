import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import type { AllianceSummary } from '../api/types'
import { useLanguage } from '../app/LanguageContext'
import { BilingualName } from '../ui/BilingualName'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { allianceFiltersToQuery, allianceFiltersToSearch, parseAllianceFilters } from './filters'

/** The alliances and networks the university belongs to, with our role in each. */
export function AlliancesPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [search, setSearch] = useSearchParams()
  const filters = parseAllianceFilters(search)
  const query = allianceFiltersToQuery(filters)
  const list = useQuery({
    queryKey: ['alliances', query],
    queryFn: async () => unwrap(await api.GET('/api/partners/alliances', { params: { query } })),
    placeholderData: keepPreviousData,
  })

  const columns: ListColumn<AllianceSummary>[] = [
    { key: 'name', title: t('alliance.name'), width: 380, sortKey: language === 'zh-CN' ? 'nameZh' : 'name',
      render: (row) => <Link to={`/alliances/${row.id}`}><BilingualName name={row.name} /></Link> },
    { key: 'abbreviation', title: t('alliance.abbreviation'), width: 120, render: (row) => row.abbreviation ?? '—' },
    { key: 'ourRole', title: t('alliance.ourRole'), width: 160, render: (row) => (row.ourRole ? t(`allianceRole.${row.ourRole}`) : '—') },
    { key: 'memberSince', title: t('alliance.memberSince'), width: 130, sortKey: 'memberSince', render: (row) => row.memberSince ?? '—' },
    { key: 'memberCount', title: t('alliance.memberCount'), width: 110, align: 'right', render: (row) => row.memberCount ?? 0 },
    { key: 'website', title: t('form.website'), width: 170,
      render: (row) => (row.website ? <a href={row.website} target="_blank" rel="noreferrer">{row.website}</a> : '—') },
  ]

  return (
    <ListPage<AllianceSummary>
      id="alliance"
      title={t('alliances.title')}
      filters={[{ kind: 'search', key: 'q', label: t('alliances.search'), value: filters.q,
        onChange: (q) => setSearch(allianceFiltersToSearch({ ...filters, page: 1, q })) }]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id ?? ''}
      rows={list.data?.items ?? []}
      total={list.data?.total ?? 0}
      loading={list.isFetching}
      error={list.error}
      onRetry={() => void list.refetch()}
      paging={filters}
      onPaging={(paging) => setSearch(allianceFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('alliances.total', { count })}
    />
  )
}

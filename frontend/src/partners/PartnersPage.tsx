import { Button } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { INSTITUTION_KINDS, INSTITUTION_STATUSES, type InstitutionSummary } from '../api/types'
import { useText } from '../app/LanguageContext'
import { canEditInstitutions } from '../app/roles'
import { BilingualName } from '../ui/BilingualName'
import { ExpiryTag } from '../ui/ExpiryTag'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { StateTag } from '../ui/StateTag'
import { exportHref, filtersToQuery, filtersToSearch, parseFilters, type PartnerFilters } from './filters'
import { useCountries } from './useCountries'
import { PersonName } from '../ui/PersonName'

/** The registry of partner institutions, filtered by what the URL says. */
export function PartnersPage() {
  const { t } = useTranslation()
  const text = useText()
  const [search, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const filters = parseFilters(search)
  const me = useMe()
  const editable = canEditInstitutions(me.data?.roles ?? [])
  const countries = useCountries()

  const list = useQuery({
    queryKey: ['institutions', filtersToQuery(filters)],
    queryFn: async () => unwrap(await api.GET('/api/partners/institutions', { params: { query: filtersToQuery(filters) } })),
    placeholderData: keepPreviousData,
  })

  const update = (change: Partial<PartnerFilters>) => setSearch(filtersToSearch({ ...filters, page: 1, ...change }))

  const columns: ListColumn<InstitutionSummary>[] = [
    { key: 'name', title: t('partners.name'), width: 250, sortKey: 'name',
      render: (row) => <Link to={`/partners/${row.id}`}><BilingualName name={row.name} /></Link> },
    { key: 'country', title: t('partners.country'), width: 130, sortKey: 'country', render: (row) => text(row.countryName) ?? row.country },
    { key: 'kind', title: t('partners.kind'), width: 110, render: (row) => (row.kind ? t(`kind.${row.kind}`) : '—') },
    { key: 'status', title: t('partners.status'), width: 100,
      render: (row) => (row.status ? <StateTag state={row.status} label={t(`status.${row.status}`)} /> : '—') },
    { key: 'activeAgreements', title: t('partners.activeAgreements'), width: 120, align: 'right', render: (row) => row.activeAgreements },
    { key: 'nearestExpiry', title: t('partners.nearestExpiry'), width: 160, sortKey: 'nearestExpiry', render: (row) => <ExpiryTag date={row.nearestExpiry} /> },
    // Owners are read by the office only.
    ...(editable ? [{ key: 'owner', title: t('partners.owner'), width: 100, render: (row: InstitutionSummary) => <PersonName username={row.owner} /> }] : []),
  ]

  return (
    <ListPage<InstitutionSummary>
      id="partners"
      title={t('partners.title')}
      exportHref={exportHref(filters)}
      toolbar={editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/partners/new')}>{t('common.create')}</Button>}
      filters={[
        { kind: 'search', key: 'q', label: t('partners.search'), value: filters.q, onChange: (q) => update({ q }) },
        { kind: 'select', key: 'country', label: t('partners.country'), value: filters.country, searchable: true, loading: countries.isLoading, width: 160,
          onChange: (country) => update({ country }),
          options: (countries.data ?? []).map((c) => ({
            value: c.code ?? '', label: text(c.name) ?? c.code ?? '', search: `${c.code} ${c.name?.zh ?? ''} ${c.name?.en ?? ''}`,
          })) },
        { kind: 'select', key: 'kind', label: t('partners.kind'), value: filters.kind, width: 140,
          onChange: (kind) => update({ kind: kind as PartnerFilters['kind'] }),
          options: INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })) },
        { kind: 'select', key: 'status', label: t('partners.status'), value: filters.status, width: 120,
          onChange: (status) => update({ status: status as PartnerFilters['status'] }),
          options: INSTITUTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })) },
        { kind: 'number', key: 'expiring', label: t('partners.expiringWithinDays'), value: filters.expiringWithinDays, min: 0, max: 3650, width: 100,
          onChange: (expiringWithinDays) => update({ expiringWithinDays }) },
      ]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      actions={editable ? {
        width: 80,
        render: (row) => <Link to={`/partners/${row.id}/edit`} aria-label={`${t('common.edit')}: ${text(row.name) ?? ''}`}>{t('common.edit')}</Link>,
      } : undefined}
      rowKey={(row) => row.id ?? ''}
      rows={list.data?.items ?? []}
      total={list.data?.total ?? 0}
      loading={list.isFetching}
      error={list.error}
      onRetry={() => void list.refetch()}
      paging={filters}
      onPaging={(paging) => setSearch(filtersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('partners.total', { count })}
    />
  )
}

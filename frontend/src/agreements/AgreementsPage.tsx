import { Button } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { AGREEMENT_KINDS, AGREEMENT_STATES, type AgreementState, type AgreementSummary } from '../api/types'
import { useLanguage, useText } from '../app/LanguageContext'
import { canDraftAgreements } from '../app/roles'
import { BilingualName } from '../ui/BilingualName'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { AgreementExpiry, AgreementState as StateBadge, PartnerLinks } from './AgreementTags'
import {
  agreementExportHref, agreementFiltersToQuery, agreementFiltersToSearch, parseAgreementFilters, type AgreementFilters,
} from './filters'
import { PersonName } from '../ui/PersonName'

/** Every agreement the caller may read, filtered by what the URL says (so a filtered view can be bookmarked and shared). */
export function AgreementsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const text = useText()
  const [search, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const filters = parseAgreementFilters(search)
  const me = useMe()
  const mayDraft = canDraftAgreements(me.data?.roles ?? [])
  const query = agreementFiltersToQuery(filters)

  const list = useQuery({
    queryKey: ['agreements', query],
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const partner = useQuery({
    queryKey: ['institution', filters.partnerId],
    enabled: filters.partnerId !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/partners/institutions/{id}', { params: { path: { id: filters.partnerId! } } })),
  })

  const update = (change: Partial<AgreementFilters>) => setSearch(agreementFiltersToSearch({ ...filters, page: 1, ...change }))

  const columns: ListColumn<AgreementSummary>[] = [
    { key: 'referenceCode', title: t('agreement.referenceCode'), width: 170, sortKey: 'referenceCode',
      render: (row) => <Link to={`/agreements/${row.id}`}>{row.referenceCode ?? '—'}</Link> },
    { key: 'title', title: t('agreement.title'), width: 240, sortKey: language === 'zh-CN' ? 'titleZh' : 'title',
      render: (row) => <BilingualName name={row.title} /> },
    { key: 'kind', title: t('agreement.kind'), width: 100, render: (row) => (row.kind ? t(`agreementKind.${row.kind}`) : '—') },
    { key: 'state', title: t('agreement.state'), width: 90, sortKey: 'state', render: (row) => (row.state ? <StateBadge state={row.state} /> : '—') },
    { key: 'partners', title: t('agreement.partners'), width: 150, render: (row) => <PartnerLinks partners={row.partners} /> },
    { key: 'effectiveDate', title: t('agreement.effectiveDate'), width: 100, sortKey: 'effectiveDate', render: (row) => row.effectiveDate ?? '—' },
    { key: 'expiryDate', title: t('agreement.expiryDate'), width: 140, sortKey: 'expiryDate',
      render: (row) => (row.state ? <AgreementExpiry state={row.state} date={row.expiryDate} /> : row.expiryDate ?? '—') },
    // Owners are read by the office and the liaisons of each agreement's unit only.
    ...(mayDraft ? [{ key: 'owner', title: t('agreement.owner'), width: 80, render: (row: AgreementSummary) => <PersonName username={row.owner} /> }] : []),
  ]

  const partnerName = text(partner.data?.name)
  return (
    <ListPage<AgreementSummary>
      id="agreement"
      title={t('agreements.title')}
      subtitle={partnerName && t('agreements.withPartner', { name: partnerName })}
      exportHref={agreementExportHref(filters)}
      toolbar={mayDraft && (
        <Button type="primary" icon={<PlusOutlined />}
          onClick={() => navigate(filters.partnerId ? `/agreements/new?partnerId=${filters.partnerId}` : '/agreements/new')}>
          {t('common.create')}
        </Button>
      )}
      filters={[
        { kind: 'search', key: 'q', label: t('agreements.search'), value: filters.q, width: 220, onChange: (q) => update({ q }) },
        { kind: 'select', key: 'kind', label: t('agreement.kind'), value: filters.kind, width: 180,
          onChange: (kind) => update({ kind: kind as AgreementFilters['kind'] }),
          options: AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreementKind.${k}`) })) },
        { kind: 'multiple', key: 'state', label: t('agreement.state'), value: filters.states, width: 220,
          onChange: (states) => update({ states: states as AgreementState[] }),
          options: AGREEMENT_STATES.map((s) => ({ value: s, label: t(`agreementState.${s}`) })) },
        { kind: 'number', key: 'expiring', label: t('agreements.expiringWithinDays'), value: filters.expiringWithinDays, min: 0, max: 3650,
          onChange: (expiringWithinDays) => update({ expiringWithinDays }) },
      ]}
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
      onPaging={(paging) => setSearch(agreementFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('agreements.total', { count })}
    />
  )
}

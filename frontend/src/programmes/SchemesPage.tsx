import { Button, Flex, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useLanguage, useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { BilingualName } from '../ui/BilingualName'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts } from '../ui/Facts'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { parseSchemeFilters, schemeFiltersToQuery, schemeFiltersToSearch, type SchemeFilters } from './filters'
import { ProgrammeHistory, ProgrammeState, fromQuery } from './parts'
import { schemeKey, useScheme } from './queries'
import { SCHEME_KINDS, type CallResponse, type SchemeResponse } from './types'
import { schemeWords, useWords } from './words'
import { LastChanged } from '../ui/PersonName'

type Destination = NonNullable<SchemeResponse['destinations']>[number]

/** The office's exchange schemes (recurring programmes), filtered by what the URL says. */
export function SchemesPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [search, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const filters = parseSchemeFilters(search)
  const query = schemeFiltersToQuery(filters)
  const list = useQuery({
    queryKey: ['programmes', 'schemes', query],
    queryFn: async () => unwrap(await api.GET('/api/programmes/schemes', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const update = (change: Partial<SchemeFilters>) => setSearch(schemeFiltersToSearch({ ...filters, page: 1, ...change }))

  const columns: ListColumn<SchemeResponse>[] = [
    { key: 'title', title: t('scheme.title'), width: 360, sortKey: language === 'zh-CN' ? 'titleZh' : 'title',
      render: (row) => <Link to={`/schemes/${row.id}`}><BilingualName name={row.title} /></Link> },
    { key: 'kind', title: t('scheme.kind'), width: 180, sortKey: 'kind', render: (row) => t(`schemeKind.${row.kind}`) },
    { key: 'destinations', title: t('scheme.destinations'), width: 380,
      render: (row) => <DestinationNames destinations={row.destinations} /> },
    { key: 'updatedAt', title: t('application.updatedAt'), width: 150, sortKey: 'updatedAt', render: (row) => formatInstant(row.updatedAt) },
  ]
  return (
    <ListPage<SchemeResponse>
      id="schemes"
      title={t('schemes.title')}
      toolbar={<Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/schemes/new')}>{t('common.create')}</Button>}
      filters={[
        { kind: 'search', key: 'q', label: t('schemes.search'), value: filters.q, width: 240, onChange: (q) => update({ q }) },
        { kind: 'select', key: 'kind', label: t('scheme.kind'), value: filters.kind, width: 200,
          onChange: (kind) => update({ kind: kind as SchemeFilters['kind'] }),
          options: SCHEME_KINDS.map((k) => ({ value: k, label: t(`schemeKind.${k}`) })) },
      ]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<SchemeResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(schemeFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('schemes.total', { count })}
    />
  )
}

function DestinationNames({ destinations }: { destinations?: Destination[] }) {
  const text = useText()
  const { t } = useTranslation()
  if (!destinations || destinations.length === 0) return <span>—</span>
  return <span className="one-line">{destinations.map((d) => text(d.name) ?? '').join(t('chart.listSeparator'))}</span>
}

/** One scheme: what it is, its destinations with the agreement covering each, its calls and its history. */
export function SchemePage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const scheme = useScheme(id)
  const words = useWords(schemeWords)
  const calls = useQuery({
    queryKey: ['programmes', 'calls', { schemeId: id }],
    queryFn: async () => unwrap(await api.GET('/api/programmes/calls', { params: { query: { schemeId: id, size: 50 } } })),
  })
  if (!scheme.data) return <DetailPageState query={scheme} />
  const record = scheme.data.record

  const overview = (
    <Flex vertical gap={16}>
      <Facts facts={[
        { key: 'kind', label: t('scheme.kind'), value: t(`schemeKind.${record.kind}`) },
        { key: 'updated', label: t('application.updatedAt'), value: <LastChanged at={record.updatedAt} by={record.updatedBy} /> },
        { key: 'zh', label: t('scheme.titleZh'), value: <span lang="zh-CN">{record.title.zh}</span> },
        { key: 'en', label: t('scheme.titleEn'), value: <span lang="en">{record.title.en}</span> },
        { key: 'description', label: t('scheme.description'), wide: true, value: record.description && <span style={{ whiteSpace: 'pre-wrap' }}>{record.description}</span> },
        { key: 'funding', label: t('scheme.fundingRules'), wide: true, value: record.fundingRules && <span style={{ whiteSpace: 'pre-wrap' }}>{record.fundingRules}</span> },
      ]} />
      <Table<Destination> size="small" pagination={false} rowKey={(d) => `${d.institutionId}-${d.agreementId}`} dataSource={record.destinations ?? []}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('scheme.destinations')}</Typography.Title>}
        locale={{ emptyText: t('scheme.none') }}
        columns={[
          { key: 'name', title: t('scheme.institution'), render: (_, d) => <BilingualName name={d.name} /> },
          { key: 'agreement', title: t('scheme.agreement'), render: (_, d) => d.agreementReference ?? '—' },
          { key: 'state', title: t('scheme.agreementState'),
            render: (_, d) => (d.agreementState ? t(`agreementState.${d.agreementState}` as 'agreementState.active', { defaultValue: d.agreementState }) : '—') },
          { key: 'expiry', title: t('scheme.agreementExpiry'), render: (_, d) => d.agreementExpiryDate ?? '—' },
        ]} />
    </Flex>
  )
  const callList = (
    <Table<CallResponse> size="small" pagination={false} rowKey="id" dataSource={(calls.data?.items ?? []) as CallResponse[]} loading={calls.isPending}
      locale={{ emptyText: t('scheme.none') }}
      columns={[
        { key: 'title', title: t('call.title'), render: (_, c) => <Link to={`/calls/${c.id}`}>{text(c.title)}</Link> },
        { key: 'year', title: t('call.academicYear'), render: (_, c) => c.academicYear ?? '—' },
        { key: 'state', title: t('call.state'), render: (_, c) => <ProgrammeState kind="callState" state={c.state} /> },
      ]} />
  )
  return (
    <DetailPage
      id="scheme"
      name={text(record.title) ?? ''}
      subtitle={language === 'zh-CN' ? record.title.en : record.title.zh}
      facts={[
        { key: 'kind', label: t('scheme.kind'), value: t(`schemeKind.${record.kind}`) },
        { key: 'destinations', label: t('scheme.destinations'), value: String(record.destinations?.length ?? 0) },
      ]}
      actions={<Button type="primary" onClick={() => navigate(`/schemes/${id}/edit`)}>{t('common.edit')}</Button>}
      tabs={[
        { key: 'overview', label: t('scheme.overview'), children: overview },
        { key: 'calls', label: t('scheme.calls'), children: callList },
        { key: 'history', label: t('scheme.history'), children: (
          <ProgrammeHistory queryKey={schemeKey(id)} kind="callState" words={words}
            versions={async () => unwrap(await api.GET('/api/programmes/schemes/{id}/versions', { params: { path: { id } } }))}
            compare={async (from, to) => unwrap(await api.GET('/api/programmes/schemes/{id}/versions/compare', { params: { path: { id }, query: { from, to } } }))} />
        ) },
      ]}
    />
  )
}

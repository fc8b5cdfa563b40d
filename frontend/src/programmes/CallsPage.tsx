import { Button } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useLanguage, useText } from '../app/LanguageContext'
import { BilingualName } from '../ui/BilingualName'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { callFiltersToQuery, callFiltersToSearch, parseCallFilters, type CallFilters } from './filters'
import { ProgrammeState, fromQuery } from './parts'
import { useMyApplications } from './MyApplicationsPage'
import { useSchemeOptions } from './queries'
import { CALL_STATES, type CallResponse } from './types'

const windowText = (call: CallResponse) => (call.window?.from || call.window?.to ? `${call.window?.from ?? '…'} – ${call.window?.to ?? '…'}` : '—')

function useCalls(filters: CallFilters) {
  const query = callFiltersToQuery(filters)
  return useQuery({
    queryKey: ['programmes', 'calls', query],
    queryFn: async () => unwrap(await api.GET('/api/programmes/calls', { params: { query } })),
    placeholderData: keepPreviousData,
  })
}

/** The office's calls of every scheme, filtered by what the URL says; flagged calls need attention. */
export function CallsPage() {
  const { t } = useTranslation()
  const text = useText()
  const { language } = useLanguage()
  const [search, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const filters = parseCallFilters(search)
  const list = useCalls(filters)
  const schemes = useSchemeOptions()
  const schemeName = (id?: string) => text(schemes.data?.find((s) => s.id === id)?.title) ?? '—'
  const update = (change: Partial<CallFilters>) => setSearch(callFiltersToSearch({ ...filters, page: 1, ...change }))

  const columns: ListColumn<CallResponse>[] = [
    { key: 'title', title: t('call.title'), width: 300, sortKey: language === 'zh-CN' ? 'titleZh' : 'title',
      render: (row) => <Link to={`/calls/${row.id}`}><BilingualName name={row.title} /></Link> },
    { key: 'scheme', title: t('call.scheme'), width: 220, render: (row) => schemeName(row.schemeId) },
    { key: 'academicYear', title: t('call.academicYear'), width: 90, sortKey: 'academicYear', render: (row) => row.academicYear ?? '—' },
    { key: 'state', title: t('call.state'), width: 120, sortKey: 'state', render: (row) => <ProgrammeState kind="callState" state={row.state} /> },
    { key: 'window', title: t('call.window'), width: 180, sortKey: 'opensOn', render: windowText },
    { key: 'places', title: t('call.places'), width: 70, align: 'right',
      render: (row) => String((row.destinations ?? []).reduce((sum, d) => sum + (d.places ?? 0), 0)) },
  ]
  return (
    <ListPage<CallResponse>
      id="calls"
      title={t('calls.title')}
      toolbar={<Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/calls/new')}>{t('common.create')}</Button>}
      filters={[
        { kind: 'search', key: 'q', label: t('calls.search'), value: filters.q, width: 220, onChange: (q) => update({ q }) },
        { kind: 'select', key: 'state', label: t('call.state'), value: filters.state, width: 150,
          onChange: (state) => update({ state: state as CallFilters['state'] }),
          options: CALL_STATES.map((s) => ({ value: s, label: t(`callState.${s}`) })) },
        { kind: 'select', key: 'schemeId', label: t('calls.scheme'), value: filters.schemeId, width: 240, loading: schemes.isPending,
          onChange: (schemeId) => update({ schemeId }),
          options: (schemes.data ?? []).map((s) => ({ value: s.id ?? '', label: text(s.title) ?? '' })) },
        { kind: 'select', key: 'flagged', label: t('calls.flagged'), value: filters.flagged ? 'true' : undefined, width: 120,
          onChange: (flagged) => update({ flagged: flagged === 'true' ? true : undefined }),
          options: [{ value: 'true', label: t('common.yes') }] },
      ]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<CallResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(callFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('calls.total', { count })}
      actions={{ width: 90, render: (row) => <Link to={`/calls/${row.id}/applications`}>{t('call.viewApplications')}</Link> }}
    />
  )
}

/** What students and teachers may apply to now: the open calls, with their own application to each where there is one. */
export function OpenCallsPage() {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const filters = { ...parseCallFilters(search), state: 'open' as const }
  const list = useCalls(filters)
  const mine = useMyApplications()
  const myApplication = (callId: string) => mine.data?.find((a) => a.callId === callId)
  const update = (change: Partial<CallFilters>) => setSearch(callFiltersToSearch({ ...filters, state: undefined, page: 1, ...change }))

  const columns: ListColumn<CallResponse>[] = [
    { key: 'title', title: t('call.title'), width: 380, render: (row) => <Link to={`/open-calls/${row.id}`}><BilingualName name={row.title} /></Link> },
    { key: 'academicYear', title: t('call.academicYear'), width: 100, render: (row) => row.academicYear ?? '—' },
    { key: 'deadline', title: t('call.deadline'), width: 120, render: (row) => row.window?.to ?? '—' },
    { key: 'places', title: t('call.places'), width: 80, align: 'right',
      render: (row) => String((row.destinations ?? []).reduce((sum, d) => sum + (d.places ?? 0), 0)) },
    { key: 'mine', title: t('call.myApplication'), width: 200, render: (row) => {
      const application = myApplication(row.id)
      return application
        ? <Link to={`/my-applications/${application.id}`}><ProgrammeState kind="applicationState" state={application.state} /></Link>
        : <Link to={`/my-applications/new?callId=${row.id}`}>{t('call.apply')}</Link>
    } },
  ]
  return (
    <ListPage<CallResponse>
      id="open-calls"
      title={t('programmesMenu.openCalls')}
      filters={[{ kind: 'search', key: 'q', label: t('calls.search'), value: filters.q, width: 260, onChange: (q) => update({ q }) }]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<CallResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(callFiltersToSearch({ ...filters, state: undefined, ...paging }))}
      totalText={(count) => t('calls.total', { count })}
    />
  )
}

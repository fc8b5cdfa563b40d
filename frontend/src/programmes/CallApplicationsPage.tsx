import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { useRecordName } from '../ui/recordName'
import { ListPage, type ListColumn } from '../ui/ListPage'
import {
  applicationExportHref, applicationFiltersToQuery, applicationFiltersToSearch, parseApplicationFilters, type ApplicationFilters,
} from './filters'
import { unitName } from './lifecycle'
import { ProgrammeState, fromQuery } from './parts'
import { useCall } from './queries'
import { APPLICATION_STATES, UNITS, type ApplicationResponse } from './types'

/** The applications to one call, for the office: by state, home unit and destination, with their CSV (never the statements). */
export function CallApplicationsPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const [search, setSearch] = useSearchParams()
  const filters = parseApplicationFilters(search)
  const call = useCall(id)
  const callTitle = text(call.data?.record.title) ?? ''
  useRecordName(callTitle)
  const query = applicationFiltersToQuery(id, filters)
  const list = useQuery({
    queryKey: ['programmes', 'applications', query],
    queryFn: async () => unwrap(await api.GET('/api/programmes/applications', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const update = (change: Partial<ApplicationFilters>) => setSearch(applicationFiltersToSearch({ ...filters, page: 1, ...change }))
  const destinations = (call.data?.record.destinations ?? []).map((d) => ({ value: d.institutionId ?? '', label: text(d.name) ?? '' }))

  const columns: ListColumn<ApplicationResponse>[] = [
    { key: 'applicant', title: t('application.applicant'), width: 110, render: (row) => <Link to={`/applications/${row.id}`}>{row.applicantUsername ?? '—'}</Link> },
    { key: 'homeUnit', title: t('application.homeUnit'), width: 160, render: (row) => unitName(row.homeUnit, t) || '—' },
    { key: 'state', title: t('application.state'), width: 170, sortKey: 'state', render: (row) => <ProgrammeState kind="applicationState" state={row.state} /> },
    { key: 'choices', title: t('application.choices'), width: 280,
      render: (row) => [...(row.choices ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((c, i) => `${i + 1}. ${text(c.name) ?? ''}`).join(' ') || '—' },
    { key: 'gpa', title: t('application.gpa'), width: 60, align: 'right', render: (row) => row.gpa?.toFixed(2) ?? '—' },
    { key: 'language', title: t('application.languageResults'), width: 150,
      render: (row) => (row.languageResults ?? []).map((r) => `${r.test} ${r.score}`).join(t('chart.listSeparator')) || '—' },
    { key: 'submittedAt', title: t('application.submittedAt'), width: 140, sortKey: 'submittedAt', render: (row) => formatInstant(row.submittedAt) || '—' },
  ]
  return (
    <ListPage<ApplicationResponse>
      id="call-applications"
      title={t('applications.title')}
      subtitle={callTitle && <Link to={`/calls/${id}`}>{callTitle}</Link>}
      exportHref={applicationExportHref(id, filters)}
      filters={[
        { kind: 'select', key: 'state', label: t('applications.state'), value: filters.state, width: 180,
          onChange: (state) => update({ state: state as ApplicationFilters['state'] }),
          options: APPLICATION_STATES.map((s) => ({ value: s, label: t(`applicationState.${s}`) })) },
        { kind: 'select', key: 'unit', label: t('applications.unit'), value: filters.unit, width: 200,
          onChange: (unit) => update({ unit }), options: UNITS.map((u) => ({ value: u, label: unitName(u, t) })) },
        { kind: 'select', key: 'destination', label: t('applications.destination'), value: filters.destination, width: 260,
          loading: call.isPending, onChange: (destination) => update({ destination }), options: destinations },
      ]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<ApplicationResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(applicationFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('applications.total', { count })}
    />
  )
}

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { admissionsApi as api, unwrap } from '../api/client'
import { countryName, useCountries } from '../api/countries'
import { useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { ListPage, fromQuery, type ListColumn } from '../ui/ListPage'
import { applicationFiltersToQuery, applicationFiltersToSearch, parseApplicationFilters, type ApplicationFilters } from './filters'
import { AdmissionState, intakeName } from './parts'
import { useIntakeOptions } from './queries'
import { APPLICATION_STATES, type ApplicationResponse } from './types'

/** "MARIA EDUARDA SILVA": the names as in the passport, given names first. */
export function applicantName(application: Pick<ApplicationResponse, 'givenNames' | 'surname'>): string {
  return [application.givenNames, application.surname].filter(Boolean).join(' ')
}

/** Documents verified of those required: "2 / 5". */
export function verifiedCount(application: Pick<ApplicationResponse, 'documents'>): string {
  const documents = application.documents ?? []
  return `${documents.filter((document) => document.status === 'verified').length} / ${documents.length}`
}

/** Every admission application for the office, the latest change first, filtered by what the URL says. */
export function ApplicationsPage() {
  const { t } = useTranslation()
  const text = useText()
  const [search, setSearch] = useSearchParams()
  const filters = parseApplicationFilters(search)
  const query = applicationFiltersToQuery(filters)
  const countries = useCountries()
  const intakes = useIntakeOptions()
  const list = useQuery({
    queryKey: ['admissions', 'applications', query],
    queryFn: async () => unwrap(await api.GET('/api/admissions/applications', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const update = (change: Partial<ApplicationFilters>) => setSearch(applicationFiltersToSearch({ ...filters, page: 1, ...change }))
  const country = (code?: string) => countryName(code, countries.data, text)
  const first = (row: ApplicationResponse) => [...(row.choices ?? [])].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))[0]
  const columns: ListColumn<ApplicationResponse>[] = [
    { key: 'applicant', title: t('admApplication.applicant'), width: 210, render: (row) => (
      <Link to={`/admission-applications/${row.id}`}>{applicantName(row) || t('admApplication.noName')}</Link>) },
    { key: 'nationality', title: t('admApplication.nationality'), width: 120, render: (row) => country(row.nationality) || '—' },
    { key: 'first', title: t('admApplication.firstChoice'), width: 220,
      render: (row) => (first(row) ? intakeName(intakes.data?.find((i) => i.id === first(row)!.intakeId), text, t) : '—') },
    { key: 'funding', title: t('admApplication.funding'), width: 150, render: (row) => (row.funding?.type ? t(`fundingType.${row.funding.type}`) : '—') },
    { key: 'state', title: t('admApplication.state'), width: 140, render: (row) => <AdmissionState state={row.state} /> },
    { key: 'documents', title: t('admDocs.verifiedCount'), width: 100, align: 'right', render: (row) => verifiedCount(row) },
    { key: 'submitted', title: t('admApplication.submittedAt'), width: 138, render: (row) => formatInstant(row.submittedAt) || '—' },
  ]
  return (
    <ListPage<ApplicationResponse>
      id="admission-applications"
      title={t('admApplication.title')}
      filters={[
        { kind: 'search', key: 'q', label: t('admApplication.search'), value: filters.q, width: 200, onChange: (q) => update({ q }) },
        { kind: 'select', key: 'state', label: t('admApplication.state'), value: filters.state, width: 180,
          onChange: (state) => update({ state: state as ApplicationFilters['state'] }),
          options: APPLICATION_STATES.map((state) => ({ value: state, label: t(`admState.${state}`) })) },
        { kind: 'select', key: 'nationality', label: t('admApplication.nationality'), value: filters.nationality, width: 200, searchable: true,
          loading: countries.isPending, onChange: (nationality) => update({ nationality }),
          options: (countries.data ?? []).map((c) => ({ value: c.code ?? '', label: text(c.name) ?? c.code ?? '', search: `${c.code} ${c.name?.zh} ${c.name?.en}` })) },
      ]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<ApplicationResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(applicationFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('admApplication.total', { count })}
    />
  )
}

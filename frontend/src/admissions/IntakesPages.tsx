import { Button, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { admissionsApi as api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { useText } from '../app/LanguageContext'
import { processesAdmissions } from '../app/roles'
import { BilingualName } from '../ui/BilingualName'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts } from '../ui/Facts'
import { HistoryTab } from '../ui/HistoryTab'
import { ListPage, fromQuery, type ListColumn } from '../ui/ListPage'
import { LastChanged } from '../ui/PersonName'
import { StateTag } from '../ui/StateTag'
import { intakeFiltersToQuery, intakeFiltersToSearch, parseIntakeFilters, type IntakeFilters } from './filters'
import { intakeName } from './parts'
import { intakeKey, useIntake, useProgrammeOptions } from './queries'
import type { IntakeResponse } from './types'
import { intakeWords } from './words'

/** An intake's application window, and whether it takes applications today. */
export function IntakeWindow({ intake }: { intake: IntakeResponse }) {
  const { t } = useTranslation()
  return (
    <span>
      {intake.applicationsOpen} – {intake.applicationsClose}{' '}
      <StateTag state={intake.takingApplications ? 'open' : 'closed'} label={intake.takingApplications ? t('admIntake.takingNow') : t('admIntake.notTaking')} />
    </span>
  )
}

/** Every intake of every programme, the soonest start first. */
export function IntakesPage() {
  const { t } = useTranslation()
  const text = useText()
  const me = useMe()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const filters = parseIntakeFilters(search)
  const query = intakeFiltersToQuery(filters)
  const programmes = useProgrammeOptions()
  const list = useQuery({
    queryKey: ['admissions', 'intakes', query],
    queryFn: async () => unwrap(await api.GET('/api/admissions/intakes', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const update = (change: Partial<IntakeFilters>) => setSearch(intakeFiltersToSearch({ ...filters, page: 1, ...change }))
  const columns: ListColumn<IntakeResponse>[] = [
    { key: 'programme', title: t('admIntake.programme'), width: 380, render: (row) => (
      <Link to={`/intakes/${row.id}`}>{row.programmeCode} · <BilingualName name={row.programmeName} /></Link>) },
    { key: 'start', title: t('admIntake.startsOn'), width: 130, render: (row) => row.startsOn },
    { key: 'window', title: t('admIntake.window'), width: 320, render: (row) => <IntakeWindow intake={row} /> },
    { key: 'places', title: t('admIntake.places'), width: 100, align: 'right', render: (row) => row.places },
  ]
  return (
    <ListPage<IntakeResponse>
      id="intakes"
      title={t('admIntake.title')}
      toolbar={processesAdmissions(me.data?.roles ?? []) && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/intakes/new')}>{t('common.create')}</Button>
      )}
      filters={[
        { kind: 'select', key: 'programmeId', label: t('admIntake.programme'), value: filters.programmeId, width: 320, loading: programmes.isPending,
          searchable: true, onChange: (programmeId) => update({ programmeId }),
          options: (programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${text(p.name) ?? ''}`, search: `${p.code} ${p.name.zh} ${p.name.en}` })) },
        { kind: 'select', key: 'open', label: t('admIntake.openOnly'), value: filters.open ? 'true' : undefined, width: 160,
          onChange: (open) => update({ open: open === 'true' || undefined }), options: [{ value: 'true', label: t('admIntake.takingNow') }] },
      ]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<IntakeResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(intakeFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('admIntake.total', { count })}
      emptyText={t('admIntake.empty')}
    />
  )
}

/** One intake: its programme, start, window and places, and its history. */
export function IntakePage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const me = useMe()
  const navigate = useNavigate()
  const intake = useIntake(id)
  if (!intake.data) return <DetailPageState query={intake} />
  const record = intake.data.record
  return (
    <DetailPage
      id="intake"
      name={intakeName(record, text, t)}
      state={<StateTag state={record.takingApplications ? 'open' : 'closed'} label={record.takingApplications ? t('admIntake.takingNow') : t('admIntake.notTaking')} />}
      facts={[
        { key: 'start', label: t('admIntake.startsOn'), value: record.startsOn },
        { key: 'close', label: t('admIntake.applicationsClose'), value: record.applicationsClose },
        { key: 'places', label: t('admIntake.places'), value: record.places },
      ]}
      actions={processesAdmissions(me.data?.roles ?? []) && <Button type="primary" onClick={() => navigate(`/intakes/${id}/edit`)}>{t('common.edit')}</Button>}
      tabs={[
        { key: 'overview', label: t('admIntake.overview'), children: (
          <Facts facts={[
            { key: 'programme', label: t('admIntake.programme'), value: <Link to={`/admission-programmes/${record.programmeId}`}>{record.programmeCode} · {text(record.programmeName)}</Link> },
            { key: 'updated', label: t('admProgramme.updated'), value: <LastChanged at={record.updatedAt} by={record.updatedBy} /> },
            { key: 'open', label: t('admIntake.applicationsOpen'), value: record.applicationsOpen },
            { key: 'close', label: t('admIntake.applicationsClose'), value: record.applicationsClose },
            { key: 'start', label: t('admIntake.startsOn'), value: record.startsOn },
            { key: 'places', label: t('admIntake.places'), value: record.places },
          ]} />
        ) },
        { key: 'history', label: t('admIntake.history'), children: (
          <HistoryTab queryKey={intakeKey(id)} words={intakeWords(t)} action={(action) => t(`historyAction.${action}` as 'historyAction.created', { defaultValue: action })}
            versions={async () => unwrap(await api.GET('/api/admissions/intakes/{id}/versions', { params: { path: { id } } }))}
            compare={async (from, to) => unwrap(await api.GET('/api/admissions/intakes/{id}/versions/compare', { params: { path: { id }, query: { from, to } } }))} />
        ) },
      ]}
    >
      {!record.takingApplications && <Typography.Paragraph style={{ marginTop: 12 }}>{t('admIntake.window')}: {record.applicationsOpen} – {record.applicationsClose}</Typography.Paragraph>}
    </DetailPage>
  )
}

import { App, Button, Flex, Input, Select, Space, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { everyPage, programmesApi as api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { useLanguage, useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { runsProgrammes } from '../app/roles'
import { ErrorSummary } from '../forms/ErrorSummary'
import { BilingualName } from '../ui/BilingualName'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts } from '../ui/Facts'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { briefingFiltersToQuery, briefingFiltersToSearch, parseBriefingFilters, type BriefingFilters } from './filters'
import { BRIEFING_PATH, briefingNeedsReason, problemText, stepsAlong } from './lifecycle'
import { ProgrammeHistory, ProgrammeLifecycle, ProgrammeState, fromQuery } from './parts'
import { briefingKey, useBriefing } from './queries'
import { cancelMine, moveRegistration, register } from './registrations'
import { BRIEFING_FORMATS, BRIEFING_STATES, CAMPUSES, REGISTRATION_STATES, type BriefingResponse, type BriefingState, type RegistrationResponse, type RegistrationState } from './types'
import { briefingWords, useWords } from './words'
import { LastChanged, PersonName } from '../ui/PersonName'

/** When: the local date and times (the service keeps them in Asia/Shanghai). */
export const briefingWhen = (b: Pick<BriefingResponse, 'date' | 'startTime' | 'endTime'>) =>
  [b.date, [b.startTime?.slice(0, 5), b.endTime?.slice(0, 5)].filter(Boolean).join('–')].filter(Boolean).join(' ')

/** Where: online, or the campus by its name in the user's language (and the venue). */
export function briefingWhere(b: Pick<BriefingResponse, 'format' | 'campus' | 'venue'>, t: TFunction): string {
  if (b.format === 'online') return t('briefingFormat.online')
  return [b.campus ? t(`campus.${b.campus}`) : t('briefingFormat.on_campus'), b.venue].filter(Boolean).join(t('chart.listSeparator'))
}

const placesLeft = (b: BriefingResponse, t: TFunction) =>
  b.capacity !== undefined ? t('briefing.placesLeft', { left: b.placesLeft ?? b.capacity, capacity: b.capacity }) : '—'

/** Register or cancel one's own registration, where the service allows it (open, not full, not started). */
function MyRegistrationButton({ briefing }: { briefing: BriefingResponse }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const mine = briefing.myRegistration
  const active = mine && mine.state !== 'cancelled'
  const change = useMutation({
    mutationFn: () => (active ? cancelMine(briefing.id, mine.id!) : register(briefing.id)),
    onSuccess: (registration) => {
      // The page shows the answer at once; the briefing (places left) is read again behind it.
      queryClient.setQueryData<{ record: BriefingResponse; etag?: string }>(briefingKey(briefing.id), (held) => held && {
        ...held, record: { ...held.record, myRegistration: { id: registration.id, state: registration.state } },
      })
      void queryClient.invalidateQueries({ queryKey: ['programmes', 'briefing'] })
      void queryClient.invalidateQueries({ queryKey: ['programmes', 'briefings'] })
      void message.success(t(`registrationState.${registration.state}`))
    },
    onError: (error) => void message.error(problemText(error, t)),
  })
  if (active) {
    return mine.state === 'registered'
      ? <Button onClick={() => change.mutate()} disabled={change.isPending}>{t('briefing.cancelRegistration')}</Button>
      : <ProgrammeState kind="registrationState" state={mine.state!} />
  }
  if (briefing.state !== 'registration_open') return null
  if ((briefing.placesLeft ?? 1) <= 0) return <span>{t('briefing.full')}</span>
  return <Button type="primary" onClick={() => change.mutate()} disabled={change.isPending}>{t('briefing.register')}</Button>
}

/** Briefings: the office plans them; students and teachers see the published ones and register. */
export function BriefingsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [search, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const me = useMe()
  const office = runsProgrammes(me.data?.roles ?? [])
  const filters = parseBriefingFilters(search)
  const query = briefingFiltersToQuery(filters)
  const list = useQuery({
    queryKey: ['programmes', 'briefings', query],
    queryFn: async () => unwrap(await api.GET('/api/programmes/briefings', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const update = (change: Partial<BriefingFilters>) => setSearch(briefingFiltersToSearch({ ...filters, page: 1, ...change }))
  const columns: ListColumn<BriefingResponse>[] = [
    { key: 'title', title: t('briefing.title'), width: 280, sortKey: language === 'zh-CN' ? 'titleZh' : 'title',
      render: (row) => <Link to={`/briefings/${row.id}`}><BilingualName name={row.title} /></Link> },
    { key: 'when', title: t('briefing.when'), width: 170, sortKey: 'startsAt', render: (row) => briefingWhen(row) },
    { key: 'where', title: t('briefing.where'), width: 200, render: (row) => briefingWhere(row, t) },
    { key: 'state', title: t('briefing.state'), width: 110, sortKey: 'state', render: (row) => <ProgrammeState kind="briefingState" state={row.state} /> },
    { key: 'places', title: t('briefing.places'), width: 150, render: (row) => placesLeft(row, t) },
  ]
  return (
    <ListPage<BriefingResponse>
      id="briefings"
      title={t('briefings.title')}
      subtitle={t('briefing.timeZone')}
      toolbar={office && <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/briefings/new')}>{t('common.create')}</Button>}
      filters={[
        { kind: 'search', key: 'q', label: t('briefings.search'), value: filters.q, width: 200, onChange: (q) => update({ q }) },
        { kind: 'select', key: 'state', label: t('briefing.state'), value: filters.state, width: 130,
          onChange: (state) => update({ state: state as BriefingFilters['state'] }),
          options: BRIEFING_STATES.map((s) => ({ value: s, label: t(`briefingState.${s}`) })) },
        { kind: 'select', key: 'campus', label: t('briefing.campus'), value: filters.campus, width: 140,
          onChange: (campus) => update({ campus: campus as BriefingFilters['campus'] }),
          options: CAMPUSES.map((c) => ({ value: c, label: t(`campus.${c}`) })) },
        { kind: 'select', key: 'format', label: t('briefing.format'), value: filters.format, width: 130,
          onChange: (format) => update({ format: format as BriefingFilters['format'] }),
          options: BRIEFING_FORMATS.map((f) => ({ value: f, label: t(`briefingFormat.${f}`) })) },
        { kind: 'select', key: 'upcoming', label: t('briefings.upcoming'), value: filters.upcoming ? 'true' : undefined, width: 110,
          onChange: (upcoming) => update({ upcoming: upcoming === 'true' ? true : undefined }), options: [{ value: 'true', label: t('common.yes') }] },
      ]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      actions={office ? undefined : { width: 150, render: (row) => <MyRegistrationButton briefing={row} /> }}
      rowKey={(row) => row.id}
      {...fromQuery<BriefingResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(briefingFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('briefings.total', { count })}
    />
  )
}

/** The office's view of who registered, with attendance marked row by row once the briefing is held. */
function Registrations({ briefing }: { briefing: BriefingResponse }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [state, setState] = useState<RegistrationState>()
  const [person, setPerson] = useState('')
  const [errors, setErrors] = useState<string[]>([])
  const key = ['programmes', 'briefing', briefing.id, 'registrations', state] as const
  const list = useQuery({
    queryKey: key,
    queryFn: () => everyPage(async (page, size) => unwrap(await api.GET('/api/programmes/briefings/{briefingId}/registrations', {
      params: { path: { briefingId: briefing.id }, query: { state, page, size } },
    }))),
  })
  const refresh = async () => {
    setErrors([])
    await queryClient.invalidateQueries({ queryKey: ['programmes', 'briefing', briefing.id] })
    await queryClient.invalidateQueries({ queryKey: ['programmes', 'briefings'] })
  }
  const mark = useMutation({
    mutationFn: ({ row, to }: { row: RegistrationResponse; to: RegistrationState }) => moveRegistration(briefing.id, row, to),
    onSuccess: refresh,
    onError: (error) => setErrors([problemText(error, t)]),
  })
  const add = useMutation({ mutationFn: () => register(briefing.id, person.trim()), onSuccess: async () => { setPerson(''); await refresh() },
    onError: (error) => setErrors([problemText(error, t)]) })
  const rows = (list.data ?? []) as RegistrationResponse[]
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={12}>
        <Space wrap>
          <label htmlFor="registration-state">{t('briefing.attendance')}</label>
          <Select id="registration-state" allowClear placeholder={t('common.all')} value={state} style={{ width: 160 }}
            onChange={(value?: RegistrationState) => setState(value)}
            options={REGISTRATION_STATES.map((s) => ({ value: s, label: t(`registrationState.${s}`) }))} />
        </Space>
        <Space wrap>
          {(briefing.state === 'registration_open' || briefing.state === 'held') && <>
            <Input aria-label={t('briefing.registerPerson')} placeholder={t('briefing.registerPerson')} value={person}
              onChange={(e) => setPerson(e.target.value)} style={{ width: 220 }} />
            <Button onClick={() => add.mutate()} disabled={!/^[A-Za-z0-9._@-]{1,100}$/.test(person.trim())} loading={add.isPending}>{t('briefing.register')}</Button>
          </>}
          <Button href={`/api/programmes/briefings/${briefing.id}/registrations/export.csv`}>{t('briefing.exportRegistrations')}</Button>
        </Space>
      </Flex>
      <ErrorSummary errors={errors} />
      <Table<RegistrationResponse> size="small" rowKey="id" dataSource={rows} loading={list.isFetching} pagination={{ pageSize: 50 }}
        locale={{ emptyText: t('common.empty') }}
        columns={[
          { key: 'person', title: t('briefing.person'), render: (_, r) => <PersonName username={r.person} /> },
          { key: 'how', title: t('briefing.selfRegistered'), render: (_, r) => (r.selfRegistered ? t('briefing.self') : t('briefing.office')) },
          { key: 'at', title: t('briefing.registeredAt'), render: (_, r) => formatInstant(r.createdAt) },
          { key: 'state', title: t('briefing.attendance'), render: (_, r) => <ProgrammeState kind="registrationState" state={r.state} /> },
          { key: 'actions', title: t('common.actions'), render: (_, r) => (
            <Space role="group" aria-label={`${t('briefing.attendance')}: ${r.person ?? ''}`}>
              {r.allowedTransitions.map((to) => (
                <Button key={to} size="small" danger={to === 'cancelled'} loading={mark.isPending && mark.variables?.row.id === r.id && mark.variables.to === to}
                  onClick={() => mark.mutate({ row: r, to })}>{t(`registrationTransition.${to}`)}</Button>
              ))}
            </Space>
          ) },
        ]} />
    </Flex>
  )
}

/** One briefing: when and where, who presents, places; the office's lifecycle and registrations, or one's own registration. */
export function BriefingPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const me = useMe()
  const office = runsProgrammes(me.data?.roles ?? [])
  const briefing = useBriefing(id)
  const words = useWords(briefingWords)
  if (!briefing.data) return <DetailPageState query={briefing} />
  const { record, etag } = briefing.data
  const versions = async () => unwrap(await api.GET('/api/programmes/briefings/{id}/versions', { params: { path: { id } } }))

  const overview = (
    <Facts facts={[
      { key: 'when', label: t('briefing.when'), value: `${briefingWhen(record)} · ${t('briefing.timeZone')}`, wide: true },
      { key: 'format', label: t('briefing.format'), value: record.format && t(`briefingFormat.${record.format}`) },
      { key: 'campus', label: t('briefing.campus'), value: record.campus && t(`campus.${record.campus}`) },
      { key: 'venue', label: t('briefing.venue'), value: record.venue },
      { key: 'link', label: t('briefing.link'), value: record.link && <a href={record.link} rel="noreferrer noopener" target="_blank">{record.link}</a> },
      { key: 'places', label: t('briefing.places'), value: placesLeft(record, t) },
      { key: 'partners', label: t('briefing.presentingPartners'), wide: true,
        value: (record.presentingPartners ?? []).map((p) => text(p.name)).join(t('chart.listSeparator')) },
      { key: 'description', label: t('briefing.description'), wide: true, value: record.description && <span style={{ whiteSpace: 'pre-wrap' }}>{record.description}</span> },
      ...(office ? [{ key: 'updated', label: t('application.updatedAt'), value: <LastChanged at={record.updatedAt} by={record.updatedBy} /> }] : []),
    ]} />
  )
  return (
    <DetailPage
      id="briefing"
      name={text(record.title) ?? ''}
      subtitle={language === 'zh-CN' ? record.title.en : record.title.zh}
      state={<ProgrammeState kind="briefingState" state={record.state} />}
      facts={[
        { key: 'when', label: t('briefing.when'), value: briefingWhen(record) },
        { key: 'where', label: t('briefing.where'), value: briefingWhere(record, t) },
        { key: 'places', label: t('briefing.places'), value: placesLeft(record, t) },
        ...(!office ? [{ key: 'mine', label: t('briefing.myRegistration'), value: record.myRegistration?.state
          ? <ProgrammeState kind="registrationState" state={record.myRegistration.state} /> : t('briefing.noRegistration') }] : []),
      ]}
      actions={office
        ? (record.state === 'planned' || record.state === 'registration_open') && <Button onClick={() => navigate(`/briefings/${id}/edit`)}>{t('common.edit')}</Button>
        : <MyRegistrationButton briefing={record} />}
      tabs={[
        { key: 'overview', label: t('briefing.overview'), children: overview },
        ...(office ? [
          { key: 'registrations', label: t('briefing.registrations'), children: <Registrations briefing={record} /> },
          { key: 'history', label: t('briefing.history'), children: (
            <ProgrammeHistory queryKey={briefingKey(id)} kind="briefingState" words={words} versions={versions}
              compare={async (from, to) => unwrap(await api.GET('/api/programmes/briefings/{id}/versions/compare', { params: { path: { id }, query: { from, to } } }))} />
          ) },
        ] : []),
      ]}
    >
      {office && (
        <ProgrammeLifecycle<BriefingState>
          id="briefing" title={t('briefing.lifecycle')} kind="briefingState" transitionKind="briefingTransition"
          state={record.state} initial="planned" steps={stepsAlong(BRIEFING_PATH, record.state)} allowed={record.allowedTransitions}
          versionsKey={[...briefingKey(id), 'versions']} versions={versions}
          move={async (to, reason) => unwrap(await api.POST('/api/programmes/briefings/{id}/transitions', {
            params: { path: { id }, header: { 'If-Match': etag } }, body: { to, reason },
          }))}
          invalidate={[briefingKey(id), ['programmes', 'briefings']]}
          needsReason={briefingNeedsReason} danger={(to) => to === 'cancelled'}
          words={words} incomplete={t('call.incomplete')} moved={(state) => t('briefing.moved', { state })}
        />
      )}
    </DetailPage>
  )
}

/** The caller's own registrations, newest first, each with its briefing. */
export function MyBriefingsPage() {
  const { t } = useTranslation()
  const mine = useQuery({
    queryKey: ['programmes', 'briefings', 'mine'],
    queryFn: async () => (unwrap(await api.GET('/api/programmes/briefings/my-registrations')) ?? []) as RegistrationResponse[],
  })
  const briefings = useQuery({
    queryKey: ['programmes', 'briefings', 'all-for-mine'],
    queryFn: async () => (unwrap(await api.GET('/api/programmes/briefings', { params: { query: { size: 200 } } })).items ?? []) as BriefingResponse[],
  })
  const briefingOf = (id?: string) => briefings.data?.find((b) => b.id === id)
  const rows = mine.data ?? []
  return (
    <section aria-labelledby="my-briefings-title">
      <Typography.Title level={1} id="my-briefings-title" className="page-title" style={{ marginBottom: 16 }}>{t('briefings.myTitle')}</Typography.Title>
      <Table<RegistrationResponse> rowKey="id" size="middle" dataSource={rows} loading={mine.isPending || briefings.isPending} pagination={false}
        locale={{ emptyText: t('briefings.myEmpty') }}
        columns={[
          { key: 'briefing', title: t('briefing.title'), render: (_, r) => {
            const b = briefingOf(r.briefingId)
            return b ? <Link to={`/briefings/${b.id}`}><BilingualName name={b.title} /></Link> : '—'
          } },
          { key: 'when', title: t('briefing.when'), render: (_, r) => { const b = briefingOf(r.briefingId); return b ? briefingWhen(b) : '—' } },
          { key: 'where', title: t('briefing.where'), render: (_, r) => { const b = briefingOf(r.briefingId); return b ? briefingWhere(b, t) : '—' } },
          { key: 'state', title: t('briefing.myRegistration'), render: (_, r) => <ProgrammeState kind="registrationState" state={r.state} /> },
          { key: 'at', title: t('briefing.registeredAt'), render: (_, r) => formatInstant(r.createdAt) },
        ]} />
    </section>
  )
}

import { useState } from 'react'
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { ApiError } from '../api/problem'
import { useMe } from '../api/me'
import { appliesThemselves, runsProgrammes } from '../app/roles'
import { useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { ErrorSummary } from '../forms/ErrorSummary'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts } from '../ui/Facts'
import { fieldErrorLine } from '../ui/fieldErrors'
import type { FieldWords } from '../ui/fieldNames'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { mobilityExportHref, mobilityFiltersToQuery, mobilityFiltersToSearch, parseMobilityFilters, type MobilityFilters } from './filters'
import { stepsAlong, unitName } from './lifecycle'
import { fromQuery, ProgrammeHistory, ProgrammeLifecycle, ProgrammeState } from './parts'
import { isoDate } from './pickers'
import { selectionProblemText } from './selection'
import {
  DIRECTIONS, FUNDERS, MOBILITY_STATES, PARTIES, type Course, type Funder, type GrantResponse, type MobilityResponse, type MobilityState,
} from './types'
import { useWords } from './words'
import type { TFunction } from 'i18next'

const MOBILITY_PATH = ['planned', 'ongoing', 'completed', 'recognised'] as const satisfies readonly MobilityState[]
const mobilityKey = (id: string) => ['programmes', 'mobility', id] as const

/** An amount in its currency's ISO 4217 decimals (JPY none, CNY two…), with the code after it. */
export function formatMoney(amount: number | undefined | null, currency: string | undefined, locale: string): string {
  if (amount === undefined || amount === null || !currency) return ''
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)} ${currency}`
}

/** The home credits a learning agreement's courses count as, to one decimal. */
export function homeCredits(courses: readonly Pick<Course, 'homeCredits'>[]): number {
  return Math.round(courses.reduce((sum, c) => sum + (c.homeCredits ?? 0), 0) * 10) / 10
}

/** Whether the instalments add up to the grant's amount (to the cent); none at all is one instalment of everything. */
export function instalmentsAddUp(amount: number | undefined, instalments: readonly { amount?: number | null }[]): boolean {
  if (instalments.length === 0 || amount === undefined) return true
  const cents = (value: number) => Math.round(value * 100)
  return instalments.reduce((sum, i) => sum + cents(i.amount ?? 0), 0) === cents(amount)
}

function mobilityWords(t: TFunction): FieldWords {
  return {
    labels: {
      institutionId: t('mobility.institution'), plannedStart: t('mobility.plannedStart'), plannedEnd: t('mobility.plannedEnd'),
      actualStart: t('mobility.actualStart'), actualEnd: t('mobility.actualEnd'), creditsRecognised: t('mobility.creditsRecognised'),
      report: t('mobility.report'), learningAgreement: t('mobility.learningAgreement'), courses: t('mobility.learningAgreement'),
      'courses.title': t('mobility.courseTitle'), 'courses.credits': t('mobility.credits'), 'courses.homeTitle': t('mobility.homeTitle'),
      'courses.homeCredits': t('mobility.homeCredits'), 'courses.code': t('mobility.courseCode'), 'courses.homeCode': t('mobility.homeCode'),
      approvals: t('mobility.approvals'), funder: t('grant.funder'), amount: t('grant.amount'), currency: t('grant.currency'),
      instalments: t('grant.instalments'), 'instalments.amount': t('grant.amount'), 'instalments.dueOn': t('grant.dueOn'),
      'instalments.paidOn': t('grant.paidOn'), state: t('mobility.state'),
    },
    values: { state: (s) => t(`mobilityState.${s}` as 'mobilityState.planned', { defaultValue: s }) },
    languages: { zh: t('history.zh'), en: t('history.en') }, yes: t('common.yes'), no: t('common.no'),
  }
}

/** The errors of a refused change: field by field when the service names them, else the refusal in words. */
function refusal(error: Error, words: FieldWords, t: TFunction): string[] {
  const fields = error instanceof ApiError ? error.problem?.errors ?? [] : []
  return fields.length > 0 ? fields.map((e) => fieldErrorLine(e, words, t)) : [selectionProblemText(error, t)]
}

/** Outbound and inbound mobilities for the office, by direction, state and academic year. */
export function MobilitiesPage() {
  const { t } = useTranslation()
  const text = useText()
  const [search, setSearch] = useSearchParams()
  const filters = parseMobilityFilters(search)
  const query = mobilityFiltersToQuery(filters)
  const list = useQuery({
    queryKey: ['programmes', 'mobilities', query],
    queryFn: async () => unwrap(await api.GET('/api/programmes/mobilities', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const navigate = useNavigate()
  const update = (change: Partial<MobilityFilters>) => setSearch(mobilityFiltersToSearch({ ...filters, page: 1, ...change }))
  const columns: ListColumn<MobilityResponse>[] = [
    { key: 'participant', title: t('mobility.participant'), width: 150, sortKey: 'participant',
      render: (row) => <Link to={`/mobilities/${row.id}`}>{row.participantName ?? row.participantId ?? '—'}</Link> },
    { key: 'homeUnit', title: t('mobility.homeUnit'), width: 160, render: (row) => unitName(row.homeUnit, t) || '—' },
    { key: 'institution', title: t('mobility.institution'), width: 240, render: (row) => text(row.institution?.name) ?? '—' },
    { key: 'direction', title: t('mobility.direction'), width: 80, render: (row) => (row.direction ? t(`direction.${row.direction}`) : '—') },
    { key: 'year', title: t('mobility.academicYear'), width: 90, sortKey: 'academicYear', render: (row) => row.academicYear ?? '—' },
    { key: 'dates', title: t('mobility.dates'), width: 200, sortKey: 'plannedStart',
      render: (row) => `${row.actualStart ?? row.plannedStart ?? '…'} – ${row.actualEnd ?? row.plannedEnd ?? '…'}` },
    { key: 'state', title: t('mobility.state'), width: 130, sortKey: 'state', render: (row) => <ProgrammeState kind="mobilityState" state={row.state} /> },
  ]
  return (
    <ListPage<MobilityResponse>
      id="mobilities"
      title={t('mobilities.title')}
      toolbar={<Button icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/mobilities/new')}>{t('inbound.record')}</Button>}
      exportHref={mobilityExportHref(filters)}
      filters={[
        { kind: 'select', key: 'direction', label: t('mobilities.direction'), value: filters.direction, width: 140,
          onChange: (direction) => update({ direction: direction as MobilityFilters['direction'] }),
          options: DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) })) },
        { kind: 'select', key: 'state', label: t('mobilities.state'), value: filters.state, width: 160,
          onChange: (state) => update({ state: state as MobilityFilters['state'] }),
          options: MOBILITY_STATES.map((s) => ({ value: s, label: t(`mobilityState.${s}`) })) },
      ]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<MobilityResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(mobilityFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('mobilities.total', { count })}
    />
  )
}

/** A student's or teacher's own exchanges (the service lists nobody else's to them), each opening its learning agreement and report. */
export function MyMobilitiesPage() {
  const { t } = useTranslation()
  const text = useText()
  const [search, setSearch] = useSearchParams()
  const filters = parseMobilityFilters(search)
  const query = mobilityFiltersToQuery(filters)
  const list = useQuery({
    queryKey: ['programmes', 'mobilities', 'mine', query],
    queryFn: async () => unwrap(await api.GET('/api/programmes/mobilities', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const columns: ListColumn<MobilityResponse>[] = [
    { key: 'institution', title: t('mobility.institution'), width: 260,
      render: (row) => <Link to={`/my-mobilities/${row.id}`}>{text(row.institution?.name) ?? '—'}</Link> },
    { key: 'type', title: t('mobility.mobilityType'), width: 140, render: (row) => (row.mobilityType ? t(`mobilityType.${row.mobilityType}`) : '—') },
    { key: 'year', title: t('mobility.academicYear'), width: 100, sortKey: 'academicYear', render: (row) => row.academicYear ?? '—' },
    { key: 'dates', title: t('mobility.dates'), width: 200, sortKey: 'plannedStart',
      render: (row) => `${row.actualStart ?? row.plannedStart ?? '…'} – ${row.actualEnd ?? row.plannedEnd ?? '…'}` },
    { key: 'state', title: t('mobility.state'), width: 130, render: (row) => <ProgrammeState kind="mobilityState" state={row.state} /> },
  ]
  return (
    <ListPage<MobilityResponse>
      id="my-mobilities"
      title={t('myMobilities.title')}
      filters={[]}
      filtered={false}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<MobilityResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(mobilityFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('myMobilities.total', { count })}
      emptyText={t('myMobilities.empty')}
    />
  )
}

interface CourseValues { courses: Course[] }

/** The learning agreement: courses at the host and what each counts as at home, then the three approvals. */
function LearningAgreement({ mobility, etag, writer }: { mobility: MobilityResponse; etag?: string; writer: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const words = useWords(mobilityWords)
  const [form] = Form.useForm<CourseValues>()
  const [errors, setErrors] = useState<string[]>([])
  const agreement = mobility.learningAgreement ?? {}
  const done = async (text: string) => {
    setErrors([])
    await queryClient.invalidateQueries({ queryKey: mobilityKey(mobility.id) })
    void message.success(text)
  }
  const save = useMutation({
    mutationFn: async ({ courses }: CourseValues) => unwrap(await api.PUT('/api/programmes/mobilities/{id}/learning-agreement', {
      params: { path: { id: mobility.id }, header: { 'If-Match': etag } },
      body: { courses: (courses ?? []).map((c) => ({ ...c, title: c.title ?? '', homeTitle: c.homeTitle ?? '', credits: c.credits ?? 0, homeCredits: c.homeCredits ?? 0 })) },
    })),
    onSuccess: () => done(t('mobility.coursesSaved')),
    onError: (error) => setErrors(refusal(error, words, t)),
  })
  const approve = useMutation({
    mutationFn: async (party: string) => unwrap(await api.POST('/api/programmes/mobilities/{id}/learning-agreement/approvals', {
      params: { path: { id: mobility.id }, header: { 'If-Match': etag } }, body: { party },
    })),
    onSuccess: () => done(t('mobility.approvalSaved')),
    onError: (error) => setErrors(refusal(error, words, t)),
  })
  const editable = writer && (mobility.state === 'planned' || mobility.state === 'ongoing')
  return (
    <Flex vertical gap={16}>
      <ErrorSummary errors={errors} />
      {editable ? (
        <Form form={form} layout="vertical" initialValues={{ courses: agreement.courses ?? [] }} onFinish={(v) => save.mutate(v)}>
          <Alert type="info" showIcon title={t('mobility.coursesHint')} style={{ marginBottom: 12 }} />
          <Form.List name="courses">
            {(fields, { add, remove }) => <>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="bottom">
                  <Col span={3}><Form.Item name={[field.name, 'code']} label={`${t('mobility.courseCode')} ${index + 1}`}><Input /></Form.Item></Col>
                  <Col span={6}><Form.Item name={[field.name, 'title']} label={`${t('mobility.courseTitle')} ${index + 1}`} rules={[{ required: true, whitespace: true }]}><Input /></Form.Item></Col>
                  <Col span={2}><Form.Item name={[field.name, 'credits']} label={`${t('mobility.credits')} ${index + 1}`} rules={[{ required: true }]}><InputNumber min={0.1} max={60} step={0.5} style={{ width: '100%' }} /></Form.Item></Col>
                  <Col span={3}><Form.Item name={[field.name, 'homeCode']} label={`${t('mobility.homeCode')} ${index + 1}`}><Input /></Form.Item></Col>
                  <Col span={6}><Form.Item name={[field.name, 'homeTitle']} label={`${t('mobility.homeTitle')} ${index + 1}`} rules={[{ required: true, whitespace: true }]}><Input /></Form.Item></Col>
                  <Col span={3}><Form.Item name={[field.name, 'homeCredits']} label={`${t('mobility.homeCredits')} ${index + 1}`} rules={[{ required: true }]}><InputNumber min={0} max={60} step={0.5} style={{ width: '100%' }} /></Form.Item></Col>
                  <Col span={1}><Form.Item><Button type="text" aria-label={t('mobility.removeCourse', { n: index + 1 })} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} /></Form.Item></Col>
                </Row>
              ))}
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => add({})}>{t('mobility.addCourse')}</Button>
                <Button type="primary" htmlType="submit" loading={save.isPending}>{t('mobility.saveCourses')}</Button>
              </Space>
            </>}
          </Form.List>
        </Form>
      ) : (
        <Table<Course> size="small" pagination={false} rowKey={(c) => `${c.code}-${c.title}`} dataSource={agreement.courses ?? []} tableLayout="fixed"
          locale={{ emptyText: t('mobility.noCourses') }}
          columns={[
            { key: 'title', title: t('mobility.courseTitle'), render: (_, c) => [c.code, c.title].filter(Boolean).join(' ') },
            { key: 'credits', title: t('mobility.credits'), width: 80, align: 'right', render: (_, c) => c.credits },
            { key: 'home', title: t('mobility.homeTitle'), render: (_, c) => [c.homeCode, c.homeTitle].filter(Boolean).join(' ') },
            { key: 'homeCredits', title: t('mobility.homeCredits'), width: 100, align: 'right', render: (_, c) => c.homeCredits },
          ]} />
      )}
      <Typography.Text>{t('common.labelValue', { label: t('mobility.totalHomeCredits'), value: homeCredits(agreement.courses ?? []) })}</Typography.Text>
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('mobility.approvals')}</Typography.Title>}
        extra={agreement.approved && t('mobility.allApproved')}>
        <Table size="small" pagination={false} rowKey="party" tableLayout="fixed"
          dataSource={PARTIES.map((party) => ({ party, approval: agreement.approvals?.[party] }))}
          columns={[
            { key: 'party', title: t('mobility.approvals'), width: 200, render: (_, row) => t(`party.${row.party}`) },
            { key: 'state', title: t('mobility.state'), render: (_, row) => (row.approval
              ? t('mobility.approved', { at: formatInstant(row.approval.at), by: row.approval.by ?? '—' }) : t('mobility.notApproved')) },
            { key: 'action', title: t('common.actions'), width: 220, render: (_, row) => (mobility.allowedApprovals ?? []).includes(row.party) && (
              <Button size="small" loading={approve.isPending && approve.variables === row.party} onClick={() => approve.mutate(row.party)}>
                {t('mobility.approve', { party: t(`party.${row.party}`) })}</Button>
            ) },
          ]} />
      </Card>
    </Flex>
  )
}

/** The states in which the report is written (programmes-service MobilityRules.reportOpen). */
const REPORT_OPEN: readonly MobilityState[] = ['ongoing', 'completed']

/** The participant writes (or the office for them) the report on the stay, during or after it, with If-Match. */
function ReportForm({ mobility, etag }: { mobility: MobilityResponse; etag?: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const words = useWords(mobilityWords)
  const [errors, setErrors] = useState<string[]>([])
  const save = useMutation({
    mutationFn: async ({ report }: { report: string }) => unwrap(await api.PUT('/api/programmes/mobilities/{id}/report', {
      params: { path: { id: mobility.id }, header: { 'If-Match': etag } }, body: { report },
    })),
    onSuccess: async () => {
      setErrors([])
      await queryClient.invalidateQueries({ queryKey: mobilityKey(mobility.id) })
      void message.success(t('participantReport.saved'))
    },
    onError: (error) => setErrors(refusal(error, words, t)),
  })
  return (
    <Form layout="vertical" initialValues={{ report: mobility.report ?? '' }} onFinish={(values: { report: string }) => save.mutate(values)}>
      <ErrorSummary errors={errors} />
      <Form.Item name="report" label={t('participantReport.write')} extra={t('participantReport.hint')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea rows={8} maxLength={10000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>{t('participantReport.save')}</Button>
    </Form>
  )
}

interface DatesValues { actualStart?: string; actualEnd?: string; creditsRecognised?: number }

/** The actual dates and the credits recognised (the office), and the participant's report. */
function Recognition({ mobility, etag, office, writer }: { mobility: MobilityResponse; etag?: string; office: boolean; writer: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const words = useWords(mobilityWords)
  const [errors, setErrors] = useState<string[]>([])
  const save = useMutation({
    mutationFn: async (values: DatesValues) => unwrap(await api.PUT('/api/programmes/mobilities/{id}', {
      params: { path: { id: mobility.id }, header: { 'If-Match': etag } },
      body: {
        institutionId: mobility.institution?.id ?? '', plannedStart: mobility.plannedStart, plannedEnd: mobility.plannedEnd,
        actualStart: values.actualStart, actualEnd: values.actualEnd, creditsRecognised: values.creditsRecognised ?? undefined,
      },
    })),
    onSuccess: async () => {
      setErrors([])
      await queryClient.invalidateQueries({ queryKey: mobilityKey(mobility.id) })
      void message.success(t('mobility.recognitionSaved'))
    },
    onError: (error) => setErrors(refusal(error, words, t)),
  })
  const editable = office && mobility.state !== 'recognised' && mobility.state !== 'cancelled'
  return (
    <Flex vertical gap={16}>
      <ErrorSummary errors={errors} />
      {editable ? (
        <Form layout="vertical" initialValues={{ actualStart: mobility.actualStart, actualEnd: mobility.actualEnd, creditsRecognised: mobility.creditsRecognised }}
          onFinish={(values: DatesValues) => save.mutate(values)}>
          <Row gutter={12}>
            <Col xs={24} md={6}><Form.Item name="actualStart" label={t('mobility.actualStart')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={24} md={6}><Form.Item name="actualEnd" label={t('mobility.actualEnd')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={24} md={6}><Form.Item name="creditsRecognised" label={t('mobility.creditsRecognised')}><InputNumber min={0} max={999} step={0.5} style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={24} md={6}><Form.Item label=" "><Button type="primary" htmlType="submit" loading={save.isPending}>{t('mobility.saveRecognition')}</Button></Form.Item></Col>
          </Row>
        </Form>
      ) : (
        <Facts facts={[
          { key: 'start', label: t('mobility.actualStart'), value: mobility.actualStart },
          { key: 'end', label: t('mobility.actualEnd'), value: mobility.actualEnd },
          { key: 'credits', label: t('mobility.creditsRecognised'), value: mobility.creditsRecognised },
        ]} />
      )}
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('mobility.report')}</Typography.Title>}>
        {writer && REPORT_OPEN.includes(mobility.state)
          ? <ReportForm mobility={mobility} etag={etag} />
          : mobility.report ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{mobility.report}</Typography.Paragraph> : t('mobility.noReport')}
      </Card>
    </Flex>
  )
}

interface GrantValues { funder: Funder; amount: number; currency: string; instalments: { amount: number; dueOn: string; paidOn?: string }[] }

/** A mobility's grants with their instalments, their lifecycle, and the office's award of a new one. */
function Grants({ mobility, office }: { mobility: MobilityResponse; office: boolean }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const words = useWords(mobilityWords)
  const [form] = Form.useForm<GrantValues>()
  const [errors, setErrors] = useState<string[]>([])
  const key = ['programmes', 'grants', mobility.id] as const
  const grants = useQuery({
    queryKey: key,
    queryFn: async () => (unwrap(await api.GET('/api/programmes/grants', { params: { query: { mobilityId: mobility.id, size: 200 } } })).items ?? []) as GrantResponse[],
  })
  const money = (amount: number | undefined, currency: string | undefined) => formatMoney(amount, currency, i18n.language)
  const funding = useQuery({
    queryKey: ['programmes', 'funding', mobility.callId ?? ''],
    enabled: office && mobility.callId !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/programmes/grants/funding', { params: { query: { callId: mobility.callId! } } })),
  })
  const budget = funding.data?.budget
  const award = useMutation({
    mutationFn: async (values: GrantValues) => unwrap(await api.POST('/api/programmes/grants', {
      body: { mobilityId: mobility.id, funder: values.funder, amount: values.amount, currency: values.currency.trim().toUpperCase(), instalments: values.instalments ?? [] },
    })),
    onSuccess: async () => {
      setErrors([])
      form.resetFields()
      await queryClient.invalidateQueries({ queryKey: key })
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'funding'] })
      void message.success(t('grant.awarded'))
    },
    onError: (error) => setErrors(refusal(error, words, t)),
  })
  const move = useMutation({
    mutationFn: async ({ grant, to }: { grant: GrantResponse; to: string }) => unwrap(await api.POST('/api/programmes/grants/{id}/transitions', {
      params: { path: { id: grant.id }, header: { 'If-Match': `"${grant.version}"` } }, body: { to },
    })),
    onSuccess: async (_, { to }) => {
      setErrors([])
      await queryClient.invalidateQueries({ queryKey: key })
      void message.success(t('grant.moved', { state: t(`grantState.${to}` as 'grantState.paid') }))
    },
    onError: (error) => setErrors(refusal(error, words, t)),
  })
  return (
    <Flex vertical gap={16}>
      <ErrorSummary errors={errors} />
      {budget && (
        <Facts facts={[
          { key: 'budget', label: t('grant.budget'), value: money(budget.amount, budget.currency) },
          { key: 'awarded', label: t('grant.fromBudget'), value: money(funding.data?.awarded, budget.currency) },
          { key: 'remaining', label: t('grant.remaining'), value: money(funding.data?.remaining, budget.currency) },
        ]} />
      )}
      <Table<GrantResponse> size="small" pagination={false} rowKey="id" dataSource={grants.data ?? []} loading={grants.isFetching} tableLayout="fixed"
        locale={{ emptyText: t('grant.none') }}
        columns={[
          { key: 'funder', title: t('grant.funder'), width: 210, render: (_, g) => (g.funder ? t(`funder.${g.funder}`) : '—') },
          { key: 'amount', title: t('grant.amount'), width: 150, align: 'right', render: (_, g) => money(g.amount, g.currency) },
          { key: 'paid', title: t('grant.paid'), width: 150, align: 'right', render: (_, g) => money(g.paid, g.currency) },
          { key: 'instalments', title: t('grant.instalments'), render: (_, g) => (
            <ol style={{ margin: 0, paddingInlineStart: 18 }}>{(g.instalments ?? []).map((i, n) => (
              <li key={n}>{money(i.amount, g.currency)} · {t('grant.dueOn')} {i.dueOn}{i.paidOn ? ` · ${t('grant.paidOn')} ${i.paidOn}` : ''}</li>))}</ol>
          ) },
          { key: 'state', title: t('grant.state'), width: 110, render: (_, g) => <ProgrammeState kind="grantState" state={g.state} /> },
          ...(office ? [{ key: 'actions', title: t('common.actions'), width: 200, render: (_: unknown, g: GrantResponse) => (
            <Space wrap>{g.allowedTransitions.map((to) => (
              <Button key={to} size="small" danger={to === 'withdrawn'} loading={move.isPending && move.variables?.grant.id === g.id && move.variables.to === to}
                onClick={() => move.mutate({ grant: g, to })}>{t(`grantTransition.${to}`)}</Button>))}</Space>
          ) }] : []),
        ]} />
      {office && mobility.state !== 'cancelled' && (
        <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('grant.award')}</Typography.Title>}>
          <Form form={form} layout="vertical" initialValues={{ funder: 'chun_miao_fund', currency: 'CNY', instalments: [] }}
            onFinish={(values) => award.mutate(values)}>
            <Row gutter={12}>
              <Col xs={24} md={8}><Form.Item name="funder" label={t('grant.funder')} rules={[{ required: true }]}>
                <Select options={FUNDERS.map((f) => ({ value: f, label: t(`funder.${f}`) }))} /></Form.Item></Col>
              <Col xs={12} md={6}><Form.Item name="amount" label={t('grant.amount')} rules={[{ required: true }]}>
                <InputNumber min={0.01} max={10_000_000} step={100} style={{ width: '100%' }} /></Form.Item></Col>
              <Col xs={12} md={5}><Form.Item name="currency" label={t('grant.currency')} rules={[{ required: true, pattern: /^[A-Za-z]{3}$/ }]}>
                <Input maxLength={3} style={{ textTransform: 'uppercase' }} /></Form.Item></Col>
            </Row>
            <Form.List name="instalments" rules={[{ validator: async (_, value) => {
              if (!instalmentsAddUp(form.getFieldValue('amount'), value ?? [])) throw new Error(t('grant.instalmentsHint'))
            } }]}>
              {(fields, { add, remove }, { errors: listErrors }) => <>
                {fields.map((field, index) => (
                  <Row gutter={12} key={field.key} align="bottom">
                    <Col xs={8} md={5}><Form.Item name={[field.name, 'amount']} label={`${t('grant.instalmentN', { n: index + 1 })} · ${t('grant.amount')}`} rules={[{ required: true }]}>
                      <InputNumber min={0.01} style={{ width: '100%' }} /></Form.Item></Col>
                    <Col xs={8} md={5}><Form.Item name={[field.name, 'dueOn']} label={`${t('grant.instalmentN', { n: index + 1 })} · ${t('grant.dueOn')}`} rules={[{ required: true }]} {...isoDate}>
                      <DatePicker style={{ width: '100%' }} /></Form.Item></Col>
                    <Col xs={6} md={5}><Form.Item name={[field.name, 'paidOn']} label={`${t('grant.instalmentN', { n: index + 1 })} · ${t('grant.paidOn')}`} {...isoDate}>
                      <DatePicker style={{ width: '100%' }} /></Form.Item></Col>
                    <Col xs={2} md={1}><Form.Item><Button type="text" aria-label={t('grant.removeInstalment', { n: index + 1 })} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} /></Form.Item></Col>
                  </Row>
                ))}
                <Form.ErrorList errors={listErrors} />
                <Space style={{ marginTop: 8 }}>
                  <Button icon={<PlusOutlined />} onClick={() => add({})}>{t('grant.addInstalment')}</Button>
                  <Button type="primary" htmlType="submit" loading={award.isPending}>{t('grant.award')}</Button>
                </Space>
              </>}
            </Form.List>
          </Form>
        </Card>
      )}
    </Flex>
  )
}

/** One mobility: who goes where and when, its lifecycle, the learning agreement, recognition and grants. */
export function MobilityPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const words = useWords(mobilityWords)
  const me = useMe()
  const mobility = useQuery({
    queryKey: mobilityKey(id),
    queryFn: async () => {
      const result = await api.GET('/api/programmes/mobilities/{id}', { params: { path: { id } } })
      return { record: unwrap(result) as MobilityResponse, etag: result.response.headers.get('ETag') ?? undefined }
    },
  })
  if (!mobility.data) return <DetailPageState query={mobility} />
  const { record, etag } = mobility.data
  const office = runsProgrammes(me.data?.roles ?? [])
  // A student or teacher sees no mobility but their own, so reading one makes them its participant.
  const writer = office || appliesThemselves(me.data?.roles ?? [])
  const versions = async () => unwrap(await api.GET('/api/programmes/mobilities/{id}/versions', { params: { path: { id } } }))
  const overview = (
    <Facts facts={[
      { key: 'participant', label: t('mobility.participant'), value: record.participantName ?? record.participantId },
      { key: 'unit', label: t('mobility.homeUnit'), value: unitName(record.homeUnit, t) },
      { key: 'institution', label: t('mobility.institution'), value: text(record.institution?.name) },
      { key: 'year', label: t('mobility.academicYear'), value: record.academicYear },
      { key: 'direction', label: t('mobility.direction'), value: record.direction && t(`direction.${record.direction}`) },
      { key: 'type', label: t('mobility.mobilityType'), value: record.mobilityType && t(`mobilityType.${record.mobilityType}`) },
      { key: 'plannedStart', label: t('mobility.plannedStart'), value: record.plannedStart },
      { key: 'plannedEnd', label: t('mobility.plannedEnd'), value: record.plannedEnd },
      { key: 'actualStart', label: t('mobility.actualStart'), value: record.actualStart },
      { key: 'actualEnd', label: t('mobility.actualEnd'), value: record.actualEnd },
      { key: 'application', label: t('mobility.application'), value: record.applicationId && <Link to={office ? `/applications/${record.applicationId}` : `/my-applications/${record.applicationId}`}>{t('officeApplication.open')}</Link> },
      { key: 'updated', label: t('application.updatedAt'), value: [formatInstant(record.updatedAt), record.updatedBy].filter(Boolean).join(' · ') },
    ]} />
  )
  return (
    <DetailPage
      id="mobility"
      name={record.participantName ?? record.participantId ?? t('mobility.overview')}
      subtitle={text(record.institution?.name)}
      state={<ProgrammeState kind="mobilityState" state={record.state} />}
      facts={[
        { key: 'institution', label: t('mobility.institution'), value: text(record.institution?.name) },
        { key: 'year', label: t('mobility.academicYear'), value: record.academicYear },
        { key: 'dates', label: t('mobility.dates'), value: `${record.actualStart ?? record.plannedStart ?? '…'} – ${record.actualEnd ?? record.plannedEnd ?? '…'}` },
      ]}
      tabs={[
        { key: 'overview', label: t('mobility.overview'), children: overview },
        { key: 'learning-agreement', label: t('mobility.learningAgreement'), children: <LearningAgreement mobility={record} etag={etag} writer={writer} /> },
        { key: 'recognition', label: t('mobility.recognition'), children: <Recognition mobility={record} etag={etag} office={office} writer={writer} /> },
        { key: 'grants', label: t('mobility.grants'), children: <Grants mobility={record} office={office} /> },
        { key: 'history', label: t('mobility.history'), children: (
          <ProgrammeHistory queryKey={mobilityKey(id)} kind="mobilityState" words={words} versions={versions}
            compare={async (from, to) => unwrap(await api.GET('/api/programmes/mobilities/{id}/versions/compare', { params: { path: { id }, query: { from, to } } }))} />
        ) },
      ]}
    >
      <ProgrammeLifecycle<MobilityState>
        id="mobility" title={t('mobility.lifecycle')} kind="mobilityState" transitionKind="mobilityTransition"
        state={record.state} initial="planned" steps={stepsAlong(MOBILITY_PATH, record.state)} allowed={record.allowedTransitions}
        versionsKey={[...mobilityKey(id), 'versions']} versions={versions}
        move={async (to, reason) => unwrap(await api.POST('/api/programmes/mobilities/{id}/transitions', {
          params: { path: { id }, header: { 'If-Match': etag } }, body: { to, reason },
        }))}
        invalidate={[mobilityKey(id), ['programmes', 'mobilities']]}
        needsReason={(to) => to === 'cancelled'} danger={(to) => to === 'cancelled'}
        words={words} incomplete={t('selectionProblem.mobility-not-ready')} moved={(state) => t('mobility.moved', { state })}
      />
    </DetailPage>
  )
}

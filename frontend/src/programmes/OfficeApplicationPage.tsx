import { useState } from 'react'
import { Alert, App, Button, Col, Flex, Form, Input, Row, Table, Typography } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { ApiError } from '../api/problem'
import { useLanguage, useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { ErrorSummary } from '../forms/ErrorSummary'
import { formatSize } from '../ui/DocumentsTab'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts } from '../ui/Facts'
import { fieldErrorLine } from '../ui/fieldErrors'
import { applicationSteps, ineligibilityText, unitName } from './lifecycle'
import { ApplicationFacts, ProgrammeHistory, ProgrammeLifecycle, ProgrammeState } from './parts'
import { applicationKey, useApplication, useCall } from './queries'
import { reasonText, selectionProblemText, weightedScore } from './selection'
import { callReasonWords } from './SelectionPage'
import type {
  ApplicationDocument, ApplicationResponse, ApplicationState, AssignmentResponse, CallResponse, HostRequirement, MobilityResponse,
} from './types'
import { applicationWords, useWords } from './words'

/** The states after the host was asked, when its documents matter. */
const WITH_HOST = ['nominated', 'accepted_by_host', 'rejected_by_host', 'confirmed']

/** The office's moves that the service refuses without a reason (README of programmes-service). */
export function officeNeedsReason(from: ApplicationState, to: ApplicationState): boolean {
  return to === 'rejected' || to === 'rejected_by_host' || to === 'withdrawn' || (from === 'ineligible' && to === 'eligible')
}

function Documents({ application, call, host }: { application: ApplicationResponse; call?: CallResponse; host: HostRequirement[] }) {
  const { t } = useTranslation()
  const text = useText()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const id = application.id
  const documents = useQuery({
    queryKey: ['programmes', 'application-documents', id],
    queryFn: async () => unwrap(await api.GET('/api/programmes/applications/{id}/documents', { params: { path: { id } } })) as ApplicationDocument[],
  })
  const [errors, setErrors] = useState<string[]>([])
  const verify = useMutation({
    mutationFn: async (documentId: string) => unwrap(await api.POST('/api/programmes/applications/{id}/documents/{documentId}/verification', {
      params: { path: { id, documentId } },
    })),
    onSuccess: async () => {
      setErrors([])
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'application-documents', id] })
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'host-requirements', id] })
      void message.success(t('officeApplication.verifiedDone'))
    },
    onError: (error) => setErrors([selectionProblemText(error, t)]),
  })
  const kindTitle = (kind?: string) => text(call?.requiredDocuments?.find((d) => d.code === kind)?.title)
    ?? text(host.find((h) => h.code === kind)?.title) ?? kind ?? '—'
  return (
    <Flex vertical gap={8}>
      <ErrorSummary errors={errors} />
      <Table<ApplicationDocument> size="small" pagination={false} rowKey={(d) => d.id ?? ''} dataSource={documents.data ?? []}
        loading={documents.isFetching} tableLayout="fixed" locale={{ emptyText: t('officeApplication.noDocuments') }}
        columns={[
          { key: 'kind', title: t('officeApplication.kind'), width: 220, render: (_, d) => kindTitle(d.kind) },
          { key: 'file', title: t('officeApplication.fileName'), render: (_, d) => (
            <a href={`/api/programmes/applications/${id}/documents/${d.id}/content`} aria-label={`${t('officeApplication.download')}: ${d.fileName ?? ''}`}>{d.fileName}</a>
          ) },
          { key: 'size', title: t('officeApplication.size'), width: 90, align: 'right', render: (_, d) => formatSize(d.size) },
          { key: 'uploaded', title: t('officeApplication.uploaded'), width: 230, render: (_, d) => [formatInstant(d.uploadedAt), d.uploadedBy].filter(Boolean).join(' · ') },
          { key: 'verified', title: t('officeApplication.verified'), width: 250, render: (_, d) => (d.verifiedAt
            ? t('officeApplication.verifiedBy', { at: formatInstant(d.verifiedAt), by: d.verifiedBy ?? '—' })
            : (d.allowedActions ?? []).includes('verify')
              ? <Button size="small" loading={verify.isPending && verify.variables === d.id} onClick={() => verify.mutate(d.id!)}>{t('officeApplication.verify')}</Button>
              : t('officeApplication.notVerified')) },
        ]} />
    </Flex>
  )
}

function Reviews({ application, call }: { application: ApplicationResponse; call?: CallResponse }) {
  const { t } = useTranslation()
  const text = useText()
  const reviews = useQuery({
    queryKey: ['programmes', 'reviewers', application.id],
    queryFn: async () => unwrap(await api.GET('/api/programmes/applications/{applicationId}/reviewers', { params: { path: { applicationId: application.id } } })) as AssignmentResponse[],
  })
  const criteria = call?.criteria ?? []
  return (
    <Table<AssignmentResponse> size="small" pagination={false} rowKey={(r) => r.reviewer ?? ''} dataSource={reviews.data ?? []}
      loading={reviews.isFetching} tableLayout="fixed" locale={{ emptyText: t('officeApplication.noReviews') }}
      columns={[
        { key: 'reviewer', title: t('officeApplication.reviewer'), width: 140, render: (_, r) => r.reviewer },
        ...criteria.map((c) => ({ key: c.code, title: `${text(c.title) ?? c.code} (${c.weight ?? 0} %)`, width: 130, align: 'right' as const,
          render: (_: unknown, r: AssignmentResponse) => (r.conflictDeclared ? '—' : r.scores?.[c.code] ?? '—') })),
        { key: 'weighted', title: t('review.weighted'), width: 110, align: 'right', render: (_, r) => (r.conflictDeclared ? '—' : weightedScore(criteria, r.scores ?? {})?.toFixed(2) ?? '—') },
        { key: 'conflict', title: t('officeApplication.conflict'), render: (_, r) => (r.conflictDeclared ? r.conflictReason ?? t('common.yes') : t('common.no')) },
      ]} />
  )
}

function Result({ application, call }: { application: ApplicationResponse; call?: CallResponse }) {
  const { t } = useTranslation()
  const text = useText()
  const result = useQuery({
    queryKey: ['programmes', 'result', application.id],
    retry: false,
    queryFn: async () => {
      const answer = await api.GET('/api/programmes/applications/{applicationId}/result', { params: { path: { applicationId: application.id } } })
      return answer.response.status === 404 ? null : unwrap(answer)
    },
  })
  if (result.isPending) return null
  if (!result.data) return <Typography.Text>{t('officeApplication.noResult')}</Typography.Text>
  const words = callReasonWords(call, text)
  const r = result.data
  return (
    <Facts facts={[
      { key: 'rank', label: t('officeApplication.rank'), value: r.rank },
      { key: 'score', label: t('officeApplication.score'), value: r.score?.toFixed(2) },
      { key: 'outcome', label: t('officeApplication.outcome'), value: r.outcome && <ProgrammeState kind="allocationOutcome" state={r.outcome} /> },
      { key: 'destination', label: t('officeApplication.destination'), value: r.destination && words.destination(r.destination) },
      { key: 'tie', label: t('officeApplication.tieBreak'), wide: true, value: r.tieBreak && reasonText(r.tieBreak, words, t) },
      { key: 'why', label: t('officeApplication.explanation'), wide: true, value: (r.explanation ?? []).length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>{r.explanation!.map((reason, i) => <li key={i}>{reasonText(reason, words, t)}</li>)}</ul>
      ) },
    ]} />
  )
}

interface RequirementValues { code: string; zh: string; en: string }

function HostDocuments({ application, requirements }: { application: ApplicationResponse; requirements: HostRequirement[] }) {
  const { t } = useTranslation()
  const text = useText()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const words = useWords(applicationWords)
  const [form] = Form.useForm<RequirementValues>()
  const [errors, setErrors] = useState<string[]>([])
  const add = useMutation({
    mutationFn: async (values: RequirementValues) => unwrap(await api.POST('/api/programmes/applications/{id}/host-requirements', {
      params: { path: { id: application.id } }, body: { code: values.code.trim(), title: { zh: values.zh.trim(), en: values.en.trim() } },
    })),
    onSuccess: async () => {
      setErrors([])
      form.resetFields()
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'host-requirements', application.id] })
      void message.success(t('officeApplication.added'))
    },
    onError: (error) => {
      const fields = error instanceof ApiError ? error.problem?.errors ?? [] : []
      const labels = { code: t('officeApplication.code'), 'title.zh': t('officeApplication.titleZh'), 'title.en': t('officeApplication.titleEn') }
      setErrors(fields.length > 0 ? fields.map((e) => fieldErrorLine(e, { ...words, labels }, t)) : [selectionProblemText(error, t)])
    },
  })
  return (
    <Flex vertical gap={12}>
      <Table<HostRequirement> size="small" pagination={false} rowKey={(r) => r.code ?? ''} dataSource={requirements} tableLayout="fixed"
        locale={{ emptyText: t('officeApplication.noRequirements') }}
        columns={[
          { key: 'title', title: t('officeApplication.kind'), render: (_, r) => text(r.title) ?? r.code },
          { key: 'requested', title: t('officeApplication.requestedAt'), width: 230, render: (_, r) => [formatInstant(r.requestedAt), r.requestedBy].filter(Boolean).join(' · ') },
          { key: 'uploaded', title: t('officeApplication.uploaded'), width: 130,
            render: (_, r) => (r.uploaded ? t('officeApplication.uploadedYes') : t('officeApplication.uploadedNo')) },
          { key: 'verified', title: t('officeApplication.verified'), width: 130, render: (_, r) => (r.verified ? t('common.yes') : t('officeApplication.notVerified')) },
        ]} />
      {application.state === 'nominated' && (
        <Form form={form} layout="vertical" onFinish={(values) => add.mutate(values)} aria-label={t('officeApplication.addRequirement')}>
          <Typography.Title level={3} style={{ fontSize: 14 }}>{t('officeApplication.addRequirement')}</Typography.Title>
          <ErrorSummary errors={errors} />
          <Row gutter={12}>
            <Col xs={24} md={5}><Form.Item name="code" label={t('officeApplication.code')} rules={[{ required: true, pattern: /^[a-z0-9-]{1,40}$/ }]}><Input placeholder="health-insurance" /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name="zh" label={t('officeApplication.titleZh')} rules={[{ required: true, whitespace: true }]}><Input /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name="en" label={t('officeApplication.titleEn')} rules={[{ required: true, whitespace: true }]}><Input /></Form.Item></Col>
            <Col xs={24} md={3}><Form.Item label=" "><Button htmlType="submit" loading={add.isPending}>{t('officeApplication.add')}</Button></Form.Item></Col>
          </Row>
        </Form>
      )}
    </Flex>
  )
}

/** The briefings the applicant attended before submitting (about this call, its scheme, or general ones). */
function AttendedBriefings({ application }: { application: ApplicationResponse }) {
  const { t } = useTranslation()
  const text = useText()
  const briefings = useQuery({
    queryKey: ['programmes', 'application-briefings', application.id],
    queryFn: async () => unwrap(await api.GET('/api/programmes/applications/{applicationId}/briefings', { params: { path: { applicationId: application.id } } })),
  })
  if (briefings.isPending) return null
  const list = briefings.data ?? []
  return (
    <Facts facts={[{
      key: 'briefings', label: t('officeApplication.briefings'), wide: true,
      value: list.length === 0 ? t('officeApplication.noBriefings') : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>{list.map((b) => (
          <li key={b.id}><Link to={`/briefings/${b.id}`}>{text(b.title)}</Link>{' · '}{formatInstant(b.startsAt)}{b.campusName && ` · ${text(b.campusName)}`}</li>
        ))}</ul>
      ),
    }]} />
  )
}

/** The mobility a confirmed application became. */
function useMobilityOf(application: ApplicationResponse | undefined) {
  return useQuery({
    queryKey: ['programmes', 'mobility-of', application?.id ?? ''],
    enabled: application?.state === 'confirmed',
    queryFn: async () => ((unwrap(await api.GET('/api/programmes/mobilities', {
      params: { query: { applicationId: application!.id, size: 1 } },
    })).items ?? [])[0] as MobilityResponse | undefined) ?? null,
  })
}

/** One application as the office works it: facts, documents, reviews, result, the host's documents, lifecycle. */
export function OfficeApplicationPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const application = useApplication(id)
  const call = useCall(application.data?.record.callId)
  const words = useWords(applicationWords)
  const record = application.data?.record
  const host = useQuery({
    queryKey: ['programmes', 'host-requirements', id],
    enabled: record !== undefined && WITH_HOST.includes(record.state),
    queryFn: async () => unwrap(await api.GET('/api/programmes/applications/{id}/host-requirements', { params: { path: { id } } })) as HostRequirement[],
  })
  const mobility = useMobilityOf(record)
  if (!application.data || !record) return <DetailPageState query={application} />
  const { etag } = application.data
  const callRecord = call.data?.record
  const versions = async () => unwrap(await api.GET('/api/programmes/applications/{id}/versions', { params: { path: { id } } }))
  const applicant = record.applicantUsername ?? '—'

  const overview = (
    <Flex vertical gap={16}>
      {record.state === 'ineligible' && (record.ineligibilityReasons ?? []).length > 0 && (
        <Alert type="error" showIcon title={t('application.ineligibility')}
          description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{record.ineligibilityReasons!.map((reason) => (
            <li key={reason.code}>{ineligibilityText(reason, t)}</li>))}</ul>} />
      )}
      <ApplicationFacts record={record} call={callRecord && <Link to={`/calls/${record.callId}`}>{text(callRecord.title)}</Link>} />
      {record.state !== 'draft' && <AttendedBriefings application={record} />}
    </Flex>
  )
  return (
    <DetailPage
      id="office-application"
      name={t('officeApplication.title', { applicant })}
      subtitle={callRecord && (language === 'zh-CN' ? callRecord.title.zh : callRecord.title.en)}
      state={<ProgrammeState kind="applicationState" state={record.state} />}
      facts={[
        { key: 'unit', label: t('application.homeUnit'), value: unitName(record.homeUnit, t) },
        { key: 'first', label: t('application.firstChoice'), value: text(record.choices?.[0]?.name) },
        { key: 'submitted', label: t('application.submittedAt'), value: formatInstant(record.submittedAt) },
      ]}
      actions={<>
        {callRecord && ['in_selection', 'results_published'].includes(callRecord.state) &&
          <Button onClick={() => navigate(`/calls/${record.callId}/selection`)}>{t('selection.open')}</Button>}
        {mobility.data && <Button type="primary" onClick={() => navigate(`/mobilities/${mobility.data!.id}`)}>{t('officeApplication.openMobility')}</Button>}
      </>}
      tabs={[
        { key: 'overview', label: t('officeApplication.overview'), children: overview },
        { key: 'documents', label: t('officeApplication.documents'), children: <Documents application={record} call={callRecord} host={host.data ?? []} /> },
        { key: 'reviews', label: t('officeApplication.reviews'), children: <Reviews application={record} call={callRecord} /> },
        { key: 'result', label: t('officeApplication.result'), children: <Result application={record} call={callRecord} /> },
        ...(WITH_HOST.includes(record.state) ? [{ key: 'host', label: t('officeApplication.hostDocuments'),
          children: <HostDocuments application={record} requirements={host.data ?? []} /> }] : []),
        { key: 'history', label: t('officeApplication.history'), children: (
          <ProgrammeHistory queryKey={applicationKey(id)} kind="applicationState" words={words} versions={versions}
            compare={async (from, to) => unwrap(await api.GET('/api/programmes/applications/{id}/versions/compare', { params: { path: { id }, query: { from, to } } }))} />
        ) },
      ]}
    >
      <ProgrammeLifecycle<ApplicationState>
        id="office-application" title={t('officeApplication.lifecycle')} kind="applicationState" transitionKind="applicationTransition"
        state={record.state} initial="draft" steps={applicationSteps(record.state)} allowed={record.allowedTransitions}
        versionsKey={[...applicationKey(id), 'versions']} versions={versions}
        move={async (to, reason) => unwrap(await api.POST('/api/programmes/applications/{id}/transitions', {
          params: { path: { id }, header: { 'If-Match': etag } }, body: { to, reason },
        }))}
        invalidate={[applicationKey(id), ['programmes', 'applications'], ['programmes', 'mobility-of', id], ['programmes', 'host-requirements', id]]}
        needsReason={(to) => officeNeedsReason(record.state, to)}
        danger={(to) => to === 'withdrawn' || to === 'rejected' || to === 'rejected_by_host'}
        words={words} incomplete={t('officeApplication.incomplete')} moved={(state) => t('officeApplication.moved', { state })}
      />
    </DetailPage>
  )
}

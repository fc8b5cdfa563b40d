import { useState } from 'react'
import { Alert, App, Button, Card, Flex, Modal, Select, Space, Table, Typography } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { everyPage, programmesApi as api, unwrap } from '../api/client'
import { ApiError } from '../api/problem'
import { useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { ErrorSummary } from '../forms/ErrorSummary'
import { fieldErrorLine } from '../ui/fieldErrors'
import { useRecordName } from '../ui/recordName'
import { unitName } from './lifecycle'
import { ProgrammeState } from './parts'
import { callKey, useCall } from './queries'
import {
  assignableReviewers, reasonText, reviewStatus, selectionProblemText, unrankedOf, type ReasonWords, type Unranked,
} from './selection'
import type { AllocationResponse, ApplicationResponse, AssignmentResponse, CallResponse, ResultResponse } from './types'
import { applicationWords, useWords } from './words'

/** The application states a call's selection works on (ranked, then decided and beyond). */
const IN_SELECTION = ['eligible', 'under_review', 'selected', 'waitlisted', 'rejected', 'nominated', 'accepted_by_host', 'rejected_by_host', 'confirmed']

const allocationKey = (callId: string) => ['programmes', 'allocation', callId] as const
const assignmentsKey = (callId: string) => ['programmes', 'call-assignments', callId] as const

/** How a call's reasons name things: destinations by the call's names, criteria by their titles, reviewers as listed. */
export function callReasonWords(call: CallResponse | undefined, text: (value?: { zh: string; en: string }) => string | undefined): ReasonWords {
  return {
    destination: (id) => text(call?.destinations?.find((d) => d.institutionId === id)?.name) ?? id,
    criterion: (code) => text(call?.criteria?.find((c) => c.code === code)?.title) ?? code,
    reviewer: (username) => username,
  }
}

/** A reviewer on an application: their name, and where they stand (scored, partly, conflict) against the call's criteria. */
function ReviewerOnApplication({ assignment, call }: { assignment: AssignmentResponse; call: CallResponse }) {
  return (
    <span className="reviewer-on-application">
      {assignment.reviewer}{' '}
      <ProgrammeState kind="reviewStatus" state={reviewStatus({ ...assignment, criteria: call.criteria ?? [] })} />
    </span>
  )
}

function AssignReviewer({ application, call, assigned, onError }: {
  application: ApplicationResponse; call: CallResponse; assigned: AssignmentResponse[]; onError: (errors: string[]) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const words = useWords(applicationWords)
  const [reviewer, setReviewer] = useState<string>()
  const options = assignableReviewers(call.reviewers ?? [], assigned)
  const assign = useMutation({
    mutationFn: async (who: string) => unwrap(await api.POST('/api/programmes/applications/{applicationId}/reviewers', {
      params: { path: { applicationId: application.id } }, body: { reviewer: who },
    })),
    onSuccess: async (_, who) => {
      onError([])
      setReviewer(undefined)
      await queryClient.invalidateQueries({ queryKey: assignmentsKey(call.id) })
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'reviewers', application.id] })
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'applications'] })
      void message.success(t('selection.assigned', { reviewer: who }))
    },
    onError: (error) => {
      const fields = error instanceof ApiError ? error.problem?.errors ?? [] : []
      onError(fields.length > 0 ? fields.map((e) => fieldErrorLine(e, { ...words, labels: { reviewer: t('selection.reviewers') } }, t))
        : [selectionProblemText(error, t)])
    },
  })
  if (options.length === 0) return null
  const label = `${t('selection.assignReviewer')} · ${application.applicantUsername ?? application.id}`
  return (
    <Space.Compact>
      <Select aria-label={label} style={{ width: 150 }} value={reviewer} onChange={setReviewer} options={options.map((r) => ({ value: r, label: r }))} />
      <Button disabled={!reviewer} loading={assign.isPending} onClick={() => reviewer && assign.mutate(reviewer)}>{t('selection.assign')}</Button>
    </Space.Compact>
  )
}

function Unranked({ unranked, applicant, words }: { unranked: Unranked[]; applicant: (id: string) => string; words: ReasonWords }) {
  const { t } = useTranslation()
  return (
    <Alert type="warning" showIcon role="alert" title={t('selectionProblem.selection-incomplete')}
      description={<>
        <div>{t('selection.unrankedTitle')}</div>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>{unranked.map((u) => (
          <li key={u.applicationId}>{t('common.labelValue', { label: applicant(u.applicationId), value: u.missing.map((m) => reasonText(m, words, t)).join(t('chart.listSeparator')) })}</li>
        ))}</ul>
      </>} />
  )
}

/** The stored allocation: each destination's places, then every application in rank order with its outcome and why. */
function AllocationResults({ allocation, words, applicant }: { allocation: AllocationResponse; words: ReasonWords; applicant: (id: string) => string }) {
  const { t } = useTranslation()
  const results = [...(allocation.results ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  return (
    <Flex vertical gap={12}>
      <Alert type={allocation.current ? 'success' : 'warning'} showIcon
        title={allocation.current ? t('selection.current') : t('selection.stale')}
        description={t('selection.ranAt', { at: formatInstant(allocation.createdAt), by: allocation.createdBy ?? '—' })} />
      <Table size="small" pagination={false} rowKey={(d) => d.institutionId ?? ''} dataSource={allocation.destinations ?? []} tableLayout="fixed"
        columns={[
          { key: 'destination', title: t('selection.destination'), render: (_, d) => words.destination(d.institutionId ?? '') },
          { key: 'places', title: t('selection.places'), width: 90, align: 'right', render: (_, d) => d.places ?? 0 },
          { key: 'allocated', title: t('selection.allocatedPlaces'), width: 90, align: 'right', render: (_, d) => d.allocated ?? 0 },
          { key: 'last', title: t('selection.lastPlaceRank'), width: 190, align: 'right', render: (_, d) => d.lastPlaceRank ?? '—' },
        ]} />
      <section aria-label={t('selection.allocation')}>
      <Table<ResultResponse> size="small" pagination={false} rowKey={(r) => r.applicationId ?? ''} dataSource={results} tableLayout="fixed"
        columns={[
          { key: 'rank', title: t('selection.rank'), width: 60, align: 'right', render: (_, r) => r.rank },
          { key: 'applicant', title: t('selection.applicant'), width: 130,
            render: (_, r) => <Link to={`/applications/${r.applicationId}`}>{applicant(r.applicationId ?? '')}</Link> },
          { key: 'score', title: t('selection.score'), width: 70, align: 'right', render: (_, r) => r.score?.toFixed(2) ?? '—' },
          { key: 'outcome', title: t('selection.outcome'), width: 140, render: (_, r) => r.outcome && <ProgrammeState kind="allocationOutcome" state={r.outcome} /> },
          { key: 'destination', title: t('selection.destination'), width: 190, render: (_, r) => (r.destination ? words.destination(r.destination) : '—') },
          { key: 'why', title: t('selection.why'), render: (_, r) => (
            <ul className="reasons" style={{ margin: 0, paddingInlineStart: 18 }}>
              {r.tieBreak && <li>{reasonText(r.tieBreak, words, t)}</li>}
              {(r.explanation ?? []).map((reason, i) => <li key={i}>{reasonText(reason, words, t)}</li>)}
            </ul>
          ) },
        ]} />
      </section>
    </Flex>
  )
}

/** A call's selection for the office: reviewers per application, the ranking and allocation with why, then publishing. */
export function SelectionPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const call = useCall(id)
  const record = call.data?.record
  useRecordName(text(record?.title))
  const [assignErrors, setAssignErrors] = useState<string[]>([])
  const [runError, setRunError] = useState<Error>()
  const [confirming, setConfirming] = useState(false)
  const applications = useQuery({
    queryKey: ['programmes', 'applications', { callId: id, selection: true }],
    queryFn: async () => ((await everyPage(async (page, size) => unwrap(await api.GET('/api/programmes/applications', {
      params: { query: { callId: id, page, size } },
    })))) as ApplicationResponse[]).filter((a) => IN_SELECTION.includes(a.state)),
  })
  const rows = applications.data ?? []
  const assignments = useQuery({
    queryKey: assignmentsKey(id),
    queryFn: async () => unwrap(await api.GET('/api/programmes/calls/{callId}/assignments', { params: { path: { callId: id } } })) as AssignmentResponse[],
  })
  const assignedTo = (applicationId: string) => (assignments.data ?? []).filter((a) => a.applicationId === applicationId)
  const allocation = useQuery({
    queryKey: allocationKey(id),
    retry: false,
    queryFn: async () => {
      const result = await api.GET('/api/programmes/calls/{callId}/allocation', { params: { path: { callId: id } } })
      return result.response.status === 404 ? null : unwrap(result)
    },
  })
  const run = useMutation({
    mutationFn: async () => {
      const result = await api.POST('/api/programmes/calls/{callId}/allocation', { params: { path: { callId: id } } })
      return { allocation: unwrap(result), created: result.response.status === 201 }
    },
    onSuccess: ({ allocation: stored, created }) => {
      setRunError(undefined)
      queryClient.setQueryData(allocationKey(id), stored)
      void message.success(created ? t('selection.ran') : t('selection.unchanged'))
    },
    onError: (error) => setRunError(error),
  })
  const publish = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/programmes/calls/{id}/transitions', {
      params: { path: { id }, header: { 'If-Match': call.data?.etag } }, body: { to: 'results_published' },
    })),
    onSuccess: async () => {
      setConfirming(false)
      setRunError(undefined)
      await queryClient.invalidateQueries({ queryKey: callKey(id) })
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'applications'] })
      await queryClient.invalidateQueries({ queryKey: allocationKey(id) })
      void message.success(t('selection.published'))
    },
    onError: (error) => {
      setConfirming(false)
      setRunError(error)
    },
  })
  if (!record) return call.isError ? <Alert type="error" showIcon title={t('common.error')} /> : null

  const words = callReasonWords(record, text)
  const applicant = (applicationId: string) => rows.find((a) => a.id === applicationId)?.applicantUsername ?? applicationId.slice(0, 8)
  const selecting = record.state === 'in_selection'
  const unranked = unrankedOf(runError)
  const mayPublish = record.allowedTransitions.includes('results_published')

  return (
    <section aria-labelledby="selection-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={1} id="selection-title" className="page-title">{t('selection.title')}</Typography.Title>
          <Space size={12}><Link to={`/calls/${id}`}>{text(record.title)}</Link><ProgrammeState kind="callState" state={record.state} /></Space>
        </div>
        {mayPublish && <Button type={allocation.data?.current ? 'primary' : 'default'} loading={publish.isPending} onClick={() => setConfirming(true)}>{t('selection.publish')}</Button>}
      </Flex>
      {!selecting && record.state !== 'results_published' && <Alert type="info" showIcon title={t('selection.notReviewing')} style={{ marginTop: 16 }} />}

      <Card size="small" style={{ marginTop: 16 }}
        title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('selection.applications')}</Typography.Title>}>
        <ErrorSummary errors={assignErrors} />
        <Table<ApplicationResponse> size="small" pagination={false} rowKey="id" dataSource={rows} loading={applications.isFetching} tableLayout="fixed"
          columns={[
            { key: 'applicant', title: t('selection.applicant'), width: 130, render: (_, a) => <Link to={`/applications/${a.id}`}>{a.applicantUsername ?? '—'}</Link> },
            { key: 'unit', title: t('application.homeUnit'), width: 160, render: (_, a) => unitName(a.homeUnit, t) || '—' },
            { key: 'state', title: t('application.state'), width: 130, render: (_, a) => <ProgrammeState kind="applicationState" state={a.state} /> },
            { key: 'first', title: t('application.firstChoice'), width: 200, render: (_, a) => text(a.choices?.[0]?.name) ?? '—' },
            { key: 'reviewers', title: t('selection.reviewers'), render: (_, a) => {
              const assigned = assignedTo(a.id)
              return (
                <Flex wrap gap={6} align="center">
                  {assigned.length === 0 && <span className="text-warning">{t('selection.noReviewer')}</span>}
                  {assigned.map((assignment) => <ReviewerOnApplication key={assignment.reviewer} assignment={assignment} call={record} />)}
                  {selecting && <AssignReviewer application={a} call={record} assigned={assigned} onError={setAssignErrors} />}
                </Flex>
              )
            } },
          ]} />
      </Card>

      <Card size="small" style={{ marginTop: 16 }}
        title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('selection.allocation')}</Typography.Title>}
        extra={selecting && <Button type={allocation.data ? 'default' : 'primary'} loading={run.isPending} onClick={() => run.mutate()}>
          {allocation.data ? t('selection.runAgain') : t('selection.run')}</Button>}>
        <Flex vertical gap={12}>
          {unranked.length > 0
            ? <Unranked unranked={unranked} applicant={applicant} words={words} />
            : runError && <Alert type="error" showIcon role="alert" title={selectionProblemText(runError, t)} />}
          {allocation.data
            ? <AllocationResults allocation={allocation.data} words={words} applicant={applicant} />
            : !allocation.isPending && <Typography.Text>{t('selection.none')}</Typography.Text>}
        </Flex>
      </Card>

      <Modal open={confirming} title={t('selection.publish')} okText={t('selection.publish')} cancelText={t('common.cancel')}
        okButtonProps={{ loading: publish.isPending }} onCancel={() => setConfirming(false)} onOk={() => publish.mutate()}>
        {t('selection.publishConfirm')}
      </Modal>
    </section>
  )
}

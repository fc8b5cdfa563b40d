import { useState } from 'react'
import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Modal, Row, Table, Typography } from 'antd'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { ApiError } from '../api/problem'
import { useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { PAGE_SIZES } from '../app/searchParams'
import { ErrorSummary } from '../forms/ErrorSummary'
import { BilingualName } from '../ui/BilingualName'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { fieldErrorLine } from '../ui/fieldErrors'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { ApplicationFacts, ProgrammeState } from './parts'
import { problemSlug, reviewStatus, scoredCount, scoresToSend, selectionProblemText, weightedScore } from './selection'
import type { AssignmentResponse, Criterion } from './types'
import { callWords, useWords } from './words'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** An application's short number, all a reviewer needs to tell their assignments apart (never who applied). */
export const applicationNumber = (id: string) => id.slice(0, 8).toUpperCase()
const assignmentKey = (applicationId: string) => ['programmes', 'assignment', applicationId] as const

/** Titles of the calls a reviewer's assignments belong to (reviewers read calls; one page holds them all). */
function useCallTitles() {
  return useQuery({
    queryKey: ['programmes', 'calls', 'titles'],
    queryFn: async () => unwrap(await api.GET('/api/programmes/calls', { params: { query: { size: 200 } } })).items ?? [],
  })
}

/** The signed-in reviewer's assignments, oldest first, with where each stands. */
export function MyReviewsPage() {
  const { t } = useTranslation()
  const text = useText()
  const [search, setSearch] = useSearchParams()
  const page = Math.max(1, Number(search.get('page') ?? 1) || 1)
  const size = PAGE_SIZES.map(Number).includes(Number(search.get('size'))) ? Number(search.get('size')) : 20
  const calls = useCallTitles()
  const callId = UUID.test(search.get('callId') ?? '') ? search.get('callId')! : undefined
  const list = useQuery({
    queryKey: ['programmes', 'assignments', callId, page, size],
    queryFn: async () => unwrap(await api.GET('/api/programmes/reviews/my-assignments', { params: { query: { callId, page: page - 1, size } } })),
    placeholderData: keepPreviousData,
  })
  const show = (change: { callId?: string; page?: number; size?: number }) => {
    const next = { callId, page, size, ...change }
    const params = new URLSearchParams()
    if (next.callId) params.set('callId', next.callId)
    if (next.page > 1) params.set('page', String(next.page))
    if (next.size !== 20) params.set('size', String(next.size))
    setSearch(params)
  }
  const columns: ListColumn<AssignmentResponse>[] = [
    { key: 'application', title: t('reviews.application'), width: 120, render: (row) => (
      <Link to={`/my-reviews/${row.applicationId}`}>{applicationNumber(row.applicationId)}</Link>
    ) },
    { key: 'call', title: t('reviews.call'), width: 320, render: (row) => (
      <BilingualName name={calls.data?.find((c) => c.id === row.callId)?.title} />
    ) },
    { key: 'status', title: t('reviews.status'), width: 200, render: (row) => <ProgrammeState kind="reviewStatus" state={reviewStatus(row)} /> },
    { key: 'progress', title: t('reviews.progress'), width: 160,
      render: (row) => (row.conflictDeclared ? '—' : t('reviews.progressOf', { scored: scoredCount(row), total: (row.criteria ?? []).length })) },
    { key: 'assigned', title: t('reviews.assignedAt'), width: 160, render: (row) => formatInstant(row.createdAt) || '—' },
    { key: 'updated', title: t('reviews.updatedAt'), width: 160, render: (row) => formatInstant(row.updatedAt) || '—' },
  ]
  return (
    <ListPage<AssignmentResponse>
      id="my-reviews"
      title={t('reviews.title')}
      filters={[
        { kind: 'select', key: 'callId', label: t('reviews.call'), value: callId, width: 380, loading: calls.isPending,
          onChange: (value) => show({ callId: value, page: 1 }),
          options: (calls.data ?? []).filter((c) => c.state === 'in_selection' || c.id === callId).map((c) => ({ value: c.id ?? '', label: text(c.title) ?? '' })) },
      ]}
      filtered={callId !== undefined}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.applicationId}
      rows={(list.data?.items ?? []) as AssignmentResponse[]}
      total={list.data?.total ?? 0}
      loading={list.isFetching}
      error={list.error}
      onRetry={() => void list.refetch()}
      paging={{ page, size }}
      onPaging={(paging) => show({ page: paging.page, size: paging.size })}
      totalText={(count) => t('reviews.total', { count })}
      emptyText={t('reviews.empty')}
    />
  )
}

type ScoreValues = Record<string, number | null | undefined>

/** The scoring form: one score 0–100 per criterion of the call, the weighted score as the ranking computes it, If-Match. */
function ScoreForm({ assignment, etag }: { assignment: AssignmentResponse; etag?: string }) {
  const { t } = useTranslation()
  const text = useText()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const words = useWords(callWords)
  const criteria: Criterion[] = assignment.criteria ?? []
  const [form] = Form.useForm<ScoreValues>()
  const values = Form.useWatch([], form) ?? assignment.scores ?? {}
  const [errors, setErrors] = useState<string[]>([])
  const save = useMutation({
    mutationFn: async (scores: Record<string, number>) => unwrap(await api.PUT('/api/programmes/reviews/my-assignments/{applicationId}/scores', {
      params: { path: { applicationId: assignment.applicationId }, header: { 'If-Match': etag } }, body: { scores },
    })),
    onSuccess: async () => {
      setErrors([])
      await queryClient.invalidateQueries({ queryKey: assignmentKey(assignment.applicationId) })
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'assignments'] })
      void message.success(t('review.saved'))
    },
    onError: (error) => {
      const fields = error instanceof ApiError ? error.problem?.errors ?? [] : []
      setErrors(fields.length > 0 ? fields.map((e) => fieldErrorLine(e, words, t)) : [selectionProblemText(error, t)])
    },
  })
  const weighted = weightedScore(criteria, values)
  return (
    <Form form={form} layout="vertical" initialValues={assignment.scores ?? {}} onFinish={(v) => save.mutate(scoresToSend(criteria, v))}>
      <ErrorSummary errors={errors} />
      <Table<Criterion> size="small" pagination={false} rowKey="code" dataSource={criteria} tableLayout="fixed"
        columns={[
          { key: 'criterion', title: t('review.criterion'), render: (_, c) => <label htmlFor={`score-${c.code}`}>{text(c.title)}</label> },
          { key: 'weight', title: t('review.weight'), width: 80, align: 'right', render: (_, c) => `${c.weight ?? 0} %` },
          { key: 'score', title: t('review.score'), width: 150, render: (_, c) => (
            <Form.Item name={c.code} noStyle rules={[{ type: 'integer', min: 0, max: 100, message: t('review.scoreRequired') }]}>
              <InputNumber id={`score-${c.code}`} min={0} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}><span title={t('review.weightedHint')}>{t('review.weighted')}</span></Table.Summary.Cell>
            <Table.Summary.Cell index={1}><strong data-testid="weighted-score">{weighted === undefined ? '—' : weighted.toFixed(2)}</strong></Table.Summary.Cell>
          </Table.Summary.Row>
        )} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('review.weightedHint')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={save.isPending}>{t('review.save')}</Button>
    </Form>
  )
}

/** Declaring a conflict of interest, with its reason, after a confirmation of what it does. */
function ConflictButton({ assignment, etag }: { assignment: AssignmentResponse; etag?: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ reason: string }>()
  const [errors, setErrors] = useState<string[]>([])
  const declare = useMutation({
    mutationFn: async (reason: string) => unwrap(await api.POST('/api/programmes/reviews/my-assignments/{applicationId}/conflict', {
      params: { path: { applicationId: assignment.applicationId }, header: { 'If-Match': etag } }, body: { reason },
    })),
    onSuccess: async (updated) => {
      setOpen(false)
      queryClient.setQueryData(assignmentKey(assignment.applicationId), { record: updated, etag: undefined })
      await queryClient.invalidateQueries({ queryKey: ['programmes', 'assignments'] })
      void message.success(t('review.conflictSaved'))
    },
    onError: (error) => setErrors([selectionProblemText(error, t)]),
  })
  return <>
    <Button danger onClick={() => setOpen(true)}>{t('review.declareConflict')}</Button>
    <Modal open={open} title={t('review.declareConflict')} okText={t('review.declareConflict')} okButtonProps={{ danger: true, loading: declare.isPending }}
      cancelText={t('common.cancel')} onCancel={() => setOpen(false)} onOk={() => form.submit()} destroyOnHidden>
      <Alert type="warning" showIcon title={t('review.conflictHint')} style={{ marginBottom: 16 }} />
      <ErrorSummary errors={errors} />
      <Form form={form} layout="vertical" onFinish={({ reason }) => declare.mutate(reason.trim())}>
        <Form.Item name="reason" label={t('review.conflictReason')}
          rules={[{ required: true, whitespace: true, message: t('lifecycle.reasonRequired') }, { max: 2000 }]}>
          <Input.TextArea rows={4} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  </>
}

/** One assignment: the anonymous application beside the scoring form, and the conflict declaration. */
export function ReviewPage() {
  const { applicationId = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const assignment = useQuery({
    queryKey: assignmentKey(applicationId),
    retry: false,
    queryFn: async () => {
      const result = await api.GET('/api/programmes/reviews/my-assignments/{applicationId}', { params: { path: { applicationId } } })
      return { record: unwrap(result) as AssignmentResponse, etag: result.response.headers.get('ETag') ?? undefined }
    },
  })
  const call = useQuery({
    queryKey: ['programmes', 'call', assignment.data?.record.callId ?? ''],
    enabled: assignment.data !== undefined,
    queryFn: async () => ({ record: unwrap(await api.GET('/api/programmes/calls/{id}', { params: { path: { id: assignment.data!.record.callId } } })) }),
  })
  if (assignment.error instanceof ApiError && [404, 409].includes(assignment.error.status)) {
    const conflict = problemSlug(assignment.error) === 'review-conflict-declared'
    return <Alert type={conflict ? 'info' : 'error'} showIcon title={conflict ? t('review.conflictDeclared') : t('review.notYours')}
      action={<Link to="/my-reviews">{t('review.back')}</Link>} />
  }
  if (!assignment.data) return <DetailPageState query={assignment} />
  const { record, etag } = assignment.data
  const callTitle = call.data?.record.title
  const status = reviewStatus(record)
  const body = record.conflictDeclared
    ? <Alert type="info" showIcon title={t('review.conflictDeclared')} description={record.conflictReason && t('review.reasonGiven', { reason: record.conflictReason })} />
    : (
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('review.anonymous')} />
        <Row gutter={16}>
          <Col xs={24} xl={13}>
            <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('review.application')}</Typography.Title>}>
              <ApplicationFacts record={record.application ?? {}} anonymous />
            </Card>
          </Col>
          <Col xs={24} xl={11}>
            <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('review.scores')}</Typography.Title>}>
              <ScoreForm key={record.version} assignment={record} etag={etag} />
            </Card>
          </Col>
        </Row>
      </Flex>
    )
  return (
    <DetailPage
      id="review"
      name={text(callTitle) ?? t('review.review')}
      subtitle={t('review.review')}
      state={<ProgrammeState kind="reviewStatus" state={status} />}
      facts={[
        { key: 'number', label: t('reviews.application'), value: applicationNumber(record.applicationId) },
        { key: 'progress', label: t('reviews.progress'), value: record.conflictDeclared ? '' : t('reviews.progressOf', { scored: scoredCount(record), total: (record.criteria ?? []).length }) },
        { key: 'assigned', label: t('reviews.assignedAt'), value: formatInstant(record.createdAt) },
      ]}
      actions={!record.conflictDeclared && <ConflictButton assignment={record} etag={etag} />}
      tabs={[{ key: 'review', label: t('review.review'), children: body }]}
    />
  )
}

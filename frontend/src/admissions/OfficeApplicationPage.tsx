import { useState } from 'react'
import { Alert, App, Button, Card, Col, DatePicker, Empty, Flex, Form, Input, Modal, Radio, Row, Select, Space, Table, Typography } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { admissionsApi as api, unwrap } from '../api/client'
import { countryName, useCountries } from '../api/countries'
import { useMe } from '../api/me'
import { useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { processesAdmissions } from '../app/roles'
import { ErrorSummary } from '../forms/ErrorSummary'
import { isoDate } from '../forms/pickers'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { formatSize } from '../ui/DocumentsTab'
import { applicantName } from './ApplicationsPage'
import {
  AdmissionLifecycle, AdmissionState, ApplicationFacts, contentHref, DocumentStatusTag, intakeName, OffersTable, refusalLines,
} from './parts'
import { applicationKey, documentsKey, useAdmissionApplication, useApplicationDocuments, useIntakeOptions } from './queries'
import { offerableChoices, officerNeedsReason, todayInShanghai } from './rules'
import { OFFER_KINDS, type ApplicationDocument, type ApplicationResponse, type IntakeResponse, type OfferKind } from './types'

/** The file's bytes as a data: URL (the gateway's CSP allows images from data:, never frames), read with the session. */
async function dataUrl(href: string): Promise<string> {
  const response = await globalThis.fetch(new Request(window.location.origin + href, { credentials: 'same-origin', headers: { 'X-Requested-With': 'JavaScript' } }))
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const blob = await response.blob()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read'))
    reader.readAsDataURL(blob)
  })
}

/** The chosen document beside its verification: an image shown as it is, a PDF opened in its own tab. */
function Preview({ applicationId, document }: { applicationId: string; document: ApplicationDocument }) {
  const { t } = useTranslation()
  const href = contentHref(applicationId, document.id!)
  const image = (document.contentType ?? '').startsWith('image/')
  const content = useQuery({ queryKey: ['admissions', 'document-content', document.id], enabled: image, queryFn: () => dataUrl(href), staleTime: Infinity })
  const kind = t(`documentKind.${document.kind!}`)
  return (
    <Flex vertical gap={8}>
      <Typography.Text>{document.fileName} · {formatSize(document.size)} · {formatInstant(document.uploadedAt)}</Typography.Text>
      {image ? (content.data
        ? <img src={content.data} alt={t('admDocs.previewOf', { kind })} style={{ maxWidth: '100%', maxHeight: 520, objectFit: 'contain', border: '1px solid #f0f0f0' }} />
        : content.isError ? <Alert type="error" showIcon title={t('common.error')} /> : <Typography.Text>{t('common.loading')}</Typography.Text>)
        : <Alert type="info" showIcon title={t('admDocs.pdfHint')} description={<a href={href} download={document.fileName}
          aria-label={t('common.labelValue', { label: t('admDocs.open'), value: kind })}>{t('admDocs.open')}</a>} />}
    </Flex>
  )
}

/** The office's check of the documents: the list on the left, the chosen file beside it with verify or reject-with-reason. */
function Verification({ application }: { application: ApplicationResponse }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const documents = useApplicationDocuments(application.id)
  const [chosen, setChosen] = useState<string>()
  const [rejecting, setRejecting] = useState<ApplicationDocument>()
  const [errors, setErrors] = useState<string[]>([])
  const [form] = Form.useForm<{ reason: string }>()
  // The newest document of each kind the application needs, the kinds in the checklist's order.
  const current = (application.documents ?? []).map((required) => ({
    required, document: (documents.data ?? []).find((document) => document.id === required.documentId),
  }))
  const selected = (documents.data ?? []).find((document) => document.id === chosen)
    ?? current.find((row) => row.document && (row.document.allowedActions ?? []).length > 0)?.document
    ?? current.find((row) => row.document)?.document
  const review = useMutation({
    mutationFn: async ({ document, decision, reason }: { document: ApplicationDocument; decision: 'verified' | 'rejected'; reason?: string }) =>
      unwrap(await api.POST('/api/admissions/applications/{id}/documents/{documentId}/review', {
        params: { path: { id: application.id, documentId: document.id! } }, body: { decision, reason },
      })),
    onSuccess: async (_, { decision }) => {
      setErrors([])
      setRejecting(undefined)
      form.resetFields()
      await queryClient.invalidateQueries({ queryKey: documentsKey(application.id) })
      await queryClient.invalidateQueries({ queryKey: applicationKey(application.id) })
      void message.success(t(decision === 'verified' ? 'admDocs.verified' : 'admDocs.rejected'))
    },
    onError: (error) => setErrors(refusalLines(error, t)),
  })
  const actions = selected?.allowedActions ?? []
  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Table size="small" pagination={false} rowKey={(row) => row.required.kind ?? ''} dataSource={current} tableLayout="fixed"
          loading={documents.isPending} locale={{ emptyText: t('admDocs.none') }}
          rowClassName={(row) => (row.document && row.document.id === selected?.id ? 'ant-table-row-selected' : '')}
          columns={[
            { key: 'kind', title: t('admDocs.kind'), render: (_, row) => (row.document
              ? <Button type="link" style={{ padding: 0 }} aria-pressed={row.document.id === selected?.id} onClick={() => setChosen(row.document!.id)}>
                {t(`documentKind.${row.required.kind!}`)}</Button>
              : t(`documentKind.${row.required.kind!}`)) },
            { key: 'status', title: t('admDocs.status'), width: 170, render: (_, row) => <DocumentStatusTag status={row.required.status ?? 'missing'} /> },
          ]} />
      </Col>
      <Col xs={24} lg={14}>
        <Card size="small" title={<h3 style={{ margin: 0, fontSize: 14 }}>{selected ? t(`documentKind.${selected.kind!}`) : t('admDocs.preview')}</h3>}
          extra={selected && <DocumentStatusTag status={selected.status ?? 'uploaded'} />}>
          <ErrorSummary errors={errors} />
          {!selected ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admDocs.noPreview')} /> : (
            <Flex vertical gap={12}>
              {actions.length > 0 && (
                <Space>
                  {actions.includes('verify') && <Button type="primary" loading={review.isPending && review.variables?.decision === 'verified'}
                    onClick={() => review.mutate({ document: selected, decision: 'verified' })}>{t('admDocs.verify')}</Button>}
                  {actions.includes('reject') && <Button danger onClick={() => setRejecting(selected)}>{t('admDocs.reject')}</Button>}
                </Space>
              )}
              <Preview applicationId={application.id} document={selected} />
              {selected.status === 'rejected' && selected.rejectionReason && (
                <Alert type="error" showIcon title={t('admDocs.reason')} description={selected.rejectionReason} />)}
              {selected.reviewedAt && <Typography.Text>{t('admDocs.reviewedBy', { at: formatInstant(selected.reviewedAt) })}</Typography.Text>}
            </Flex>
          )}
        </Card>
      </Col>
      <Modal open={rejecting !== undefined} title={rejecting && t('admDocs.rejectTitle', { kind: t(`documentKind.${rejecting.kind!}`) })}
        okText={t('admDocs.reject')} okButtonProps={{ danger: true, loading: review.isPending }} cancelText={t('common.cancel')}
        onCancel={() => setRejecting(undefined)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={({ reason }) => rejecting && review.mutate({ document: rejecting, decision: 'rejected', reason: reason.trim() })}>
          <Form.Item name="reason" label={t('admDocs.rejectReason')} rules={[{ required: true, whitespace: true, message: t('lifecycle.reasonRequired') }, { max: 2000 }]}>
            <Input.TextArea rows={4} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Row>
  )
}

interface OfferValues { priority: number; kind: OfferKind; deadline: string; conditions: string[] }

/** An offer for one choice still without one: conditional (with its conditions) or not, to be answered by a deadline. */
function MakeOffer({ application, etag, intakes }: { application: ApplicationResponse; etag?: string; intakes: IntakeResponse[] }) {
  const { t } = useTranslation()
  const text = useText()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<OfferValues>()
  const [errors, setErrors] = useState<string[]>([])
  const kind = Form.useWatch('kind', form)
  const open = offerableChoices(application)
  const make = useMutation({
    mutationFn: async (values: OfferValues) => unwrap(await api.POST('/api/admissions/applications/{id}/offers', {
      params: { path: { id: application.id }, header: { 'If-Match': etag } },
      body: { priority: values.priority, kind: values.kind, deadline: values.deadline,
        conditions: values.kind === 'conditional' ? (values.conditions ?? []).map((c) => c.trim()).filter(Boolean) : undefined },
    })),
    onSuccess: async () => {
      setErrors([])
      form.resetFields()
      await queryClient.invalidateQueries({ queryKey: applicationKey(application.id) })
      await queryClient.invalidateQueries({ queryKey: ['admissions', 'applications'] })
      void message.success(t('admOffer.made'))
    },
    onError: (error) => setErrors(refusalLines(error, t)),
  })
  if (open.length === 0) return <Typography.Paragraph>{t('admOffer.nothingToOffer')}</Typography.Paragraph>
  const intakeOf = (priority: number) => intakes.find((i) => i.id === application.choices?.find((c) => c.priority === priority)?.intakeId)
  const required = [{ required: true, message: t('form.required') }]
  return (
    <Card size="small" title={<h3 style={{ margin: 0, fontSize: 14 }}>{t('admOffer.make')}</h3>}>
      <ErrorSummary errors={errors} />
      <Form<OfferValues> form={form} layout="vertical" aria-label={t('admOffer.make')}
        initialValues={{ priority: open[0], kind: 'unconditional', conditions: [''] }} onFinish={(values) => make.mutate(values)}>
        <Row gutter={16}>
          <Col xs={24} md={12}><Form.Item name="priority" label={t('admOffer.choice')} rules={required}>
            <Select options={open.map((priority) => ({ value: priority, label: t('common.labelValue', { label: t('admApplication.choice', { n: priority }), value: intakeName(intakeOf(priority), text, t) }) }))} />
          </Form.Item></Col>
          <Col xs={24} md={6}><Form.Item name="kind" label={t('admOffer.kind')} rules={required}>
            <Radio.Group optionType="button" options={OFFER_KINDS.map((k) => ({ value: k, label: t(`offerKind.${k}`) }))} />
          </Form.Item></Col>
          <Col xs={24} md={6}><Form.Item name="deadline" label={t('admOffer.deadline')} rules={required} extra={t('admOffer.deadlineHint')} {...isoDate}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.format('YYYY-MM-DD') < todayInShanghai()} />
          </Form.Item></Col>
        </Row>
        {kind === 'conditional' && (
          <Form.List name="conditions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="flex-start">
                    <Form.Item name={field.name} label={t('admOffer.condition', { n: index + 1 })} style={{ flex: 1 }}
                      rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 500 }]}><Input /></Form.Item>
                    <Button type="text" danger style={{ marginTop: 30 }} icon={<MinusCircleOutlined />} aria-label={t('admOffer.removeCondition', { n: index + 1 })} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                {fields.length < 10 && <Button type="dashed" icon={<PlusOutlined aria-hidden />} style={{ marginBottom: 16 }} onClick={() => add('')}>{t('admOffer.addCondition')}</Button>}
              </>
            )}
          </Form.List>
        )}
        <div><Button type="primary" htmlType="submit" loading={make.isPending}>{t('admOffer.make')}</Button></div>
      </Form>
    </Card>
  )
}

/** One application as the office works it: what the applicant wrote, the documents beside their files, offers, lifecycle. */
export function OfficeApplicationPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const me = useMe()
  const application = useAdmissionApplication(id)
  const intakes = useIntakeOptions()
  const countries = useCountries()
  if (!application.data) return <DetailPageState query={application} />
  const { record, etag } = application.data
  const office = processesAdmissions(me.data?.roles ?? [])
  const country = (code?: string) => countryName(code, countries.data, text)
  const first = [...(record.choices ?? [])].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))[0]
  const invalidate = [applicationKey(id), ['admissions', 'applications']]
  return (
    <DetailPage
      id="office-admission"
      name={applicantName(record) || t('admApplication.noName')}
      state={<AdmissionState state={record.state} />}
      facts={[
        { key: 'nationality', label: t('admApplication.nationality'), value: country(record.nationality) },
        { key: 'first', label: t('admApplication.firstChoice'), value: first && intakeName(intakes.data?.find((i) => i.id === first.intakeId), text, t) },
        { key: 'funding', label: t('admApplication.funding'), value: record.funding?.type && t(`fundingType.${record.funding.type}`) },
        { key: 'submitted', label: t('admApplication.submittedAt'), value: formatInstant(record.submittedAt) },
      ]}
      tabs={[
        { key: 'overview', label: t('admApplication.overview'), children: (
          <Flex vertical gap={16}>
            {record.decisionReason && <Alert type="info" showIcon title={t('admApplication.decisionReason')} description={record.decisionReason} />}
            <ApplicationFacts application={record} intakes={intakes.data ?? []} country={country} />
          </Flex>
        ) },
        { key: 'documents', label: t('admDocs.checked'), children: <Verification application={record} /> },
        { key: 'offers', label: t('admOffer.title'), children: (
          <Flex vertical gap={16}>
            <OffersTable application={record} etag={etag} intakes={intakes.data ?? []} invalidate={invalidate} />
            {office && <MakeOffer application={record} etag={etag} intakes={intakes.data ?? []} />}
          </Flex>
        ) },
      ]}
    >
      <AdmissionLifecycle application={record} etag={etag} needsReason={officerNeedsReason} invalidate={invalidate} />
    </DetailPage>
  )
}

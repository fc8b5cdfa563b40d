import { useState, type ReactNode } from 'react'
import { App, Button, Card, Col, Form, Input, Row, Select, Table, Tag, Typography, Upload } from 'antd'
import { DownloadOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { UploadFile } from 'antd'
import { postForm } from '../api/client'
import { formatInstant } from '../app/format'
import { ErrorSummary } from '../forms/ErrorSummary'
import { showServerErrors } from '../forms/serverErrors'
import type { FieldWords } from './fieldNames'
import { PersonName } from './PersonName'

/** The services refuse more (e.g. partners.documents.max-size); checked here first so the user need not wait. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
export const DOCUMENT_KINDS = ['signed', 'draft', 'annex'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export interface DocumentRow {
  id?: string
  kind?: string
  title?: string
  fileName?: string
  size?: number
  version?: number
  latest?: boolean
  uploadedBy?: string
  uploadedAt?: string
}

export function formatSize(bytes: number | undefined): string {
  if (bytes === undefined) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The first problem with a file chosen for upload, or undefined when it may be sent. */
export function fileProblem(file: { name: string; type?: string; size?: number }): 'pdfOnly' | 'tooLarge' | undefined {
  const pdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf')
  if (!pdf) return 'pdfOnly'
  if ((file.size ?? 0) > MAX_DOCUMENT_BYTES) return 'tooLarge'
  return undefined
}

/** The upload form's field names and document kinds in words, for the service's errors about them. */
function uploadWords(t: TFunction): FieldWords {
  return {
    labels: { kind: t('document.kind'), title: t('document.title'), file: t('document.file') },
    values: { kind: (kind) => t(`document.${kind}` as 'document.draft', { defaultValue: kind }) },
    languages: { zh: t('history.zh'), en: t('history.en') },
    yes: t('common.yes'),
    no: t('common.no'),
  }
}

interface UploadValues {
  kind: DocumentKind
  title: string
  file: UploadFile[]
}

export interface DocumentsTabProps<D extends DocumentRow> {
  queryKey: readonly unknown[]
  list: () => Promise<D[]>
  /** POST multipart (kind, title, file); absent for a user who may not add documents. */
  uploadUrl?: string
  contentHref: (document: D) => string
  /** Extra columns after the title (the agreement a document belongs to). */
  extraColumns?: { key: string; title: string; render: (document: D) => ReactNode }[]
  /** Only the current version of each document. */
  latestOnly?: boolean
}

/** A record's documents by kind and version with their downloads; the upload form opens when asked for. */
export function DocumentsTab<D extends DocumentRow>({ queryKey, list, uploadUrl, contentHref, extraColumns = [], latestOnly }: DocumentsTabProps<D>) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<UploadValues>()
  const [errors, setErrors] = useState<string[]>([])
  const [adding, setAdding] = useState(false)
  const documents = useQuery({ queryKey, queryFn: list })

  const upload = useMutation({
    mutationFn: async (values: UploadValues) => {
      const body = new FormData()
      body.set('kind', values.kind)
      body.set('title', values.title.trim())
      body.set('file', values.file[0]!.originFileObj as File)
      return postForm<D>(uploadUrl!, body)
    },
    onSuccess: async () => {
      setErrors([])
      form.resetFields()
      setAdding(false)
      await queryClient.invalidateQueries({ queryKey })
      void message.success(t('document.uploaded'))
    },
    onError: (error) => setErrors(showServerErrors(form, error, (name) => ['kind', 'title', 'file'].includes(String(name[0])),
      uploadWords(t), t)),
  })

  const rows = (documents.data ?? []).filter((document) => !latestOnly || document.latest)
  return (
    <div>
      {uploadUrl && !adding && (
        <Button icon={<PlusOutlined aria-hidden />} style={{ marginBottom: 16 }} onClick={() => setAdding(true)}>{t('document.add')}</Button>
      )}
      {uploadUrl && adding && (
        <Card size="small" title={t('document.upload')} style={{ marginBottom: 16 }}>
          <ErrorSummary errors={errors} />
          <Form<UploadValues> form={form} layout="vertical" initialValues={{ kind: 'signed' }} onFinish={(values) => upload.mutate(values)}>
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item name="kind" label={t('document.kind')} rules={[{ required: true, message: t('form.required') }]}>
                  <Select options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`document.${kind}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={18}>
                <Form.Item name="title" label={t('document.title')} rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 300 }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="file" label={t('document.file')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
                  rules={[
                    { required: true, message: t('form.required') },
                    { validator: async (_, files?: UploadFile[]) => {
                      const file = files?.[0]
                      const problem = file && fileProblem({ name: file.name, type: file.type, size: file.size })
                      if (problem) throw new Error(t(`document.${problem}`))
                    } },
                  ]}>
                  <Upload.Dragger accept="application/pdf,.pdf" maxCount={1} beforeUpload={() => false}>
                    <p className="ant-upload-drag-icon"><InboxOutlined aria-hidden /></p>
                    <p>{t('document.choose')}</p>
                  </Upload.Dragger>
                </Form.Item>
              </Col>
            </Row>
            <Button type="primary" htmlType="submit" loading={upload.isPending}>{t('document.upload')}</Button>{' '}
            <Button onClick={() => { setAdding(false); setErrors([]); form.resetFields() }}>{t('common.cancel')}</Button>
          </Form>
        </Card>
      )}
      <Table<D>
        size="small"
        rowKey={(row) => row.id ?? ''}
        loading={documents.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('document.none') }}
        columns={[
          { key: 'title', title: t('document.title'), render: (_, row) => (
            <span>{row.title} {!latestOnly && row.latest && <Tag>{t('document.latest')}</Tag>}</span>
          ) },
          ...extraColumns.map((column) => ({ key: column.key, title: column.title, render: (_: unknown, row: D) => column.render(row) })),
          { key: 'kind', title: t('document.kind'), width: 100, render: (_, row) => (row.kind ? t(`document.${row.kind}` as 'document.signed', { defaultValue: row.kind }) : '—') },
          { key: 'version', title: t('document.version'), width: 70, dataIndex: 'version', align: 'right' },
          { key: 'file', title: t('document.fileName'), dataIndex: 'fileName', ellipsis: true },
          { key: 'size', title: t('document.size'), width: 90, render: (_, row) => formatSize(row.size), align: 'right' },
          { key: 'by', title: t('document.uploadedBy'), width: 110, render: (_, row) => <PersonName username={row.uploadedBy} /> },
          { key: 'at', title: t('document.uploadedAt'), width: 150, render: (_, row) => formatInstant(row.uploadedAt) },
          { key: 'download', title: t('document.download'), width: 100, render: (_, row) => (
            <Typography.Link href={contentHref(row)} download={row.fileName}
              aria-label={`${t('document.download')}: ${row.title}${latestOnly ? '' : ` v${row.version}`}`}>
              <DownloadOutlined aria-hidden /> {t('document.download')}
            </Typography.Link>
          ) },
        ]}
      />
    </div>
  )
}

import { useState } from 'react'
import { App, Button, Card, Col, Form, Input, Row, Select, Table, Tag, Typography, Upload } from 'antd'
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { UploadFile } from 'antd'
import { api, postForm, unwrap } from '../api/client'
import type { AgreementDocument } from '../api/types'
import { formatInstant } from '../app/format'
import { ErrorSummary } from '../forms/ErrorSummary'
import { showServerErrors } from '../forms/serverErrors'

const DOCUMENT_KINDS = ['signed', 'draft', 'annex'] as const
/** partners-service refuses more (partners.documents.max-size); checked here first so the user need not wait. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export const contentHref = (agreementId: string, documentId: string) =>
  `/api/partners/agreements/${agreementId}/documents/${documentId}/content`

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

export const documentsKey = (agreementId: string) => ['agreement', agreementId, 'documents'] as const

interface UploadValues {
  kind: (typeof DOCUMENT_KINDS)[number]
  title: string
  file: UploadFile[]
}

/** Every version of the agreement's documents, and an upload form for those who may add documents. */
export function AgreementDocuments({ agreementId, mayUpload }: { agreementId: string; mayUpload: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<UploadValues>()
  const [errors, setErrors] = useState<string[]>([])

  const documents = useQuery({
    queryKey: documentsKey(agreementId),
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements/{id}/documents', { params: { path: { id: agreementId } } })),
  })

  const upload = useMutation({
    mutationFn: async (values: UploadValues) => {
      const body = new FormData()
      body.set('kind', values.kind)
      body.set('title', values.title.trim())
      body.set('file', values.file[0]!.originFileObj as File)
      return postForm<AgreementDocument>(`/api/partners/agreements/${agreementId}/documents`, body)
    },
    onSuccess: async () => {
      setErrors([])
      form.resetFields()
      await queryClient.invalidateQueries({ queryKey: documentsKey(agreementId) })
      void message.success(t('document.uploaded'))
    },
    onError: (error) => setErrors(showServerErrors(form, error, (name) => ['kind', 'title', 'file'].includes(String(name[0])),
      { invalid: t('form.invalid'), stale: t('form.stale') })),
  })

  return (
    <div>
      {mayUpload && (
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
            <Button type="primary" htmlType="submit" loading={upload.isPending}>{t('document.upload')}</Button>
          </Form>
        </Card>
      )}
      <Table<AgreementDocument>
        size="small"
        rowKey={(row) => row.id ?? ''}
        loading={documents.isPending}
        dataSource={documents.data ?? []}
        pagination={false}
        locale={{ emptyText: t('document.none') }}
        columns={[
          { key: 'title', title: t('document.title'), render: (_, row) => (
            <span>{row.title} {row.latest && <Tag>{t('document.latest')}</Tag>}</span>
          ) },
          { key: 'kind', title: t('document.kind'), render: (_, row) => (row.kind ? t(`document.${row.kind}`) : '') },
          { key: 'version', title: t('document.version'), dataIndex: 'version', align: 'right' },
          { key: 'file', title: t('document.fileName'), dataIndex: 'fileName' },
          { key: 'size', title: t('document.size'), render: (_, row) => formatSize(row.size), align: 'right' },
          { key: 'by', title: t('document.uploadedBy'), dataIndex: 'uploadedBy' },
          { key: 'at', title: t('document.uploadedAt'), render: (_, row) => formatInstant(row.uploadedAt) },
          { key: 'download', title: t('document.download'), render: (_, row) => (
            <Typography.Link href={contentHref(agreementId, row.id ?? '')} download={row.fileName}
              aria-label={`${t('document.download')}: ${row.title} v${row.version}`}>
              <DownloadOutlined aria-hidden /> {t('document.download')}
            </Typography.Link>
          ) },
        ]}
      />
    </div>
  )
}

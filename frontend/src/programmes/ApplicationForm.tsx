import { Alert, Button, Col, Form, Input, InputNumber, Row, Select, Spin, Typography } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Navigate, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useText } from '../app/LanguageContext'
import { FormPage } from '../ui/FormPage'
import { FormNotices } from './parts'
import { problemText } from './lifecycle'
import { applicationKey, useApplication, useCall } from './queries'
import type { ApplicationRequest, ApplicationResponse } from './types'
import { useProgrammeForm } from './useProgrammeForm'
import { applicationWords, useWords } from './words'

/** The form's values: choices as the institutions in order of preference (a rank is the place in the list). */
export type ApplicationValues = Omit<ApplicationRequest, 'choices'> & { choices: (string | undefined)[] }

export const MAX_CHOICES = 5

export function toApplicationValues(record: ApplicationResponse): ApplicationValues {
  return {
    callId: record.callId,
    choices: [...(record.choices ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((choice) => choice.institutionId),
    statement: record.statement, gpa: record.gpa, yearOfStudy: record.yearOfStudy, languageResults: record.languageResults ?? [],
  }
}

/** What is sent: the chosen institutions in order, each once, with the empty rows left out. */
export function toApplicationRequest(values: ApplicationValues): ApplicationRequest {
  const choices = [...new Set(values.choices.filter((choice): choice is string => Boolean(choice)))]
  return { ...values, choices, languageResults: (values.languageResults ?? []).filter((r) => r && r.test && r.score !== undefined) }
}

const SHOWN = new Set(['choices', 'statement', 'gpa', 'yearOfStudy', 'languageResults'])
function isShownField(name: (string | number)[]): boolean {
  const [first, second, third] = name
  if (!SHOWN.has(String(first))) return false
  if (first === 'languageResults') return typeof second === 'number' && third !== undefined
  return first === 'choices' ? name.length <= 2 : name.length === 1
}

export function ApplicationFormPage() {
  const { id } = useParams()
  const [search] = useSearchParams()
  const existing = useApplication(id)
  const callId = id ? existing.data?.record.callId : search.get('callId') ?? undefined
  if (!id && !callId) return <Navigate to="/open-calls" replace />
  return <ApplicationForm id={id} callId={callId} existing={existing} />
}

/** Drafting one's application to an open call, or changing the draft: ranked destinations, statement, GPA, language results. */
function ApplicationForm({ id, callId, existing }: { id?: string; callId?: string; existing: ReturnType<typeof useApplication> }) {
  const { t } = useTranslation()
  const text = useText()
  const [form] = Form.useForm<ApplicationValues>()
  const call = useCall(callId)
  const words = useWords(applicationWords)
  const { draft, errors, saving, submit } = useProgrammeForm({
    form, record: existing.data?.record, toValues: toApplicationValues, words, isShownField,
    save: async (values: ApplicationValues) => {
      const body = toApplicationRequest({ ...values, callId: callId! })
      return id
        ? unwrap(await api.PUT('/api/programmes/applications/{id}', { params: { path: { id }, header: { 'If-Match': existing.data?.etag } }, body }))
        : unwrap(await api.POST('/api/programmes/applications', { body }))
    },
    invalidate: [['programmes', 'applications'], ...(id ? [applicationKey(id)] : [])],
    savedText: t('application.saved'),
    next: (saved) => `/my-applications/${saved.id}`,
  })

  if ((id && existing.isPending) || call.isPending) return <Spin />
  const failed = existing.error ?? call.error
  if (failed) return <Alert type="error" showIcon title={t('common.error')} description={problemText(failed, t)} />
  const required = [{ required: true, message: t('form.required') }]
  const destinations = (call.data?.record.destinations ?? []).map((d) => ({ value: d.institutionId ?? '', label: text(d.name) ?? '' }))

  const choices = (
    <>
      <Typography.Paragraph>{t('application.choicesHint')}</Typography.Paragraph>
      <Form.List name="choices">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={12} key={field.key}>
                <Col xs={22} md={16}>
                  <Form.Item name={field.name} label={t('application.choice', { n: index + 1 })} rules={index === 0 ? required : undefined}>
                    <Select options={destinations} allowClear />
                  </Form.Item>
                </Col>
                <Col xs={2} style={{ paddingTop: 30 }}>
                  {fields.length > 1 && <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('application.removeChoice', { n: index + 1 })} onClick={() => remove(field.name)} />}
                </Col>
              </Row>
            ))}
            {fields.length < MAX_CHOICES && <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add()}>{t('application.addChoice')}</Button>}
          </>
        )}
      </Form.List>
    </>
  )
  const results = (
    <Row gutter={16}>
      <Col xs={12} md={6}><Form.Item name="gpa" label={t('application.gpa')}><InputNumber min={0} max={4} step={0.01} precision={2} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={6}><Form.Item name="yearOfStudy" label={t('application.yearOfStudy')}><InputNumber min={1} max={8} style={{ width: '100%' }} /></Form.Item></Col>
      <Col span={24}>
        <Form.List name="languageResults">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={12} key={field.key}>
                  <Col xs={12} md={8}><Form.Item name={[field.name, 'test']} label={`${t('application.languageTest')} ${index + 1}`} rules={required}><Input placeholder="IELTS" maxLength={40} /></Form.Item></Col>
                  <Col xs={10} md={6}><Form.Item name={[field.name, 'score']} label={`${t('application.score')} ${index + 1}`} rules={required}><InputNumber min={0} max={999} step={0.5} style={{ width: '100%' }} /></Form.Item></Col>
                  <Col xs={2} style={{ paddingTop: 30 }}>
                    <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('application.removeLanguageResult', { n: index + 1 })} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              {fields.length < 5 && <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>{t('application.addLanguageResult')}</Button>}
            </>
          )}
        </Form.List>
      </Col>
    </Row>
  )
  const callTitle = text(call.data?.record.title)
  return (
    <FormPage<ApplicationValues>
      id="application-form"
      title={[id ? t('applications.editTitle') : t('applications.newTitle'), callTitle].filter(Boolean).join(' · ')}
      form={form}
      notices={<FormNotices restored={draft.restored} errors={errors} />}
      initialValues={id ? undefined : { choices: [undefined], languageResults: [] }}
      sections={[
        { key: 'choices', title: t('application.choices'), children: choices },
        { key: 'results', title: t('application.languageResults'), children: results },
        { key: 'statement', title: t('application.statement'), children: (
          <Form.Item name="statement" label={t('application.statement')}><Input.TextArea rows={6} maxLength={5000} showCount /></Form.Item>
        ) },
      ]}
      onValuesChange={draft.markDirty}
      onFinish={submit}
      saving={saving}
      isDirty={draft.isDirty}
      cancelTo={id ? `/my-applications/${id}` : '/open-calls'}
    />
  )
}

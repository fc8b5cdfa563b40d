import { Alert, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Spin, TimePicker } from 'antd'
import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useText } from '../app/LanguageContext'
import { FormPage } from '../ui/FormPage'
import { FormNotices } from './parts'
import { problemText } from './lifecycle'
import { briefingKey, useBriefing, usePartnerOptions, useSchemeOptions } from './queries'
import { BRIEFING_FORMATS, CAMPUSES, type BriefingRequest, type BriefingResponse } from './types'
import { isoDate, isoTime, useProgrammeForm } from './useProgrammeForm'
import { briefingWords, useWords } from './words'

/** A stored time (`14:30:00`) as the form's `HH:mm`. */
const minutes = (time?: string) => time?.slice(0, 5)

export function toBriefingValues(record: BriefingResponse): BriefingRequest {
  return {
    title: record.title, description: record.description, format: record.format ?? 'on_campus', campus: record.campus,
    venue: record.venue, link: record.link, date: record.date ?? '', startTime: minutes(record.startTime) ?? '',
    endTime: minutes(record.endTime) ?? '', capacity: record.capacity ?? 1,
    presentingPartners: (record.presentingPartners ?? []).map((p) => p.institutionId ?? '').filter(Boolean),
    schemeIds: record.schemeIds ?? [], callIds: record.callIds ?? [],
  }
}

/** What is sent: an online briefing has a link and no campus; one on a campus has its campus and venue and no link. */
export function toBriefingRequest(values: BriefingRequest): BriefingRequest {
  if (values.format === 'online') return { ...values, campus: undefined, venue: undefined }
  return { ...values, link: undefined }
}

const SHOWN = new Set(['title', 'description', 'format', 'campus', 'venue', 'link', 'date', 'startTime', 'endTime', 'capacity',
  'presentingPartners', 'schemeIds'])
function isShownField(name: (string | number)[]): boolean {
  const [first, second] = name
  if (!SHOWN.has(String(first))) return false
  if (first === 'title') return second === 'zh' || second === 'en'
  return name.length === 1
}

/** Planning a briefing or changing it: online or on a named campus, local date and times, capacity, presenting partners. */
export function BriefingFormPage() {
  const { id } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const [form] = Form.useForm<BriefingRequest>()
  const existing = useBriefing(id)
  const partners = usePartnerOptions()
  const schemes = useSchemeOptions()
  const words = useWords(briefingWords)
  const { draft, errors, saving, submit } = useProgrammeForm({
    form, record: existing.data?.record, toValues: toBriefingValues, words, isShownField,
    save: async (values: BriefingRequest) => {
      const body = toBriefingRequest(values)
      return id
        ? unwrap(await api.PUT('/api/programmes/briefings/{id}', { params: { path: { id }, header: { 'If-Match': existing.data?.etag } }, body }))
        : unwrap(await api.POST('/api/programmes/briefings', { body }))
    },
    invalidate: [['programmes', 'briefings'], ...(id ? [briefingKey(id)] : [])],
    savedText: t('briefing.saved'),
    next: (saved) => `/briefings/${saved.id}`,
  })
  const format = Form.useWatch('format', form)

  if (id && existing.isPending) return <Spin />
  if (id && existing.isError) return <Alert type="error" showIcon title={t('common.error')} description={problemText(existing.error, t)} />
  const required = [{ required: true, message: t('form.required') }]

  const basics = (
    <Row gutter={16}>
      <Col xs={24} md={12}><Form.Item name={['title', 'zh']} label={t('briefing.titleZh')} rules={required}><Input lang="zh-CN" maxLength={300} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name={['title', 'en']} label={t('briefing.titleEn')} rules={required}><Input lang="en" maxLength={300} /></Form.Item></Col>
      <Col span={24}><Form.Item name="description" label={t('briefing.description')}><Input.TextArea rows={3} maxLength={4000} /></Form.Item></Col>
      <Col span={24}>
        <Form.Item name="presentingPartners" label={t('briefing.presentingPartners')}>
          <Select mode="multiple" loading={partners.isPending} showSearch={{ optionFilterProp: 'search' }}
            options={(partners.data ?? []).map((p) => ({ value: p.id ?? '', label: text(p.name) ?? '', search: `${p.name?.zh ?? ''} ${p.name?.en ?? ''}` }))} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="schemeIds" label={t('briefing.schemeIds')}>
          <Select mode="multiple" loading={schemes.isPending} options={(schemes.data ?? []).map((s) => ({ value: s.id ?? '', label: text(s.title) ?? '' }))} />
        </Form.Item>
      </Col>
    </Row>
  )
  const when = (
    <Row gutter={16}>
      <Col xs={24} md={8}><Form.Item name="date" label={t('briefing.date')} rules={required} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={8}><Form.Item name="startTime" label={t('briefing.startTime')} rules={required} {...isoTime}><TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={8}><Form.Item name="endTime" label={t('briefing.endTime')} rules={required} {...isoTime}><TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} /></Form.Item></Col>
      <Col span={24}><Alert type="info" showIcon title={t('briefing.timeZone')} style={{ marginBottom: 16 }} /></Col>
      <Col span={24}>
        <Form.Item name="format" label={t('briefing.format')} rules={required}>
          <Radio.Group options={BRIEFING_FORMATS.map((f) => ({ value: f, label: t(`briefingFormat.${f}`) }))} />
        </Form.Item>
      </Col>
      {format === 'online' ? (
        <Col span={24}><Form.Item name="link" label={t('briefing.link')} rules={[...required, { pattern: /^https?:\/\/\S+$/, message: t('form.required') }]}><Input placeholder="https://" maxLength={500} /></Form.Item></Col>
      ) : <>
        <Col xs={24} md={8}><Form.Item name="campus" label={t('briefing.campus')} rules={required}>
          <Select options={CAMPUSES.map((c) => ({ value: c, label: t(`campus.${c}`) }))} /></Form.Item></Col>
        <Col xs={24} md={16}><Form.Item name="venue" label={t('briefing.venue')}><Input maxLength={300} /></Form.Item></Col>
      </>}
      <Col xs={12} md={8}><Form.Item name="capacity" label={t('briefing.capacity')} rules={required}><InputNumber min={1} max={5000} style={{ width: '100%' }} /></Form.Item></Col>
    </Row>
  )
  return (
    <FormPage<BriefingRequest>
      id="briefing-form"
      title={id ? t('briefings.editTitle') : t('briefings.newTitle')}
      form={form}
      notices={<FormNotices restored={draft.restored} errors={errors} />}
      initialValues={id ? undefined : { format: 'on_campus', campus: 'jinyun', capacity: 100, presentingPartners: [], schemeIds: [] }}
      sections={[
        { key: 'basics', title: t('form.basics'), children: basics },
        { key: 'when', title: t('briefing.when'), children: when },
      ]}
      onValuesChange={draft.markDirty}
      onFinish={submit}
      saving={saving}
      isDirty={draft.isDirty}
      cancelTo={id ? `/briefings/${id}` : '/briefings'}
    />
  )
}

import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Spin } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useText } from '../app/LanguageContext'
import { FormPage } from '../ui/FormPage'
import { FormNotices } from './parts'
import { problemText, unitName } from './lifecycle'
import { callKey, useCall, useSchemeOptions } from './queries'
import { DIRECTIONS, MOBILITY_TYPES, UNITS, type CallRequest, type CallResponse } from './types'
import { isoDate, useProgrammeForm } from './useProgrammeForm'
import { callWords, useWords } from './words'
import { PeoplePicker } from '../ui/Pickers'

export function toCallValues(record: CallResponse): CallRequest {
  return {
    schemeId: record.schemeId ?? '', title: record.title, academicYear: record.academicYear ?? '',
    direction: record.direction ?? 'outbound', mobilityType: record.mobilityType ?? 'student_study', window: record.window,
    destinations: (record.destinations ?? []).map((d) => ({ institutionId: d.institutionId ?? '', places: d.places, overrideReason: d.overrideReason })),
    eligibility: record.eligibility, requiredDocuments: record.requiredDocuments, criteria: record.criteria,
    reviewers: record.reviewers, budget: record.budget,
  }
}

const SHOWN = new Set(['schemeId', 'title', 'academicYear', 'direction', 'mobilityType', 'window', 'destinations', 'eligibility',
  'requiredDocuments', 'criteria', 'reviewers', 'budget'])
function isShownField(name: (string | number)[]): boolean {
  const [first, second, third] = name
  if (!SHOWN.has(String(first))) return false
  if (first === 'title' || first === 'window' || first === 'budget' || first === 'eligibility') return second !== undefined
  if (first === 'destinations' || first === 'requiredDocuments' || first === 'criteria') return typeof second === 'number' && third !== undefined
  return name.length === 1
}

/** Drafting a call of a scheme or changing it while draft or open: window, places per destination, rules, criteria. */
export function CallFormPage() {
  const { id } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const [form] = Form.useForm<CallRequest>()
  const existing = useCall(id)
  const schemes = useSchemeOptions()
  const words = useWords(callWords)
  const { draft, errors, saving, submit } = useProgrammeForm({
    form, record: existing.data?.record, toValues: toCallValues, words, isShownField,
    save: async (body: CallRequest) => (id
      ? unwrap(await api.PUT('/api/programmes/calls/{id}', { params: { path: { id }, header: { 'If-Match': existing.data?.etag } }, body }))
      : unwrap(await api.POST('/api/programmes/calls', { body }))),
    invalidate: [['programmes', 'calls'], ...(id ? [callKey(id)] : [])],
    savedText: t('call.saved'),
    next: (saved) => `/calls/${saved.id}`,
  })
  const schemeId = Form.useWatch('schemeId', form)

  if (id && existing.isPending) return <Spin />
  if (id && existing.isError) return <Alert type="error" showIcon title={t('common.error')} description={problemText(existing.error, t)} />
  const required = [{ required: true, message: t('form.required') }]
  const scheme = schemes.data?.find((s) => s.id === schemeId)
  const offered = new Map((existing.data?.record.destinations ?? []).map((d) => [d.institutionId, d.placesOffered]))
  const destinationChoices = (scheme?.destinations ?? []).map((d) => ({ value: d.institutionId ?? '', label: text(d.name) ?? '' }))
  const words2 = (prefix: 'direction' | 'mobilityType', values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as 'direction.outbound') }))
  const remove = (label: string, onClick: () => void) => (
    <Col xs={2} style={{ paddingTop: 30 }}><Button type="text" danger icon={<MinusCircleOutlined />} aria-label={label} onClick={onClick} /></Col>
  )

  const basics = (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="schemeId" label={t('call.scheme')} rules={required}>
          <Select loading={schemes.isPending} options={(schemes.data ?? []).map((s) => ({ value: s.id ?? '', label: text(s.title) ?? '' }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}><Form.Item name="academicYear" label={t('call.academicYear')} rules={[...required, { pattern: /^\d{4}\/\d{2}$/, message: t('form.required') }]}><Input placeholder="2026/27" /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name={['title', 'zh']} label={t('call.titleZh')} rules={required}><Input lang="zh-CN" maxLength={300} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name={['title', 'en']} label={t('call.titleEn')} rules={required}><Input lang="en" maxLength={300} /></Form.Item></Col>
      <Col xs={12} md={6}><Form.Item name="direction" label={t('call.direction')} rules={required}><Select options={words2('direction', DIRECTIONS)} /></Form.Item></Col>
      <Col xs={12} md={6}><Form.Item name="mobilityType" label={t('call.mobilityType')} rules={required}><Select options={words2('mobilityType', MOBILITY_TYPES)} /></Form.Item></Col>
      <Col xs={12} md={6}><Form.Item name={['window', 'from']} label={t('call.windowFrom')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={6}><Form.Item name={['window', 'to']} label={t('call.windowTo')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
    </Row>
  )
  const destinations = (
    <Form.List name="destinations">
      {(fields, { add, remove: drop }) => (
        <>
          {fields.map((field, index) => {
            const institutionId = form.getFieldValue(['destinations', field.name, 'institutionId']) as string | undefined
            const limit = offered.get(institutionId)
            return (
              <Row gutter={12} key={field.key}>
                <Col xs={24} md={9}><Form.Item name={[field.name, 'institutionId']} label={t('call.destinationN', { n: index + 1 })} rules={required}>
                  <Select options={destinationChoices} /></Form.Item></Col>
                <Col xs={8} md={4}><Form.Item name={[field.name, 'places']} label={`${t('call.places')} ${index + 1}`}
                  extra={limit !== undefined && limit !== null ? `${t('call.placesOffered')}${t('common.labelValue', { label: '', value: limit })}` : undefined}>
                  <InputNumber min={1} max={1000} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={14} md={9}><Form.Item name={[field.name, 'overrideReason']} label={`${t('call.overrideReason')} ${index + 1}`}><Input maxLength={2000} /></Form.Item></Col>
                {remove(t('call.removeDestination', { n: index + 1 }), () => drop(field.name))}
              </Row>
            )
          })}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ places: 1 })}>{t('call.addDestination')}</Button>
        </>
      )}
    </Form.List>
  )
  const eligibility = (
    <Row gutter={16}>
      <Col xs={24} md={8}><Form.Item name={['eligibility', 'yearsOfStudy']} label={t('call.yearsOfStudy')}>
        <Select mode="multiple" placeholder={t('call.anyYear')} options={[1, 2, 3, 4, 5, 6, 7, 8].map((y) => ({ value: y, label: String(y) }))} /></Form.Item></Col>
      <Col xs={12} md={4}><Form.Item name={['eligibility', 'minGpa']} label={t('call.minGpa')}><InputNumber min={0} max={4} step={0.1} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name={['eligibility', 'homeUnits']} label={t('call.homeUnits')}>
        <Select mode="multiple" placeholder={t('call.anyUnit')} options={UNITS.map((u) => ({ value: u, label: unitName(u, t) }))} /></Form.Item></Col>
      <Col span={24}>
        <Form.List name={['eligibility', 'languageTests']}>
          {(fields, { add, remove: drop }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={12} key={field.key}>
                  <Col xs={12} md={8}><Form.Item name={[field.name, 'test']} label={`${t('call.languageTest')} ${index + 1}`} rules={required}><Input placeholder="IELTS" /></Form.Item></Col>
                  <Col xs={10} md={6}><Form.Item name={[field.name, 'minScore']} label={`${t('call.minScore')} ${index + 1}`} rules={required}><InputNumber min={0} max={999} style={{ width: '100%' }} /></Form.Item></Col>
                  {remove(t('call.removeLanguageTest', { n: index + 1 }), () => drop(field.name))}
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>{t('call.addLanguageTest')}</Button>
            </>
          )}
        </Form.List>
      </Col>
    </Row>
  )
  const coded = (list: 'requiredDocuments' | 'criteria') => (
    <Form.List name={list}>
      {(fields, { add, remove: drop }) => (
        <>
          {fields.map((field, index) => (
            <Row gutter={12} key={field.key}>
              <Col xs={12} md={4}><Form.Item name={[field.name, 'code']} label={`${t('call.code')} ${index + 1}`} rules={[...required, { pattern: /^[a-z0-9-]{1,40}$/, message: t('form.required') }]}><Input /></Form.Item></Col>
              <Col xs={12} md={list === 'criteria' ? 7 : 9}><Form.Item name={[field.name, 'title', 'zh']} label={`${t(list === 'criteria' ? 'call.criterionTitleZh' : 'call.documentTitleZh')} ${index + 1}`} rules={required}><Input lang="zh-CN" /></Form.Item></Col>
              <Col xs={12} md={list === 'criteria' ? 7 : 9}><Form.Item name={[field.name, 'title', 'en']} label={`${t(list === 'criteria' ? 'call.criterionTitleEn' : 'call.documentTitleEn')} ${index + 1}`} rules={required}><Input lang="en" /></Form.Item></Col>
              {list === 'criteria' && <Col xs={10} md={4}><Form.Item name={[field.name, 'weight']} label={`${t('call.weight')} ${index + 1}`}><InputNumber min={1} max={100} style={{ width: '100%' }} /></Form.Item></Col>}
              {remove(t(list === 'criteria' ? 'call.removeCriterion' : 'call.removeDocument', { n: index + 1 }), () => drop(field.name))}
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>{t(list === 'criteria' ? 'call.addCriterion' : 'call.addDocument')}</Button>
        </>
      )}
    </Form.List>
  )
  const selection = (
    <Row gutter={16}>
      <Col span={24}>{coded('criteria')}</Col>
      <Col xs={24} md={12} style={{ marginTop: 16 }}><Form.Item name="reviewers" label={t('call.reviewers')}><PeoplePicker /></Form.Item></Col>
      <Col xs={12} md={6} style={{ marginTop: 16 }}><Form.Item name={['budget', 'amount']} label={t('call.amount')}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={6} style={{ marginTop: 16 }}><Form.Item name={['budget', 'currency']} label={t('call.currency')}><Input placeholder="CNY" maxLength={3} /></Form.Item></Col>
    </Row>
  )
  return (
    <FormPage<CallRequest>
      id="call-form"
      title={id ? t('calls.editTitle') : t('calls.newTitle')}
      form={form}
      notices={<FormNotices restored={draft.restored} errors={errors} />}
      initialValues={id ? undefined : { direction: 'outbound', mobilityType: 'student_study', destinations: [] }}
      sections={[
        { key: 'basics', title: t('form.basics'), children: basics },
        { key: 'destinations', title: t('call.destinations'), children: destinations },
        { key: 'eligibility', title: t('call.eligibility'), children: eligibility },
        { key: 'documents', title: t('call.requiredDocuments'), children: coded('requiredDocuments') },
        { key: 'selection', title: t('call.criteria'), children: selection },
      ]}
      onValuesChange={draft.markDirty}
      onFinish={submit}
      saving={saving}
      isDirty={draft.isDirty}
      cancelTo={id ? `/calls/${id}` : '/calls'}
    />
  )
}

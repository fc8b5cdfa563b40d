import { useState } from 'react'
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Spin, Switch } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import dayjs, { type Dayjs } from 'dayjs'
import { api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { AGREEMENT_KINDS, type AgreementRequest, type AgreementResponse } from '../api/types'
import { canDraftAgreements } from '../app/roles'
import { ErrorSummary } from '../forms/ErrorSummary'
import { showServerErrors, withoutBlanks } from '../forms/serverErrors'
import { useFormDraft } from '../forms/useFormDraft'
import { FormPage } from '../ui/FormPage'
import { PartnerSelect } from './PartnerSelect'
import { agreementKey, useAgreement } from './useAgreement'
import { agreementWords } from './useAgreementWords'
import { PersonPicker, UnitPicker } from '../ui/Pickers'

type Values = AgreementRequest

const DIRECTIONS = ['outbound', 'inbound'] as const
const MOBILITY_TYPES = ['student_study', 'student_traineeship', 'staff_teaching', 'staff_training'] as const
const LEVELS = ['bachelor', 'master', 'doctoral'] as const
const OBLIGATION_KINDS = ['tuition_waiver', 'housing', 'insurance', 'stipend', 'meals', 'transport', 'other'] as const
const PARTIES = ['ours', 'partner', 'both'] as const
const SIDES = ['ours', 'partner'] as const

export function toValues(record: AgreementResponse): Values {
  return {
    referenceCode: record.referenceCode, kind: record.kind, title: record.title, signingUnit: record.signingUnit,
    partnerIds: record.partners.map((partner) => partner.id).filter((id) => id !== undefined),
    effectiveDate: record.effectiveDate, expiryDate: record.expiryDate, autoRenewal: record.autoRenewal,
    renewalPeriodMonths: record.renewalPeriodMonths, noticePeriodDays: record.noticePeriodDays,
    // Stored signatories, obligations and conditions carry every field their request requires.
    signatories: record.signatories as Values['signatories'], obligations: record.obligations as Values['obligations'],
    conditions: record.conditions as Values['conditions'], notes: record.notes, owner: record.owner,
  }
}

/** Dates stay ISO strings in the form's values (and so in a kept draft); the picker works with dayjs. */
const isoDate = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
}

export function AgreementFormPage() {
  const { id } = useParams()
  const me = useMe()
  if (me.data && !canDraftAgreements(me.data.roles)) return <Navigate to={id ? `/agreements/${id}` : '/agreements'} replace />
  return <AgreementForm id={id} />
}

/** Drafting a new agreement, editing a draft, or amending one in force (the service decides which, and who may). */
export function AgreementForm({ id }: { id?: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const [errors, setErrors] = useState<string[]>([])
  const existing = useAgreement(id)
  const draft = useFormDraft(form, existing.data?.record, toValues)
  const record = existing.data?.record
  const amending = record !== undefined && record.state !== 'draft'
  const preselected = search.get('partnerId')

  const save = useMutation({
    mutationFn: async (values: Values) => {
      const body = withoutBlanks(values)
      if (id) {
        return unwrap(await api.PUT('/api/partners/agreements/{id}', {
          params: { path: { id }, header: { 'If-Match': existing.data?.etag } }, body,
        }))
      }
      return unwrap(await api.POST('/api/partners/agreements', { body }))
    },
    onSuccess: async (saved) => {
      draft.markSaved()
      await queryClient.invalidateQueries({ queryKey: ['agreements'] })
      if (saved.id) await queryClient.invalidateQueries({ queryKey: agreementKey(saved.id) })
      void message.success(t('form.saved'))
      void navigate(`/agreements/${saved.id}`)
    },
    onError: (error) => setErrors(showServerErrors(form, error, isShownField, agreementWords(t), t)),
  })

  if (id && existing.isPending) return <Spin />
  if (id && existing.isError) return <Alert type="error" showIcon title={t('common.error')} description={existing.error.message} />

  const required = [{ required: true, message: t('form.required') }]
  const option = <K extends string>(prefix: 'condition' | 'obligation' | 'signatory', values: readonly K[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as 'condition.outbound') }))

  const basics = (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="kind" label={t('agreement.kind')} rules={required}>
          <Select options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreementKind.${k}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}><Form.Item name="referenceCode" label={t('agreement.referenceCode')}><Input placeholder="AGR-2026-0001" /></Form.Item></Col>
      <Col xs={24} md={8}><Form.Item name="signingUnit" label={t('agreement.signingUnit')}><UnitPicker /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name={['title', 'zh']} label={t('agreement.titleZh')} rules={required}><Input lang="zh-CN" /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name={['title', 'en']} label={t('agreement.titleEn')} rules={required}><Input lang="en" /></Form.Item></Col>
      <Col span={24}>
        <Form.Item name="partnerIds" label={t('agreement.partnerIds')}>
          <PartnerSelect known={record?.partners} placeholder={t('agreement.searchPartners')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}><Form.Item name="effectiveDate" label={t('agreement.effectiveDate')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={6}><Form.Item name="expiryDate" label={t('agreement.expiryDate')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={4}><Form.Item name="autoRenewal" label={t('agreement.autoRenewal')} valuePropName="checked"><Switch /></Form.Item></Col>
      <Col xs={12} md={4}><Form.Item name="renewalPeriodMonths" label={t('agreement.renewalPeriodMonths')}><InputNumber min={1} max={120} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={4}><Form.Item name="noticePeriodDays" label={t('agreement.noticePeriodDays')}><InputNumber min={0} max={3650} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={8}><Form.Item name="owner" label={t('agreement.owner')}><PersonPicker /></Form.Item></Col>
    </Row>
  )
  const conditions = (
    <Form.List name="conditions">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="form-group">
              <legend>{t('condition.n', { n: index + 1 })}</legend>
              <Row gutter={12}>
                <Col xs={12} md={4}><Form.Item name={[field.name, 'direction']} label={t('condition.direction')} rules={required}><Select options={option('condition', DIRECTIONS)} /></Form.Item></Col>
                <Col xs={12} md={5}><Form.Item name={[field.name, 'mobilityType']} label={t('condition.mobilityType')} rules={required}><Select options={option('condition', MOBILITY_TYPES)} /></Form.Item></Col>
                <Col xs={8} md={3}><Form.Item name={[field.name, 'placesPerYear']} label={t('condition.placesPerYear')} rules={required}><InputNumber min={0} max={10000} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={8} md={3}><Form.Item name={[field.name, 'monthsPerPerson']} label={t('condition.monthsPerPerson')}><InputNumber min={0} max={60} step={0.5} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={8} md={3}><Form.Item name={[field.name, 'daysPerPerson']} label={t('condition.daysPerPerson')}><InputNumber min={0} max={366} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={24} md={6}><Form.Item name={[field.name, 'levels']} label={t('condition.levels')}><Select mode="multiple" options={option('condition', LEVELS)} /></Form.Item></Col>
                <Col xs={24} md={8}><Form.Item name={[field.name, 'subjectAreas']} label={t('condition.subjectAreas')}><Select mode="tags" open={false} suffixIcon={null} placeholder="0913" /></Form.Item></Col>
                <Col xs={12} md={3}><Form.Item name={[field.name, 'language']} label={t('condition.language')}><Input placeholder="en" /></Form.Item></Col>
                <Col xs={12} md={3}><Form.Item name={[field.name, 'cefrLevel']} label={t('condition.cefrLevel')}><Input placeholder="B2" /></Form.Item></Col>
                <Col xs={12} md={4}><Form.Item name={[field.name, 'fromYear']} label={t('condition.fromYear')}><Input placeholder="2026/27" /></Form.Item></Col>
                <Col xs={12} md={4}><Form.Item name={[field.name, 'toYear']} label={t('condition.toYear')}><Input placeholder="2030/31" /></Form.Item></Col>
                <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                  <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('condition.remove', { n: index + 1 })} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            </fieldset>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ direction: 'outbound', mobilityType: 'student_study', placesPerYear: 1 })}>{t('condition.add')}</Button>
        </>
      )}
    </Form.List>
  )
  const obligations = (
    <Form.List name="obligations">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Row gutter={12} key={field.key}>
              <Col xs={12} md={5}><Form.Item name={[field.name, 'kind']} label={`${t('obligation.kind')} ${index + 1}`} rules={required}><Select options={option('obligation', OBLIGATION_KINDS)} /></Form.Item></Col>
              <Col xs={12} md={5}><Form.Item name={[field.name, 'party']} label={`${t('obligation.party')} ${index + 1}`} rules={required}><Select options={option('obligation', PARTIES)} /></Form.Item></Col>
              <Col xs={24} md={12}><Form.Item name={[field.name, 'description']} label={`${t('obligation.description')} ${index + 1}`}><Input maxLength={1000} /></Form.Item></Col>
              <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('obligation.remove', { n: index + 1 })} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'tuition_waiver', party: 'both' })}>{t('obligation.add')}</Button>
        </>
      )}
    </Form.List>
  )
  const signatories = (
    <Form.List name="signatories">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Row gutter={12} key={field.key}>
              <Col xs={12} md={4}><Form.Item name={[field.name, 'side']} label={`${t('signatory.side')} ${index + 1}`} rules={required}><Select options={option('signatory', SIDES)} /></Form.Item></Col>
              <Col xs={12} md={6}><Form.Item name={[field.name, 'name']} label={`${t('signatory.name')} ${index + 1}`} rules={required}><Input /></Form.Item></Col>
              <Col xs={12} md={7}><Form.Item name={[field.name, 'title']} label={`${t('signatory.jobTitle')} ${index + 1}`}><Input /></Form.Item></Col>
              <Col xs={12} md={5}><Form.Item name={[field.name, 'signedOn']} label={`${t('signatory.signedOn')} ${index + 1}`} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
              <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('signatory.remove', { n: index + 1 })} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ side: 'ours' })}>{t('signatory.add')}</Button>
        </>
      )}
    </Form.List>
  )

  return (
    <FormPage<Values>
      id="agreement-form"
      title={!id ? t('agreements.newTitle') : amending ? t('agreements.amendTitle') : t('agreements.editTitle')}
      form={form}
      notices={<>
        {amending && <Alert type="info" showIcon title={t('agreements.amendHint')} style={{ marginBottom: 16 }} />}
        {draft.restored && <Alert type="info" showIcon title={t('form.draftRestored')} style={{ marginBottom: 16 }} closable />}
        <ErrorSummary errors={errors} />
      </>}
      initialValues={id ? undefined : { kind: 'student_exchange', autoRenewal: false, partnerIds: preselected ? [preselected] : [] }}
      sections={[
        { key: 'basics', title: t('form.basics'), children: basics },
        { key: 'conditions', title: t('agreement.conditions'), children: conditions },
        { key: 'obligations', title: t('agreement.obligations'), children: obligations },
        { key: 'signatories', title: t('agreement.signatories'), children: signatories },
        { key: 'notes', title: t('agreement.notes'), children: (
          <Form.Item name="notes" label={t('agreement.notes')}><Input.TextArea rows={3} maxLength={4000} /></Form.Item>
        ) },
      ]}
      onValuesChange={draft.markDirty}
      onFinish={() => { setErrors([]); save.mutate(form.getFieldsValue(true)) }}
      saving={save.isPending}
      isDirty={draft.isDirty}
      cancelTo={id ? `/agreements/${id}` : '/agreements'}
    />
  )
}

const SHOWN = new Set(['referenceCode', 'kind', 'title', 'signingUnit', 'partnerIds', 'effectiveDate', 'expiryDate', 'autoRenewal',
  'renewalPeriodMonths', 'noticePeriodDays', 'owner', 'notes', 'conditions', 'obligations', 'signatories'])

/** The fields the form shows; a problem about any other (or about a whole list entry) is listed at the top instead. */
function isShownField(name: (string | number)[]): boolean {
  const [first, second, third] = name
  if (!SHOWN.has(String(first))) return false
  if (first === 'title') return second === 'zh' || second === 'en'
  if (first === 'conditions' || first === 'obligations' || first === 'signatories') return typeof second === 'number' && third !== undefined
  return name.length === 1
}

import { Alert, Button, Col, Form, Input, Row, Select, Spin } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useText } from '../app/LanguageContext'
import { FormPage } from '../ui/FormPage'
import { FormNotices } from './parts'
import { problemText } from './lifecycle'
import { schemeKey, usePartnerOptions, useScheme } from './queries'
import { SCHEME_KINDS, type ProgrammePartner, type SchemeRequest, type SchemeResponse } from './types'
import { useProgrammeForm } from './useProgrammeForm'
import { schemeWords, useWords } from './words'

export function toSchemeValues(record: SchemeResponse): SchemeRequest {
  return {
    kind: record.kind, title: record.title, description: record.description, fundingRules: record.fundingRules,
    destinations: (record.destinations ?? []).map((d) => ({ institutionId: d.institutionId ?? '', agreementId: d.agreementId ?? '' })),
  }
}

/** A partner's agreements as choices: reference and title, in force or not. */
export function agreementOptions(partner: ProgrammePartner | undefined, text: (v?: { zh: string; en: string }) => string | undefined) {
  return (partner?.agreements ?? []).map((a) => ({ value: a.id ?? '', label: [a.referenceCode, text(a.title)].filter(Boolean).join(' · ') }))
}

const SHOWN = new Set(['kind', 'title', 'description', 'fundingRules', 'destinations'])
function isShownField(name: (string | number)[]): boolean {
  const [first, second, third] = name
  if (!SHOWN.has(String(first))) return false
  if (first === 'title') return second === 'zh' || second === 'en'
  if (first === 'destinations') return typeof second === 'number' && third !== undefined
  return name.length === 1
}

/** Recording a scheme or changing it: kind, titles, description, funding rules, destinations with their agreements. */
export function SchemeFormPage() {
  const { id } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const [form] = Form.useForm<SchemeRequest>()
  const existing = useScheme(id)
  const partners = usePartnerOptions()
  const words = useWords(schemeWords)
  const { draft, errors, saving, submit } = useProgrammeForm({
    form, record: existing.data?.record, toValues: toSchemeValues, words, isShownField,
    save: async (body: SchemeRequest) => (id
      ? unwrap(await api.PUT('/api/programmes/schemes/{id}', { params: { path: { id }, header: { 'If-Match': existing.data?.etag } }, body }))
      : unwrap(await api.POST('/api/programmes/schemes', { body }))),
    invalidate: [['programmes', 'schemes'], ...(id ? [schemeKey(id)] : [])],
    savedText: t('scheme.saved'),
    next: (saved) => `/schemes/${saved.id}`,
  })
  const chosen = Form.useWatch('destinations', form) ?? []

  if (id && existing.isPending) return <Spin />
  if (id && existing.isError) return <Alert type="error" showIcon title={t('common.error')} description={problemText(existing.error, t)} />
  const required = [{ required: true, message: t('form.required') }]
  const partnerChoices = (partners.data ?? []).map((p) => ({ value: p.id ?? '', label: text(p.name) ?? '', search: `${p.name?.zh ?? ''} ${p.name?.en ?? ''}` }))

  const basics = (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Form.Item name="kind" label={t('scheme.kind')} rules={required}>
          <Select options={SCHEME_KINDS.map((k) => ({ value: k, label: t(`schemeKind.${k}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}><Form.Item name={['title', 'zh']} label={t('scheme.titleZh')} rules={required}><Input lang="zh-CN" maxLength={300} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name={['title', 'en']} label={t('scheme.titleEn')} rules={required}><Input lang="en" maxLength={300} /></Form.Item></Col>
      <Col span={24}><Form.Item name="description" label={t('scheme.description')}><Input.TextArea rows={3} maxLength={4000} /></Form.Item></Col>
      <Col span={24}><Form.Item name="fundingRules" label={t('scheme.fundingRules')}><Input.TextArea rows={3} maxLength={4000} /></Form.Item></Col>
    </Row>
  )
  const destinations = (
    <Form.List name="destinations">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => {
            const partner = partners.data?.find((p) => p.id === chosen[index]?.institutionId)
            return (
              <Row gutter={12} key={field.key}>
                <Col xs={24} md={11}>
                  <Form.Item name={[field.name, 'institutionId']} label={t('scheme.destinationN', { n: index + 1 })} rules={required}>
                    <Select showSearch={{ optionFilterProp: 'search' }} loading={partners.isPending} options={partnerChoices}
                      placeholder={t('scheme.chooseInstitution')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={11}>
                  <Form.Item name={[field.name, 'agreementId']} label={`${t('scheme.agreement')} ${index + 1}`} rules={required}>
                    <Select options={agreementOptions(partner, text)} placeholder={t('scheme.chooseAgreement')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                  <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('scheme.removeDestination', { n: index + 1 })} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            )
          })}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>{t('scheme.addDestination')}</Button>
        </>
      )}
    </Form.List>
  )
  return (
    <FormPage<SchemeRequest>
      id="scheme-form"
      title={id ? t('schemes.editTitle') : t('schemes.newTitle')}
      form={form}
      notices={<FormNotices restored={draft.restored} errors={errors} />}
      initialValues={id ? undefined : { kind: 'outbound_exchange', destinations: [] }}
      sections={[
        { key: 'basics', title: t('form.basics'), children: basics },
        { key: 'destinations', title: t('scheme.destinations'), children: destinations },
      ]}
      onValuesChange={draft.markDirty}
      onFinish={submit}
      saving={saving}
      isDirty={draft.isDirty}
      cancelTo={id ? `/schemes/${id}` : '/schemes'}
    />
  )
}

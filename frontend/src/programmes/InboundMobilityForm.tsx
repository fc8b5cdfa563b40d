import { Col, DatePicker, Form, Input, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useText } from '../app/LanguageContext'
import { FormPage } from '../ui/FormPage'
import { UnitPicker } from '../ui/Pickers'
import { FormNotices } from './parts'
import { isoDate } from './pickers'
import { usePartnerOptions } from './queries'
import { MOBILITY_TYPES, type InboundMobilityRequest } from './types'
import { useProgrammeForm } from './useProgrammeForm'
import { inboundWords, useWords } from './words'

const FIELDS = new Set(['mobilityType', 'academicYear', 'participantName', 'participantId', 'homeUnit', 'institutionId',
  'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'])
const isShownField = (name: (string | number)[]) => name.length === 1 && FIELDS.has(String(name[0]))

/** The academic year a stay starting today would belong to: 2026/27 from September 2026 to August 2027. */
export function currentAcademicYear(today: Date): string {
  const start = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`
}

/** The office records an exchange student or visiting teacher coming to us (outbound stays come from confirmed applications). */
export function InboundMobilityFormPage() {
  const { t } = useTranslation()
  const text = useText()
  const [form] = Form.useForm<InboundMobilityRequest>()
  const partners = usePartnerOptions()
  const words = useWords(inboundWords)
  const { draft, errors, saving, submit } = useProgrammeForm({
    form, record: undefined, toValues: (values: InboundMobilityRequest) => values, words, isShownField,
    save: async (body: InboundMobilityRequest) => unwrap(await api.POST('/api/programmes/mobilities', { body })),
    invalidate: [['programmes', 'mobilities']],
    savedText: t('inbound.saved'),
    next: (saved) => `/mobilities/${saved.id}`,
  })
  const required = [{ required: true, message: t('form.required') }]
  const partnerChoices = (partners.data ?? []).map((p) => ({
    value: p.id ?? '', label: [text(p.name), p.country].filter(Boolean).join(' · '), search: `${p.name?.zh ?? ''} ${p.name?.en ?? ''}`,
  }))
  const participant = (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="participantName" label={t('inbound.participantName')} rules={required} extra={t('inbound.participantNameHint')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="participantId" label={t('inbound.participantId')} extra={t('inbound.participantIdHint')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="institutionId" label={t('inbound.institution')} rules={required}>
          <Select showSearch={{ optionFilterProp: 'search' }} loading={partners.isPending} options={partnerChoices}
            placeholder={t('scheme.chooseInstitution')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="homeUnit" label={t('inbound.homeUnit')} rules={required} extra={t('inbound.homeUnitHint')}>
          <UnitPicker />
        </Form.Item>
      </Col>
    </Row>
  )
  const stay = (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="mobilityType" label={t('mobility.mobilityType')} rules={required}>
          <Select options={MOBILITY_TYPES.map((type) => ({ value: type, label: t(`mobilityType.${type}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="academicYear" label={t('mobility.academicYear')}
          rules={[...required, { pattern: /^\d{4}\/\d{2}$/, message: t('inbound.academicYearFormat') }]}>
          <Input placeholder="2026/27" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}><Form.Item name="plannedStart" label={t('mobility.plannedStart')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name="plannedEnd" label={t('mobility.plannedEnd')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name="actualStart" label={t('mobility.actualStart')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name="actualEnd" label={t('mobility.actualEnd')} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
    </Row>
  )
  return (
    <FormPage<InboundMobilityRequest>
      id="inbound-form"
      title={t('inbound.title')}
      form={form}
      notices={<FormNotices restored={draft.restored} errors={errors} />}
      initialValues={{ mobilityType: 'student_study', academicYear: currentAcademicYear(new Date()) }}
      sections={[
        { key: 'participant', title: t('inbound.participant'), children: participant },
        { key: 'stay', title: t('inbound.stay'), children: stay },
      ]}
      onValuesChange={draft.markDirty}
      onFinish={submit}
      saving={saving}
      isDirty={draft.isDirty}
      cancelTo="/mobilities?direction=inbound"
    />
  )
}

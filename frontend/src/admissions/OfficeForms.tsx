import { useState } from 'react'
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row, Select, Spin, type FormInstance } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { admissionsApi as api, unwrap } from '../api/client'
import { ApiError } from '../api/problem'
import { useText } from '../app/LanguageContext'
import { ErrorSummary } from '../forms/ErrorSummary'
import { isoDate } from '../forms/pickers'
import { showServerErrors, withoutBlanks } from '../forms/serverErrors'
import { useFormDraft } from '../forms/useFormDraft'
import type { FieldWords } from '../ui/fieldNames'
import { FormPage } from '../ui/FormPage'
import { intakeKey, programmeKey, useIntake, useProgramme, useProgrammeOptions } from './queries'
import {
  DOCUMENT_KINDS, INSTRUCTION_LANGUAGES, PROGRAMME_LEVELS, type IntakeRequest, type IntakeResponse, type ProgrammeRequest, type ProgrammeResponse,
} from './types'
import { admissionsProblemText, intakeWords, programmeWords } from './words'

/** What both office forms share: the kept draft, saving with blanks left out, refusals in words, then on to the record. */
function useOfficeForm<R, V, Saved extends { id?: string }>(options: {
  form: FormInstance<V>
  record: R | undefined
  toValues: (record: R) => V
  save: (values: V) => Promise<Saved>
  invalidate: readonly (readonly unknown[])[]
  savedText: string
  next: (saved: Saved) => string
  words: FieldWords
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<string[]>([])
  const draft = useFormDraft(options.form, options.record, options.toValues)
  const mutation = useMutation({
    mutationFn: (values: V) => options.save(withoutBlanks(values)),
    onSuccess: async (saved) => {
      draft.markSaved()
      for (const key of options.invalidate) await queryClient.invalidateQueries({ queryKey: key })
      void message.success(options.savedText)
      void navigate(options.next(saved))
    },
    onError: (error) => setErrors(error instanceof ApiError && error.status !== 412 && (error.problem?.errors?.length ?? 0) > 0
      ? showServerErrors(options.form, error, () => true, options.words, t) : [admissionsProblemText(error, t)]),
  })
  const notices = <>
    {draft.restored && <Alert type="info" showIcon title={t('form.draftRestored')} style={{ marginBottom: 16 }} closable />}
    <ErrorSummary errors={errors} />
  </>
  return { draft, notices, saving: mutation.isPending, submit: () => { setErrors([]); mutation.mutate(options.form.getFieldsValue(true)) } }
}

export const toProgrammeValues = (record: ProgrammeResponse): ProgrammeRequest => ({
  code: record.code, name: record.name, level: record.level, language: record.language, durationMonths: record.durationMonths,
  tuition: record.tuition ?? { amount: 0, currency: 'CNY' }, languageRequirement: record.languageRequirement,
  requiredDocuments: record.requiredDocuments ?? [],
})

/** A degree programme added or changed: code, names, level, language, duration, tuition, test minimum, documents. */
export function ProgrammeFormPage() {
  const { id } = useParams()
  const { t } = useTranslation()
  const [form] = Form.useForm<ProgrammeRequest>()
  const existing = useProgramme(id)
  const { draft, notices, saving, submit } = useOfficeForm({
    form, record: existing.data?.record, toValues: toProgrammeValues, words: programmeWords(t),
    save: async (body: ProgrammeRequest) => (id
      ? unwrap(await api.PUT('/api/admissions/programmes/{id}', { params: { path: { id }, header: { 'If-Match': existing.data?.etag } }, body }))
      : unwrap(await api.POST('/api/admissions/programmes', { body }))),
    invalidate: [['admissions', 'programmes'], ...(id ? [programmeKey(id)] : [])],
    savedText: t('admProgramme.saved'),
    next: (saved) => `/admission-programmes/${saved.id}`,
  })
  if (id && existing.isPending) return <Spin />
  if (id && existing.isError) return <Alert type="error" showIcon title={t('common.error')} description={admissionsProblemText(existing.error, t)} />
  const required = [{ required: true, message: t('form.required') }]
  return (
    <FormPage<ProgrammeRequest>
      id="admission-programme-form"
      title={id ? t('admProgramme.editTitle') : t('admProgramme.newTitle')}
      form={form}
      notices={notices}
      initialValues={id ? undefined : { level: 'bachelor', language: 'en', tuition: { amount: 0, currency: 'CNY' }, requiredDocuments: ['passport'] }}
      sections={[
        { key: 'basics', title: t('form.basics'), children: (
          <Row gutter={16}>
            <Col xs={24} md={8}><Form.Item name="code" label={t('admProgramme.code')} rules={[...required, { pattern: /^[A-Z0-9][A-Z0-9-]*$/, message: t('fieldError.pattern') }]}
              normalize={(value?: string) => value?.toUpperCase()}><Input maxLength={40} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name="level" label={t('admProgramme.level')} rules={required}>
              <Select options={PROGRAMME_LEVELS.map((level) => ({ value: level, label: t(`programmeLevel.${level}`) }))} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name="language" label={t('admProgramme.language')} rules={required}>
              <Select options={INSTRUCTION_LANGUAGES.map((language) => ({ value: language, label: t(`instructionLanguage.${language}`) }))} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item name={['name', 'zh']} label={t('admProgramme.nameZh')} rules={required}><Input lang="zh-CN" maxLength={300} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item name={['name', 'en']} label={t('admProgramme.nameEn')} rules={required}><Input lang="en" maxLength={300} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name="durationMonths" label={t('admProgramme.durationMonths')} rules={required}><InputNumber min={1} max={120} style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name={['tuition', 'amount']} label={t('admProgramme.tuitionAmount')} rules={required}><InputNumber min={0} step={1000} style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name={['tuition', 'currency']} label={t('admProgramme.currency')} rules={[...required, { pattern: /^[A-Z]{3}$/, message: t('fieldError.pattern') }]}
              normalize={(value?: string) => value?.toUpperCase()}><Input maxLength={3} /></Form.Item></Col>
          </Row>
        ) },
        { key: 'requirements', title: t('admProgramme.languageRequirement'), children: (
          <Row gutter={16}>
            <Col xs={24} md={8}><Form.Item name={['languageRequirement', 'minIelts']} label={t('admProgramme.minIelts')}><InputNumber min={0} max={9} step={0.5} style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name={['languageRequirement', 'minToefl']} label={t('admProgramme.minToefl')}><InputNumber min={0} max={120} style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name={['languageRequirement', 'minHsk']} label={t('admProgramme.minHsk')}><InputNumber min={1} max={9} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={24}><Form.Item name="requiredDocuments" label={t('admProgramme.requiredDocuments')}>
              <Select mode="multiple" options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`documentKind.${kind}`) }))} /></Form.Item></Col>
          </Row>
        ) },
      ]}
      onValuesChange={draft.markDirty}
      onFinish={submit}
      saving={saving}
      isDirty={draft.isDirty}
      cancelTo={id ? `/admission-programmes/${id}` : '/admission-programmes'}
    />
  )
}

export const toIntakeValues = (record: IntakeResponse): IntakeRequest => ({
  programmeId: record.programmeId, startsOn: record.startsOn, applicationsOpen: record.applicationsOpen ?? '',
  applicationsClose: record.applicationsClose ?? '', places: record.places,
})

/** An intake added to a programme or changed: start, application window, places (its programme stays once it exists). */
export function IntakeFormPage() {
  const { id } = useParams()
  const [search] = useSearchParams()
  const { t } = useTranslation()
  const text = useText()
  const [form] = Form.useForm<IntakeRequest>()
  const existing = useIntake(id)
  const programmes = useProgrammeOptions()
  const { draft, notices, saving, submit } = useOfficeForm({
    form, record: existing.data?.record, toValues: toIntakeValues, words: intakeWords(t),
    save: async (body: IntakeRequest) => (id
      ? unwrap(await api.PUT('/api/admissions/intakes/{id}', { params: { path: { id }, header: { 'If-Match': existing.data?.etag } }, body }))
      : unwrap(await api.POST('/api/admissions/intakes', { body }))),
    invalidate: [['admissions', 'intakes'], ...(id ? [intakeKey(id)] : [])],
    savedText: t('admIntake.saved'),
    next: (saved) => `/intakes/${saved.id}`,
  })
  if (id && existing.isPending) return <Spin />
  if (id && existing.isError) return <Alert type="error" showIcon title={t('common.error')} description={admissionsProblemText(existing.error, t)} />
  const required = [{ required: true, message: t('form.required') }]
  return (
    <FormPage<IntakeRequest>
      id="intake-form"
      title={id ? t('admIntake.editTitle') : t('admIntake.newTitle')}
      form={form}
      notices={notices}
      initialValues={id ? undefined : { programmeId: search.get('programmeId') ?? undefined, places: 30 }}
      sections={[{ key: 'basics', title: t('form.basics'), children: (
        <Row gutter={16}>
          <Col span={24}><Form.Item name="programmeId" label={t('admIntake.programme')} rules={required}>
            <Select disabled={!!id} showSearch={{ optionFilterProp: 'search' }} loading={programmes.isPending} placeholder={t('admIntake.chooseProgramme')}
              options={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${text(p.name) ?? ''}`, search: `${p.code} ${p.name.zh} ${p.name.en}` }))} />
          </Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="startsOn" label={t('admIntake.startsOn')} rules={required} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="applicationsOpen" label={t('admIntake.applicationsOpen')} rules={required} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="applicationsClose" label={t('admIntake.applicationsClose')} rules={required} {...isoDate}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="places" label={t('admIntake.places')} rules={required}><InputNumber min={1} max={10000} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
      ) }]}
      onValuesChange={draft.markDirty}
      onFinish={submit}
      saving={saving}
      isDirty={draft.isDirty}
      cancelTo={id ? `/intakes/${id}` : '/intakes'}
    />
  )
}

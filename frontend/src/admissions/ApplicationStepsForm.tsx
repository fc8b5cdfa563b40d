import { useState } from 'react'
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Spin, Steps } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { admissionsApi as api } from '../api/client'
import { useText } from '../app/LanguageContext'
import { isoDate } from '../forms/pickers'
import { showServerErrors } from '../forms/serverErrors'
import { useFormDraft } from '../forms/useFormDraft'
import { FormPage } from '../ui/FormPage'
import { ErrorSummary } from '../forms/ErrorSummary'
import { ApiError } from '../api/problem'
import { intakeName } from './parts'
import { applicationKey, MY_APPLICATIONS, useAdmissionApplication, useIntakeOptions, useMyAdmissionApplications, withEtag } from './queries'
import {
  FORM_STEPS, incompleteSteps, nextStep, partOf, previousStep, stepFrom, toApplicationRequest, toApplicationValues,
  type ApplicationValues, type FormStep,
} from './rules'
import { FUNDING_TYPES, LANGUAGE_TESTS, type ApplicationResponse } from './types'
import { admissionsProblemText, applicationWords } from './words'

const COUNTRY = { pattern: /^[A-Za-z]{2}$/, transform: (value?: string) => value?.trim() }

/** The applicant's draft, one step at a time: each "Save and continue" saves the whole draft (If-Match) and opens the next step. */
export function ApplicationStepsForm() {
  const mine = useMyAdmissionApplications()
  const application = useAdmissionApplication(mine.data?.[0]?.id)
  const { t } = useTranslation()
  if (mine.isPending || application.isPending) return <Spin />
  if (!application.data) return <Alert type="error" showIcon title={t('common.error')} description={admissionsProblemText(mine.error ?? application.error ?? new Error(t('admProblem.not-found')), t)} />
  return <StepsForm record={application.data.record} etag={application.data.etag} />
}

function StepsForm({ record, etag }: { record: ApplicationResponse; etag?: string }) {
  const { t } = useTranslation()
  const text = useText()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [search, setSearch] = useSearchParams()
  const step = stepFrom(search.get('step'))
  const [form] = Form.useForm<ApplicationValues>()
  const [errors, setErrors] = useState<string[]>([])
  const [currentEtag, setEtag] = useState(etag)
  const draft = useFormDraft(form, record, toApplicationValues)
  const intakes = useIntakeOptions()
  const words = applicationWords(t)
  const funding = Form.useWatch(['funding', 'type'], form)
  const incomplete = incompleteSteps(record.missing)
  const required = [{ required: true, message: t('form.required') }]
  const goTo = (next: FormStep) => setSearch(next === 'personal' ? {} : { step: next }, { replace: false })

  const save = useMutation({
    mutationFn: async (values: ApplicationValues) => withEtag<ApplicationResponse>(await api.PUT('/api/admissions/applications/{id}', {
      params: { path: { id: record.id }, header: { 'If-Match': currentEtag } }, body: toApplicationRequest(values),
    })),
    onSuccess: async (saved) => {
      setErrors([])
      setEtag(saved.etag)
      draft.markSaved()
      queryClient.setQueryData(applicationKey(record.id), saved)
      await queryClient.invalidateQueries({ queryKey: MY_APPLICATIONS })
      void message.success(t('admForm.saved'))
      const next = nextStep(step)
      if (next) goTo(next)
      else void navigate('/my-admission')
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status !== 412 && (error.problem?.errors?.length ?? 0) > 0) {
        setErrors(showServerErrors(form, error, (name) => partOf(name.map(String).join('.')) === step, words, t))
      } else setErrors([admissionsProblemText(error, t)])
    },
  })

  const open = (intakes.data ?? []).filter((intake) => intake.takingApplications
    || (record.choices ?? []).some((choice) => choice.intakeId === intake.id))
  const sections: Record<FormStep, React.ReactNode> = {
    personal: (
      <>
        <Alert type="info" showIcon title={t('admForm.namesHint')} style={{ marginBottom: 16 }} />
        <Row gutter={16}>
          <Col xs={24} md={12}><Form.Item name="surname" label={t('admApplication.surname')} rules={[{ max: 100 }]}><Input autoComplete="family-name" /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="givenNames" label={t('admApplication.givenNames')} rules={[{ max: 200 }]}><Input autoComplete="given-name" /></Form.Item></Col>
          <Col xs={24} md={12}>
            <Form.Item name="nationality" label={t('admApplication.nationality')} extra={t('admForm.nationalityHint')}
              rules={[{ ...COUNTRY, message: t('fieldError.pattern') }]} normalize={(value?: string) => value?.toUpperCase()}>
              <Input maxLength={2} style={{ width: 120 }} autoComplete="country" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="dateOfBirth" label={t('admApplication.dateOfBirth')} {...isoDate}>
              <DatePicker style={{ width: 200 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="passportNumber" label={t('admApplication.passportNumber')}
              extra={record.passport?.number ? t('admForm.passportOnFile', { number: record.passport.number, expiry: record.passport.expiry ?? '—' }) : t('admForm.passportHint')}
              rules={[{ pattern: /^[A-Za-z0-9]{5,20}$/, message: t('fieldError.pattern') }]} normalize={(value?: string) => value?.toUpperCase().trim()}>
              <Input maxLength={20} style={{ width: 240 }} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="passportExpiry" label={t('admApplication.passportExpiry')} {...isoDate}>
              <DatePicker style={{ width: 200 }} />
            </Form.Item>
          </Col>
        </Row>
      </>
    ),
    education: (
      <Form.List name="education">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={12} key={field.key} className="form-entry">
                <Col xs={24} md={16}><Form.Item name={[field.name, 'institution']} label={`${t('admApplication.institution')} ${index + 1}`} rules={[...required, { max: 300 }]}><Input /></Form.Item></Col>
                <Col xs={24} md={8}><Form.Item name={[field.name, 'country']} label={`${t('admApplication.country')} ${index + 1}`} rules={[...required, { ...COUNTRY, message: t('fieldError.pattern') }]}
                  extra={t('admForm.countryHint')} normalize={(value?: string) => value?.toUpperCase()}><Input maxLength={2} style={{ width: 120 }} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name={[field.name, 'qualification']} label={`${t('admApplication.qualification')} ${index + 1}`} rules={[...required, { max: 200 }]}><Input /></Form.Item></Col>
                <Col xs={12} md={5}><Form.Item name={[field.name, 'fromYear']} label={`${t('admApplication.fromYear')} ${index + 1}`} rules={required}><InputNumber min={1950} max={2100} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={12} md={5}><Form.Item name={[field.name, 'toYear']} label={`${t('admApplication.toYear')} ${index + 1}`} extra={t('admForm.stillStudying')}><InputNumber min={1950} max={2100} style={{ width: '100%' }} /></Form.Item></Col>
                <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                  <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('admForm.removeEducation', { n: index + 1 })} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>{t('admForm.addEducation')}</Button>
          </>
        )}
      </Form.List>
    ),
    languageTests: (
      <>
        <Alert type="info" showIcon title={t('admForm.testHint')} style={{ marginBottom: 16 }} />
        <Form.List name="languageTests">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={12} key={field.key}>
                  <Col xs={24} md={7}><Form.Item name={[field.name, 'type']} label={`${t('admApplication.testType')} ${index + 1}`} rules={required}>
                    <Select options={LANGUAGE_TESTS.map((test) => ({ value: test, label: test }))} /></Form.Item></Col>
                  <Col xs={24} md={7}><Form.Item name={[field.name, 'result']} label={`${t('admApplication.result')} ${index + 1}`} rules={required}>
                    <InputNumber min={0} max={120} step={0.5} style={{ width: '100%' }} /></Form.Item></Col>
                  <Col xs={24} md={8}><Form.Item name={[field.name, 'takenOn']} label={`${t('admApplication.takenOn')} ${index + 1}`} rules={required} {...isoDate}>
                    <DatePicker style={{ width: '100%' }} /></Form.Item></Col>
                  <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                    <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('admForm.removeTest', { n: index + 1 })} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>{t('admForm.addTest')}</Button>
            </>
          )}
        </Form.List>
      </>
    ),
    funding: (
      <>
        <Alert type="info" showIcon title={t('admForm.fundingHint')} style={{ marginBottom: 16 }} />
        <Form.Item name={['funding', 'type']} label={t('admApplication.funding')}>
          <Select allowClear options={FUNDING_TYPES.map((type) => ({ value: type, label: t(`fundingType.${type}`) }))} />
        </Form.Item>
        {funding === 'csc_type_a' && (
          <Form.Item name={['funding', 'dispatchingAuthority']} label={t('admApplication.dispatchingAuthority')} rules={[...required, { max: 300 }]}><Input /></Form.Item>
        )}
        {funding === 'foreign_government' && (
          <Row gutter={16}>
            <Col xs={24} md={16}><Form.Item name={['funding', 'sponsorName']} label={t('admApplication.sponsorName')} rules={[...required, { max: 300 }]}><Input /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item name={['funding', 'sponsorCountry']} label={t('admApplication.sponsorCountry')} rules={[...required, { ...COUNTRY, message: t('fieldError.pattern') }]}
              normalize={(value?: string) => value?.toUpperCase()}><Input maxLength={2} /></Form.Item></Col>
          </Row>
        )}
      </>
    ),
    choices: (
      <>
        <Alert type="info" showIcon title={t('admForm.choicesHint')} style={{ marginBottom: 16 }} />
        <Form.List name="choices">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={12} key={field.key} align="middle">
                  <Col flex="auto">
                    <Form.Item name={[field.name, 'intakeId']} label={t('admApplication.choice', { n: index + 1 })} rules={required}>
                      <Select loading={intakes.isPending} options={open.map((intake) => ({ value: intake.id, label: intakeName(intake, text, t) }))} />
                    </Form.Item>
                  </Col>
                  <Col>
                    {index > 0 && <Button type="text" aria-label={t('admForm.moveUp', { n: index + 1 })} onClick={() => { move(index, index - 1); draft.markDirty() }}>↑</Button>}
                    <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('admForm.removeChoice', { n: index + 1 })} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              {fields.length < 3 && <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>{t('admForm.addChoice')}</Button>}
            </>
          )}
        </Form.List>
      </>
    ),
  }
  const previous = previousStep(step)
  const index = FORM_STEPS.indexOf(step)
  return (
    <FormPage<ApplicationValues>
      id="admission-form"
      title={t('admForm.title')}
      form={form}
      notices={<>
        <nav aria-label={t('admForm.title')}>
          <Steps size="small" current={index} style={{ marginBottom: 16 }}
            onChange={(to) => goTo(FORM_STEPS[to]!)}
            items={FORM_STEPS.map((key, i) => ({
              title: t(`admForm.step.${key}`),
              status: i === index ? 'process' : incomplete.has(key) ? 'error' : 'finish',
            }))} />
        </nav>
        {draft.restored && <Alert type="info" showIcon title={t('form.draftRestored')} style={{ marginBottom: 16 }} closable />}
        <ErrorSummary errors={errors} />
      </>}
      sections={[{ key: step, title: t(`admForm.step.${step}`), children: sections[step] }]}
      onValuesChange={draft.markDirty}
      onFinish={() => { setErrors([]); save.mutate(form.getFieldsValue(true)) }}
      saving={save.isPending}
      saveText={nextStep(step) ? t('admForm.saveContinue') : t('admForm.saveFinish')}
      extraActions={previous && <Button onClick={() => goTo(previous)}>{t('admForm.back')}</Button>}
      isDirty={draft.isDirty}
      cancelTo="/my-admission"
    />
  )
}

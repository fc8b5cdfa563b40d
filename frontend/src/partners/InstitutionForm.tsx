import { useState } from 'react'
import { Alert, App, Button, Col, Form, Input, Row, Select, Space, Spin, Typography } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Navigate, useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { ApiError } from '../api/problem'
import { INSTITUTION_KINDS, type InstitutionRequest, type InstitutionResponse, type InstitutionStatus } from '../api/types'
import { useLanguage } from '../app/LanguageContext'
import { canEditInstitutions } from '../app/roles'
import { ErrorSummary } from '../forms/ErrorSummary'
import { showServerErrors, withoutBlanks } from '../forms/serverErrors'
import { institutionWords } from './useInstitutionWords'
import { useFormDraft } from '../forms/useFormDraft'
import { FormPage } from '../ui/FormPage'
import { StateTag } from '../ui/StateTag'
import type { Bilingual } from '../ui/BilingualName'
import { useCountries } from './useCountries'
import { PersonPicker } from '../ui/Pickers'

type Values = InstitutionRequest

function toValues(record: InstitutionResponse): Values {
  const { name, localName, abbreviation, country, city, kind, rorId, schacCode, erasmusCode, website, contacts, units, tags, owner } = record
  // Every stored contact and unit has its name (the request requires it), though the response schema cannot say so.
  return {
    name, localName, abbreviation, country, city, kind, rorId, schacCode, erasmusCode, website, tags, owner,
    contacts: contacts as Values['contacts'], units: units as Values['units'],
  }
}

/** The names, in the user's language, of the registered institutions a probable-duplicate problem lists. */
function registeredNames(duplicates: unknown, language: string): string[] {
  if (!Array.isArray(duplicates)) return []
  return duplicates.flatMap((duplicate: { name?: Partial<Bilingual> }) => {
    const name = language === 'zh-CN' ? duplicate?.name?.zh : duplicate?.name?.en
    return name ? [name] : []
  })
}

export function InstitutionFormPage() {
  const { id } = useParams()
  const me = useMe()
  if (me.data && !canEditInstitutions(me.data.roles)) return <Navigate to="/partners" replace />
  return <InstitutionForm id={id} />
}

export function InstitutionForm({ id }: { id?: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  // From App (not the static Modal/message): they follow the ConfigProvider's theme and language.
  const { message, modal } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const countries = useCountries()
  const [topErrors, setTopErrors] = useState<string[]>([])

  const existing = useQuery({
    queryKey: ['institution', id],
    enabled: id !== undefined,
    queryFn: async () => {
      const result = await api.GET('/api/partners/institutions/{id}', { params: { path: { id: id! } } })
      return { record: unwrap(result) as InstitutionResponse, etag: result.response.headers.get('ETag') }
    },
  })

  const draft = useFormDraft(form, existing.data?.record, toValues)

  const save = useMutation({
    mutationFn: async ({ values, confirmDuplicate }: { values: Values; confirmDuplicate: boolean }) => {
      const body = withoutBlanks(values)
      if (id) {
        return unwrap(await api.PUT('/api/partners/institutions/{id}', {
          params: { path: { id }, query: { confirmDuplicate }, header: { 'If-Match': existing.data?.etag ?? undefined } },
          body,
        }))
      }
      return unwrap(await api.POST('/api/partners/institutions', { params: { query: { confirmDuplicate } }, body }))
    },
    onSuccess: async () => {
      draft.markSaved()
      await queryClient.invalidateQueries({ queryKey: ['institutions'] })
      await queryClient.invalidateQueries({ queryKey: ['institution', id] })
      void message.success(t('form.saved'))
      void navigate('/partners')
    },
    onError: (error, variables) => {
      if (error instanceof ApiError && error.status === 409 && !variables.confirmDuplicate && /duplicate/i.test(`${error.problem?.type ?? ''} ${error.problem?.title ?? ''}`)) {
        // The service's detail is English; the registered institutions it names are shown by name instead.
        const names = registeredNames(error.problem?.duplicates, language)
        modal.confirm({
          title: t('form.duplicate'),
          content: names.length > 0 ? <>{t('form.duplicateOf')}<ul>{names.map((name) => <li key={name}>{name}</li>)}</ul></> : undefined,
          okText: t('common.save'),
          cancelText: t('common.cancel'),
          onOk: () => save.mutate({ values: variables.values, confirmDuplicate: true }),
        })
        return
      }
      setTopErrors(showServerErrors(form, error, isShownField, institutionWords(t), t))
    },
  })

  const transition = useMutation({
    mutationFn: async (to: InstitutionStatus) => unwrap(await api.POST('/api/partners/institutions/{id}/transitions', {
      params: { path: { id: id! }, header: { 'If-Match': existing.data?.etag ?? undefined } },
      body: { to },
    })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['institution', id] })
      await queryClient.invalidateQueries({ queryKey: ['institutions'] })
      void message.success(t('form.saved'))
    },
    onError: (error) => setTopErrors(showServerErrors(form, error, isShownField, institutionWords(t), t)),
  })

  if (id && existing.isLoading) return <Spin />
  if (id && existing.isError) return <Alert type="error" showIcon title={t('common.error')} description={existing.error.message} />

  const countryOptions = (countries.data ?? []).map((c) => ({
    value: c.code,
    label: language === 'zh-CN' ? c.name?.zh : c.name?.en,
    search: `${c.code} ${c.name?.zh ?? ''} ${c.name?.en ?? ''}`,
  }))
  const required = [{ required: true, message: t('form.required') }]

  const basics = (
    <Row gutter={16}>
      <Col xs={24} md={12}><Form.Item name={['name', 'zh']} label={t('form.nameZh')} rules={required}><Input lang="zh-CN" /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name={['name', 'en']} label={t('form.nameEn')} rules={required}><Input lang="en" /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name="localName" label={t('form.localName')}><Input /></Form.Item></Col>
      <Col xs={24} md={6}><Form.Item name="abbreviation" label={t('form.abbreviation')}><Input /></Form.Item></Col>
      <Col xs={24} md={6}>
        <Form.Item name="kind" label={t('partners.kind')} rules={required}>
          <Select options={INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="country" label={t('partners.country')} rules={required}>
          <Select showSearch={{ optionFilterProp: 'search' }} options={countryOptions} loading={countries.isLoading} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}><Form.Item name="city" label={t('form.city')}><Input /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name="website" label={t('form.website')}><Input inputMode="url" placeholder="https://" /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item name="owner" label={t('partners.owner')}><PersonPicker /></Form.Item></Col>
    </Row>
  )
  const identifiers = (
    <Row gutter={16}>
      <Col xs={24} md={8}><Form.Item name="rorId" label={t('form.rorId')}><Input /></Form.Item></Col>
      <Col xs={24} md={8}><Form.Item name="schacCode" label={t('form.schacCode')}><Input /></Form.Item></Col>
      <Col xs={24} md={8}><Form.Item name="erasmusCode" label={t('form.erasmusCode')}><Input /></Form.Item></Col>
      <Col span={24}><Form.Item name="tags" label={t('form.tags')}><Select mode="tags" open={false} suffixIcon={null} /></Form.Item></Col>
    </Row>
  )
  const contacts = (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Row gutter={12} key={field.key} align="top">
              <Col xs={24} md={6}><Form.Item name={[field.name, 'name']} label={`${t('form.contactName')} ${index + 1}`} rules={required}><Input /></Form.Item></Col>
              <Col xs={24} md={5}><Form.Item name={[field.name, 'role']} label={`${t('form.contactRole')} ${index + 1}`}><Input /></Form.Item></Col>
              <Col xs={24} md={6}><Form.Item name={[field.name, 'email']} label={`${t('form.contactEmail')} ${index + 1}`}><Input inputMode="email" /></Form.Item></Col>
              <Col xs={24} md={5}><Form.Item name={[field.name, 'phone']} label={`${t('form.contactPhone')} ${index + 1}`}><Input inputMode="tel" /></Form.Item></Col>
              <Col xs={24} md={2} style={{ paddingTop: 30 }}>
                <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={`${t('form.removeContact')} ${index + 1}`} onClick={() => remove(field.name)} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{t('form.addContact')}</Button>
        </>
      )}
    </Form.List>
  )

  const record = existing.data?.record
  return (
    <FormPage<Values>
      id="institution-form"
      title={id ? t('partners.editTitle') : t('partners.newTitle')}
      form={form}
      notices={<>
        {record && (
          <Space wrap style={{ marginBottom: 16 }} aria-label={t('form.statusActions')} role="group">
            <Typography.Text>{t('common.labelValue', { label: t('partners.status'), value: '' })}</Typography.Text>
            <StateTag state={record.status} label={t(`status.${record.status}`)} />
            {(record.allowedTransitions ?? []).map((to) => (
              <Button key={to} loading={transition.isPending && transition.variables === to} onClick={() => transition.mutate(to)}>
                {t(`transition.${to}`)}
              </Button>
            ))}
          </Space>
        )}
        {draft.restored && <Alert type="info" showIcon title={t('form.draftRestored')} style={{ marginBottom: 16 }} closable />}
        <ErrorSummary errors={topErrors} />
      </>}
      sections={[
        { key: 'basics', title: t('form.basics'), children: basics },
        { key: 'identifiers', title: t('form.identifiers'), children: identifiers },
        { key: 'contacts', title: t('form.contacts'), children: contacts },
      ]}
      onValuesChange={draft.markDirty}
      onFinish={() => { setTopErrors([]); save.mutate({ values: form.getFieldsValue(true), confirmDuplicate: false }) }}
      saving={save.isPending}
      isDirty={draft.isDirty}
      cancelTo={id ? `/partners/${id}` : '/partners'}
    />
  )
}

/** The fields the form shows (a problem about any other field is listed at the top instead). */
function isShownField(name: (string | number)[]): boolean {
  const [first, second, third] = name
  if (first === 'name') return second === 'zh' || second === 'en'
  if (first === 'contacts') return typeof second === 'number' && ['name', 'role', 'email', 'phone'].includes(String(third))
  return ['localName', 'abbreviation', 'kind', 'country', 'city', 'website', 'owner', 'rorId', 'schacCode', 'erasmusCode', 'tags'].includes(String(first))
}

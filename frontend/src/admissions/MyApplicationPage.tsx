import { Alert, App, Button, Card, Flex, List, Spin, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { admissionsApi as api, unwrap } from '../api/client'
import { useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { ErrorSummary } from '../forms/ErrorSummary'
import { DetailPage } from '../ui/DetailPage'
import { useState } from 'react'
import { AdmissionLifecycle, AdmissionState, ApplicantDocuments, ApplicationFacts, OffersTable, intakeName, refusalLines } from './parts'
import { applicationKey, MY_APPLICATIONS, useAdmissionApplication, useIntakeOptions, useMyAdmissionApplications } from './queries'
import { documentKindOf, missingByPart, missingText, type Part } from './rules'
import type { ApplicationResponse, IntakeResponse, MissingItem } from './types'
import { admissionsProblemText, applicationWords } from './words'

/** The applicant's way in without an application: what it is, the programmes open today, and the start. */
function StartApplication({ open }: { open: IntakeResponse[] }) {
  const { t } = useTranslation()
  const text = useText()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<string[]>([])
  const start = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/admissions/applications', { body: {} })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: MY_APPLICATIONS })
      void message.success(t('admPortal.started'))
      void navigate('/my-admission/edit')
    },
    onError: (error) => setErrors(refusalLines(error, t)),
  })
  return (
    <section aria-labelledby="portal-title">
      <Typography.Title level={1} id="portal-title" className="page-title">{t('admPortal.title')}</Typography.Title>
      <Card style={{ maxWidth: 880, marginTop: 16 }}>
        <Typography.Paragraph>{t('admPortal.startHint')}</Typography.Paragraph>
        <ErrorSummary errors={errors} />
        <Typography.Title level={2} style={{ fontSize: 16 }}>{t('admPortal.openPrograms')}</Typography.Title>
        <List size="small" dataSource={open} locale={{ emptyText: t('admPortal.noOpen') }}
          renderItem={(intake) => <List.Item>{intakeName(intake, text, t)} · {t('admIntake.applicationsClose')}: {intake.applicationsClose}</List.Item>} />
        <Button type="primary" style={{ marginTop: 16 }} loading={start.isPending} onClick={() => start.mutate()}>{t('admPortal.start')}</Button>
      </Card>
    </section>
  )
}

/** What is still missing before submission, by step, each step a link into the form. */
function MissingList({ application }: { application: ApplicationResponse }) {
  const { t } = useTranslation()
  const words = applicationWords(t)
  const groups = missingByPart(application.missing)
  if (application.state !== 'draft') return null
  if (groups.length === 0) return <Alert type="success" showIcon title={t('admPortal.complete')} style={{ marginTop: 16 }} />
  // The documents still to upload make one line, not one per document.
  const documentsLine = (items: MissingItem[]) => ({
    line: t('admPortal.documentsMissing', { kinds: items.map((item) => documentKindOf(item, t)).join(t('chart.listSeparator')) }),
  })
  const partTitle = (part: Part) => (part === 'documents' ? t('admDocs.title') : t(`admForm.step.${part}`))
  return (
    <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t('admPortal.missingTitle')} description={(
      <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label={t('admPortal.missingTitle')}>
        {groups.flatMap(({ part, items }) => (part === 'documents' ? [documentsLine(items)] : items).map((item, index) => (
          <li key={`${part}-${index}`}>
            {'line' in item ? item.line : missingText(item, words, t)}{' '}
            <Link className="link-in-text" to={part === 'documents' ? '/my-admission?tab=documents' : `/my-admission/edit?step=${part}`}>
              {t('admPortal.goToStep', { step: partTitle(part) })}
            </Link>
          </li>
        )))}
      </ul>
    )} />
  )
}

/** The applicant's own application: where it stands, what is missing, documents to upload, offers to answer. */
export function MyApplicationPage() {
  const { t } = useTranslation()
  const text = useText()
  const navigate = useNavigate()
  const mine = useMyAdmissionApplications()
  const current = mine.data?.[0]
  const application = useAdmissionApplication(current?.id)
  const intakes = useIntakeOptions()
  const open = (intakes.data ?? []).filter((intake) => intake.takingApplications)
  if (mine.isPending || (current && application.isPending)) return <Spin />
  if (mine.isError || application.isError) {
    return <Alert type="error" showIcon title={t('common.error')} description={admissionsProblemText((mine.error ?? application.error)!, t)} />
  }
  if (!current || !application.data) return <StartApplication open={open} />
  const { record, etag } = application.data
  const invalidate = [applicationKey(record.id), MY_APPLICATIONS]
  const first = [...(record.choices ?? [])].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))[0]
  const names = [record.givenNames, record.surname].filter(Boolean).join(' ')
  return (
    <DetailPage
      id="my-admission"
      name={t('admPortal.title')}
      subtitle={names || undefined}
      state={<AdmissionState state={record.state} />}
      facts={[
        { key: 'first', label: t('admApplication.firstChoice'), value: first && intakeName((intakes.data ?? []).find((i) => i.id === first.intakeId), text, t) },
        { key: 'submitted', label: t('admApplication.submittedAt'), value: formatInstant(record.submittedAt) },
        { key: 'updated', label: t('admApplication.updatedAt'), value: formatInstant(record.updatedAt) },
      ]}
      actions={record.state === 'draft' && <Button onClick={() => navigate('/my-admission/edit')}>{t('admPortal.edit')}</Button>}
      tabs={[
        { key: 'application', label: t('admApplication.overview'), children: (
          <Flex vertical gap={16}>
            {record.decisionReason && <Alert type="info" showIcon title={t('admApplication.decisionReason')} description={record.decisionReason} />}
            <ApplicationFacts application={record} intakes={intakes.data ?? []} country={(code) => code ?? ''} />
          </Flex>
        ) },
        { key: 'documents', label: t('admDocs.title'), children: (
          <Flex vertical gap={12}>
            {record.state === 'submitted' && <Alert type="info" showIcon title={t('admPortal.submittedHint')} />}
            <ApplicantDocuments application={record} invalidate={invalidate} />
          </Flex>
        ) },
        { key: 'offers', label: t('admOffer.title'), children: (
          <OffersTable application={record} etag={etag} intakes={intakes.data ?? []} invalidate={invalidate} />
        ) },
      ]}
    >
      <MissingList application={record} />
      <AdmissionLifecycle application={record} etag={etag} needsReason={() => false} invalidate={invalidate} />
    </DetailPage>
  )
}

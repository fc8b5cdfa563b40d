import { useState } from 'react'
import { App, Button, Space, Table, Typography, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { admissionsApi as api, postForm, unwrap } from '../api/client'
import { ApiError } from '../api/problem'
import { useText } from '../app/LanguageContext'
import { ErrorSummary } from '../forms/ErrorSummary'
import { fieldErrorLine } from '../ui/fieldErrors'
import { Facts } from '../ui/Facts'
import { LifecyclePanel } from '../ui/LifecyclePanel'
import { StateTag } from '../ui/StateTag'
import { admissionSteps, daysUntil, missingText, offerStanding, todayInShanghai } from './rules'
import type { ApplicationResponse, ApplicationState, DocumentKind, DocumentStatus, IntakeResponse, OfferResponse, RequiredDocument } from './types'
import { admissionsProblemText, applicationWords } from './words'

/** An application's state as a Badge, named in the current language. */
export function AdmissionState({ state }: { state: ApplicationState }) {
  const { t } = useTranslation()
  return <StateTag state={state} label={t(`admState.${state}`)} />
}

/** A document's status as a Badge: missing needs action, uploaded is being checked, verified, rejected. */
export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation()
  return <StateTag state={`document_${status}`} label={t(`documentStatus.${status}`)} />
}

/** An intake by its programme's name and start: "Bachelor of Medicine… (MBBS, taught in English), starting 2027-09-01". */
export function intakeName(intake: IntakeResponse | undefined, text: (v?: { zh: string; en: string }) => string | undefined, t: TFunction): string {
  if (!intake) return '—'
  return t('admIntake.name', { programme: text(intake.programmeName) ?? intake.programmeCode ?? '', date: intake.startsOn })
}

/** A deadline with its days left in words (colour only as a second signal). */
export function DeadlineText({ deadline }: { deadline?: string }) {
  const { t } = useTranslation()
  if (!deadline) return <span>—</span>
  const days = daysUntil(deadline, todayInShanghai())
  const left = days < 0 ? t('admissions.passed') : days === 0 ? t('admissions.today') : t('admissions.days', { count: days })
  return <span>{deadline} · <Typography.Text type={days < 0 ? 'danger' : undefined} strong={days >= 0 && days <= 7}>{left}</Typography.Text></span>
}

/** A refused change in words: what is missing or wrong, field by field, else the refusal itself. */
export function refusalLines(error: Error, t: TFunction, lead?: string): string[] {
  const words = applicationWords(t)
  if (error instanceof ApiError && error.status !== 412 && (error.problem?.errors?.length ?? 0) > 0) {
    const lines = (error.problem?.errors ?? []).map((item) => (item.code === 'document-missing' || item.field === 'languageTests'
      ? missingText(item, words, t) : fieldErrorLine(item, words, t)))
    return [lead ?? admissionsProblemText(error, t), ...lines]
  }
  return [admissionsProblemText(error, t)]
}

/** The application's lifecycle: its steps, the transitions the service allows the caller now, refusals in words. */
export function AdmissionLifecycle({ application, etag, needsReason, invalidate }: {
  application: ApplicationResponse
  etag?: string
  needsReason: (to: ApplicationState) => boolean
  invalidate: readonly (readonly unknown[])[]
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<string[]>([])
  const move = useMutation({
    mutationFn: async ({ to, reason }: { to: ApplicationState; reason?: string }) => unwrap(await api.POST('/api/admissions/applications/{id}/transitions', {
      params: { path: { id: application.id }, header: { 'If-Match': etag } }, body: { to, reason },
    })),
    onSuccess: async (_, { to }) => {
      setErrors([])
      for (const key of invalidate) await queryClient.invalidateQueries({ queryKey: key })
      void message.success(t('admApplication.moved', { state: t(`admState.${to}`) }))
    },
    onError: (error) => setErrors(refusalLines(error, t, t('admApplication.incomplete'))),
  })
  return (
    <LifecyclePanel
      id="admission"
      title={t('admApplication.lifecycle')}
      current={application.state}
      steps={admissionSteps(application.state).map((step) => ({ ...step, title: t(`admState.${step.state}`) }))}
      transitions={application.allowedTransitions.map((to) => ({
        to, label: t(`admTransition.${to}`), needsReason: needsReason(to), danger: to === 'withdrawn' || to === 'rejected',
      }))}
      moving={move.isPending ? move.variables?.to : undefined}
      onMove={(to, reason) => move.mutate({ to: to as ApplicationState, reason })}
      errors={errors}
    />
  )
}

/** What the service accepts (platform Uploads: by content; admissions.documents.max-size). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
const TYPES = ['application/pdf', 'image/png', 'image/jpeg']

/** The first problem with a chosen file, checked here so the applicant need not wait for the service to say it. */
export function uploadProblem(file: { name: string; type?: string; size?: number }): 'onlyTypes' | 'tooLarge' | undefined {
  const byName = /\.(pdf|png|jpe?g)$/i.test(file.name)
  if (!TYPES.includes(file.type ?? '') && !byName) return 'onlyTypes'
  if ((file.size ?? 0) > MAX_UPLOAD_BYTES) return 'tooLarge'
  return undefined
}

/** Whether the applicant may upload a kind now: any while a draft; once submitted, only a missing or rejected one. */
export function mayUpload(state: ApplicationState, status: DocumentStatus | undefined): boolean {
  return state === 'draft' || (state === 'submitted' && (status === 'missing' || status === 'rejected'))
}

export const contentHref = (applicationId: string, documentId: string) =>
  `/api/admissions/applications/${applicationId}/documents/${documentId}/content`

/** The applicant's checklist: each required document with its status, the office's reason for a rejection, and an upload. */
export function ApplicantDocuments({ application, invalidate }: { application: ApplicationResponse; invalidate: readonly (readonly unknown[])[] }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<string[]>([])
  const upload = useMutation({
    mutationFn: async ({ kind, file }: { kind: DocumentKind; file: File }) => {
      const body = new FormData()
      body.set('kind', kind)
      body.set('file', file)
      return postForm(`/api/admissions/applications/${application.id}/documents`, body)
    },
    onSuccess: async () => {
      setErrors([])
      for (const key of invalidate) await queryClient.invalidateQueries({ queryKey: key })
      void message.success(t('admDocs.uploaded'))
    },
    onError: (error) => setErrors(refusalLines(error, t)),
  })
  const rows = application.documents ?? []
  return (
    <div>
      <ErrorSummary errors={errors} />
      <Table<RequiredDocument> size="middle" pagination={false} rowKey={(row) => row.kind ?? ''} dataSource={rows} tableLayout="fixed"
        locale={{ emptyText: t('admDocs.none') }}
        columns={[
          { key: 'kind', title: t('admDocs.kind'), width: 220, render: (_, row) => t(`documentKind.${row.kind!}`) },
          { key: 'status', title: t('admDocs.status'), width: 200, render: (_, row) => <DocumentStatusTag status={row.status ?? 'missing'} /> },
          { key: 'reason', title: t('admDocs.reason'), render: (_, row) => (row.status === 'rejected' && row.rejectionReason
            ? <Typography.Text type="danger">{row.rejectionReason}</Typography.Text> : '—') },
          { key: 'file', title: t('admDocs.file'), width: 110, render: (_, row) => (row.documentId
            ? <a href={contentHref(application.id, row.documentId)} download
              aria-label={t('common.labelValue', { label: t('admDocs.open'), value: t(`documentKind.${row.kind!}`) })}>{t('admDocs.open')}</a> : '—') },
          { key: 'upload', title: t('common.actions'), width: 170, render: (_, row) => (mayUpload(application.state, row.status) ? (
            <Upload showUploadList={false} accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
              beforeUpload={(file) => {
                const problem = uploadProblem(file)
                if (problem) setErrors([t(`admDocs.${problem}`)])
                else upload.mutate({ kind: row.kind!, file })
                return false
              }}>
              <Button size="small" icon={<UploadOutlined aria-hidden />} loading={upload.isPending && upload.variables?.kind === row.kind}
                aria-label={t('admDocs.uploadLabel', { kind: t(`documentKind.${row.kind!}`) })}>
                {row.status === 'missing' ? t('admDocs.upload') : row.status === 'rejected' ? t('admDocs.uploadAgain') : t('admDocs.replace')}
              </Button>
            </Upload>
          ) : null) },
        ]} />
    </div>
  )
}

/** The offers made on an application, each for one choice; its applicant accepts or declines an open one. */
export function OffersTable({ application, etag, intakes, invalidate }: {
  application: ApplicationResponse
  etag?: string
  intakes: IntakeResponse[]
  invalidate: readonly (readonly unknown[])[]
}) {
  const { t } = useTranslation()
  const text = useText()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<string[]>([])
  const answer = useMutation({
    mutationFn: async ({ offerId, accept }: { offerId: string; accept: boolean }) => unwrap(await api.POST('/api/admissions/applications/{id}/offers/{offerId}/answer', {
      params: { path: { id: application.id, offerId }, header: { 'If-Match': etag } }, body: { answer: accept ? 'accept' : 'decline' },
    })),
    onSuccess: async (_, { accept }) => {
      setErrors([])
      for (const key of invalidate) await queryClient.invalidateQueries({ queryKey: key })
      void message.success(t(accept ? 'admOffer.accepted' : 'admOffer.declined'))
    },
    onError: (error) => setErrors(refusalLines(error, t)),
  })
  const ask = (offer: OfferResponse, accept: boolean) => modal.confirm({
    title: t(accept ? 'admOffer.acceptConfirm' : 'admOffer.declineConfirm'),
    okText: t(accept ? 'admOffer.accept' : 'admOffer.decline'), okButtonProps: { danger: !accept }, cancelText: t('common.cancel'),
    onOk: () => answer.mutate({ offerId: offer.id!, accept }),
  })
  const intake = (id?: string) => intakes.find((candidate) => candidate.id === id)
  return (
    <div>
      <ErrorSummary errors={errors} />
      <Table<OfferResponse> size="middle" pagination={false} rowKey={(offer) => offer.id ?? ''} tableLayout="fixed"
        dataSource={[...(application.offers ?? [])].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))}
        locale={{ emptyText: t('admOffer.none') }}
        columns={[
          { key: 'choice', title: t('admOffer.choice'), width: 280, render: (_, offer) => (
            <span>{t('common.labelValue', { label: t('admApplication.choice', { n: offer.priority ?? 0 }), value: intakeName(intake(offer.intakeId), text, t) })}</span>) },
          { key: 'kind', title: t('admOffer.kind'), width: 110, render: (_, offer) => t(`offerKind.${offer.kind!}`) },
          { key: 'conditions', title: t('admOffer.conditions'), render: (_, offer) => ((offer.conditions ?? []).length === 0 ? '—'
            : <ul style={{ margin: 0, paddingInlineStart: 18 }}>{offer.conditions!.map((condition) => <li key={condition}>{condition}</li>)}</ul>) },
          { key: 'deadline', title: t('admOffer.deadline'), width: 190, render: (_, offer) => (offerStanding(offer) === 'open'
            ? <DeadlineText deadline={offer.deadline} /> : offer.deadline ?? '—') },
          { key: 'state', title: t('admOffer.state'), width: 150, render: (_, offer) => {
            const standing = offerStanding(offer)
            return <StateTag state={`offer_${standing}`} label={t(`offerStanding.${standing}`)} />
          } },
          ...((application.offers ?? []).some((offer) => (offer.allowedAnswers ?? []).length > 0) ? [{
            key: 'answer', title: t('common.actions'), width: 200, render: (_: unknown, offer: OfferResponse) => ((offer.allowedAnswers ?? []).includes('accept') ? (
              <Space wrap>
                <Button type="primary" size="small" loading={answer.isPending && answer.variables?.accept} onClick={() => ask(offer, true)}>{t('admOffer.accept')}</Button>
                <Button size="small" danger loading={answer.isPending && !answer.variables?.accept} onClick={() => ask(offer, false)}>{t('admOffer.decline')}</Button>
              </Space>
            ) : null),
          }] : []),
        ]} />
    </div>
  )
}

/** What the applicant wrote, step by step, as they and the office read it; countries by name where the reader may know them. */
export function ApplicationFacts({ application, intakes, country }: {
  application: ApplicationResponse
  intakes: IntakeResponse[]
  country: (code?: string) => string
}) {
  const { t } = useTranslation()
  const text = useText()
  const list = (items: string[]) => items.length > 0 && <ul style={{ margin: 0, paddingInlineStart: 18 }}>{items.map((item, i) => <li key={i}>{item}</li>)}</ul>
  const funding = application.funding
  return (
    <Facts facts={[
      { key: 'surname', label: t('admApplication.surname'), value: application.surname },
      { key: 'given', label: t('admApplication.givenNames'), value: application.givenNames },
      { key: 'nationality', label: t('admApplication.nationality'), value: country(application.nationality) },
      { key: 'birth', label: t('admApplication.dateOfBirth'), value: application.dateOfBirth },
      { key: 'education', label: t('admApplication.education'), wide: true, value: list((application.education ?? []).map((entry) =>
        `${entry.institution ?? ''} (${country(entry.country)}), ${entry.qualification ?? ''}, ${entry.fromYear ?? ''}–${entry.toYear ?? ''}`)) },
      { key: 'tests', label: t('admApplication.languageTests'), wide: true, value: list((application.languageTests ?? []).map((test) =>
        `${test.type ?? ''} ${test.result ?? ''} · ${test.takenOn ?? ''}`)) },
      { key: 'funding', label: t('admApplication.funding'), wide: true, value: funding?.type && [
        t(`fundingType.${funding.type}`), funding.dispatchingAuthority, funding.sponsorName, funding.sponsorCountry && country(funding.sponsorCountry),
      ].filter(Boolean).join(' · ') },
      { key: 'choices', label: t('admApplication.choices'), wide: true, value: (application.choices ?? []).length > 0 && (
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>{[...(application.choices ?? [])].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0)).map((choice) => (
          <li key={choice.intakeId}>{intakeName(intakes.find((intake) => intake.id === choice.intakeId), text, t)}</li>))}</ol>
      ) },
    ]} />
  )
}

import { Alert, Button, Flex } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useLanguage, useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { BilingualName } from '../ui/BilingualName'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { ListPage, type ListColumn } from '../ui/ListPage'
import { applicationSteps, ineligibilityText } from './lifecycle'
import { ApplicationFacts, ProgrammeHistory, ProgrammeLifecycle, ProgrammeState } from './parts'
import { applicationKey, useApplication, useCall } from './queries'
import type { ApplicationResponse, ApplicationState } from './types'
import { applicationWords, useWords } from './words'

/** The caller's own applications (the service answers a student or teacher with theirs only). */
export function useMyApplications(enabled = true) {
  return useQuery({
    queryKey: ['programmes', 'applications', 'mine'],
    enabled,
    queryFn: async () => (unwrap(await api.GET('/api/programmes/applications', { params: { query: { size: 200 } } })).items ?? []) as ApplicationResponse[],
  })
}

/** The calls named by a list of applications, so each row shows its call's title. */
function useCallTitles() {
  return useQuery({
    queryKey: ['programmes', 'calls', 'titles'],
    queryFn: async () => unwrap(await api.GET('/api/programmes/calls', { params: { query: { size: 200 } } })).items ?? [],
  })
}

/** A student's or teacher's applications with where each stands. */
export function MyApplicationsPage() {
  const { t } = useTranslation()
  const text = useText()
  const mine = useMyApplications()
  const calls = useCallTitles()
  const call = (id: string) => calls.data?.find((c) => c.id === id)
  const rows = mine.data ?? []
  const columns: ListColumn<ApplicationResponse>[] = [
    { key: 'call', title: t('application.call'), width: 360,
      render: (row) => <Link to={`/my-applications/${row.id}`}><BilingualName name={call(row.callId)?.title} /></Link> },
    { key: 'state', title: t('application.state'), width: 180, render: (row) => <ProgrammeState kind="applicationState" state={row.state} /> },
    { key: 'first', title: t('application.firstChoice'), width: 260, render: (row) => text(row.choices?.[0]?.name) ?? '—' },
    { key: 'submitted', title: t('application.submittedAt'), width: 160, render: (row) => formatInstant(row.submittedAt) || '—' },
  ]
  return (
    <ListPage<ApplicationResponse>
      id="my-applications"
      title={t('applications.myTitle')}
      filters={[]}
      filtered={false}
      onReset={() => undefined}
      columns={columns}
      rowKey={(row) => row.id}
      rows={rows}
      total={rows.length}
      loading={mine.isFetching}
      error={mine.error}
      onRetry={() => void mine.refetch()}
      paging={{ page: 1, size: 200 }}
      onPaging={() => undefined}
      totalText={(count) => t('applications.total', { count })}
      emptyText={t('applications.empty')}
    />
  )
}

/** One of the caller's applications: status, choices, statement, results; edit, submit or withdraw while the service allows it. */
export function ApplicationPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const application = useApplication(id)
  const call = useCall(application.data?.record.callId)
  const words = useWords(applicationWords)
  if (!application.data) return <DetailPageState query={application} />
  const { record, etag } = application.data
  const callTitle = call.data?.record.title
  const versions = async () => unwrap(await api.GET('/api/programmes/applications/{id}/versions', { params: { path: { id } } }))

  const overview = (
    <Flex vertical gap={16}>
      {record.state === 'ineligible' && (record.ineligibilityReasons ?? []).length > 0 && (
        <Alert type="error" showIcon title={t('application.ineligibility')}
          description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{record.ineligibilityReasons!.map((reason) => (
            <li key={reason.code}>{ineligibilityText(reason, t)}</li>))}</ul>} />
      )}
      {record.state === 'draft' && <Alert type="info" showIcon title={t('application.submitHint')} />}
      <ApplicationFacts record={record} call={callTitle && <Link to={`/open-calls/${record.callId}`}>{text(callTitle)}</Link>} />
    </Flex>
  )
  return (
    <DetailPage
      id="application"
      name={text(callTitle) ?? t('application.overview')}
      subtitle={callTitle && (language === 'zh-CN' ? callTitle.en : callTitle.zh)}
      state={<ProgrammeState kind="applicationState" state={record.state} />}
      facts={[
        { key: 'first', label: t('application.firstChoice'), value: text(record.choices?.[0]?.name) },
        { key: 'deadline', label: t('call.deadline'), value: call.data?.record.window?.to },
      ]}
      actions={record.state === 'draft' && <Button onClick={() => navigate(`/my-applications/${id}/edit`)}>{t('common.edit')}</Button>}
      tabs={[
        { key: 'overview', label: t('application.overview'), children: overview },
        { key: 'history', label: t('application.history'), children: (
          <ProgrammeHistory queryKey={applicationKey(id)} kind="applicationState" words={words} versions={versions}
            compare={async (from, to) => unwrap(await api.GET('/api/programmes/applications/{id}/versions/compare', { params: { path: { id }, query: { from, to } } }))} />
        ) },
      ]}
    >
      <ProgrammeLifecycle<ApplicationState>
        id="application" title={t('application.lifecycle')} kind="applicationState" transitionKind="applicationTransition"
        state={record.state} initial="draft" steps={applicationSteps(record.state)} allowed={record.allowedTransitions}
        versionsKey={[...applicationKey(id), 'versions']} versions={versions}
        move={async (to, reason) => unwrap(await api.POST('/api/programmes/applications/{id}/transitions', {
          params: { path: { id }, header: { 'If-Match': etag } }, body: { to, reason },
        }))}
        invalidate={[applicationKey(id), ['programmes', 'applications']]}
        danger={(to) => to === 'withdrawn'}
        words={words} incomplete={t('application.incomplete')} moved={(state) => t('application.moved', { state })}
      />
    </DetailPage>
  )
}


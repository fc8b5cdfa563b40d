import { Alert, Button, Flex, Table, Tag, Typography } from 'antd'
import { useNavigate, useParams } from 'react-router'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { programmesApi as api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { useLanguage, useText } from '../app/LanguageContext'
import { runsProgrammes } from '../app/roles'
import { useCountries } from '../partners/useCountries'
import { BilingualName } from '../ui/BilingualName'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts } from '../ui/Facts'
import { CALL_PATH, callNeedsReason, stepsAlong, unitName } from './lifecycle'
import { useMyApplications } from './MyApplicationsPage'
import { ProgrammeHistory, ProgrammeLifecycle, ProgrammeState } from './parts'
import { callKey, useCall, useSchemeOptions } from './queries'
import type { CallDestination, CallResponse, CallState } from './types'
import { callWords, useWords } from './words'
import { LastChanged, PeopleNames } from '../ui/PersonName'

/** Places against what the agreement offers: over the offer is shown in words (and needs the reason shown beside it). */
export function placesText(destination: CallDestination, t: TFunction): string {
  const places = destination.places ?? 0
  if (destination.placesOffered === undefined || destination.placesOffered === null) return `${places} (${t('call.noLimit')})`
  return t('call.overLimit', { places, offered: destination.placesOffered })
}

export const overOffer = (d: CallDestination) => d.placesOffered !== undefined && d.placesOffered !== null && (d.places ?? 0) > d.placesOffered

function Destinations({ call, office }: { call: CallResponse; office: boolean }) {
  const { t } = useTranslation()
  const text = useText()
  const countries = useCountries(office)
  const country = (code?: string) => text(countries.data?.find((c) => c.code === code)?.name) ?? code ?? '—'
  return (
    <Table<CallDestination> size="small" pagination={false} rowKey={(d) => d.institutionId ?? ''} dataSource={call.destinations ?? []}
      locale={{ emptyText: t('call.none') }} tableLayout="fixed"
      columns={[
        { key: 'name', title: t('call.destination'), width: 260, render: (_, d) => <BilingualName name={d.name} /> },
        ...(office ? [
          { key: 'country', title: t('call.country'), width: 110, render: (_: unknown, d: CallDestination) => country(d.country) },
          { key: 'agreement', title: t('call.agreement'), width: 230, render: (_: unknown, d: CallDestination) => (
            <span>{d.agreementReference ?? '—'}{' '}
              {d.agreementState && <Tag color={d.agreementInForce ? undefined : 'error'}>
                {t(`agreementState.${d.agreementState}` as 'agreementState.active', { defaultValue: d.agreementState })}</Tag>}
            </span>
          ) },
        ] : []),
        { key: 'places', title: office ? t('call.placesOffered') : t('call.places'), width: 170,
          render: (_, d) => (office
            ? <span className={overOffer(d) ? 'text-warning' : undefined}>{placesText(d, t)}</span>
            : String(d.places ?? '—')) },
        ...(office ? [{ key: 'override', title: t('call.overrideReason'), render: (_: unknown, d: CallDestination) => d.overrideReason ?? '—' }] : []),
      ]} />
  )
}

/** One call: its window, destinations with places (against what each agreement offers), rules, criteria, lifecycle. */
export function CallPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const me = useMe()
  const office = runsProgrammes(me.data?.roles ?? [])
  const call = useCall(id)
  const schemes = useSchemeOptions()
  const mine = useMyApplications(!office)
  const words = useWords(callWords)
  if (!call.data) return <DetailPageState query={call} />
  const { record, etag } = call.data
  const scheme = schemes.data?.find((s) => s.id === record.schemeId)
  const myApplication = mine.data?.find((a) => a.callId === id)
  const list = (values: string[] | undefined, none: string) => (values && values.length > 0 ? values.join(t('chart.listSeparator')) : none)
  const rules = record.eligibility ?? {}

  const eligibility = (
    <Flex vertical gap={12}>
      {!office && <Alert type="info" showIcon title={t('call.eligibilityHint')} />}
      <Facts facts={[
        { key: 'years', label: t('call.yearsOfStudy'), value: list(rules.yearsOfStudy?.map(String), t('call.anyYear')) },
        { key: 'gpa', label: t('call.minGpa'), value: rules.minGpa },
        { key: 'language', label: t('call.languageTests'), wide: true,
          value: list(rules.languageTests?.map((test) => `${test.test} ≥ ${test.minScore}`), t('call.none')) },
        { key: 'units', label: t('call.homeUnits'), wide: true, value: list(rules.homeUnits?.map((u) => unitName(u, t)), t('call.anyUnit')) },
        { key: 'documents', label: t('call.requiredDocuments'), wide: true, value: list(record.requiredDocuments?.map((d) => text(d.title) ?? d.code), t('call.none')) },
      ]} />
      <Table size="small" pagination={false} rowKey="code" dataSource={record.criteria ?? []}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('call.criteria')}</Typography.Title>}
        locale={{ emptyText: t('call.none') }}
        columns={[
          { key: 'title', title: t('call.criterion'), render: (_, c) => text(c.title) },
          { key: 'weight', title: t('call.weight'), align: 'right', render: (_, c) => (c.weight !== undefined ? `${c.weight} %` : '—') },
        ]} />
    </Flex>
  )
  const overview = (
    <Flex vertical gap={16}>
      {(record.flags ?? []).map((flag) => (
        <Alert key={flag.agreementId} type="warning" showIcon title={t('call.flags')}
          description={t('call.flagged', { state: t(`agreementState.${flag.agreementState}` as 'agreementState.expired', { defaultValue: flag.agreementState ?? '' }) })} />
      ))}
      <Facts facts={[
        { key: 'scheme', label: t('call.scheme'), value: text(scheme?.title) },
        { key: 'year', label: t('call.academicYear'), value: record.academicYear },
        { key: 'direction', label: t('call.direction'), value: record.direction && t(`direction.${record.direction}`) },
        { key: 'mobility', label: t('call.mobilityType'), value: record.mobilityType && t(`mobilityType.${record.mobilityType}`) },
        { key: 'from', label: t('call.windowFrom'), value: record.window?.from },
        { key: 'to', label: t('call.windowTo'), value: record.window?.to },
        ...(office ? [
          { key: 'budget', label: t('call.budget'), value: record.budget && `${record.budget.amount.toLocaleString()} ${record.budget.currency}` },
          { key: 'reviewers', label: t('call.reviewers'), value: <PeopleNames usernames={record.reviewers} /> },
          { key: 'updated', label: t('application.updatedAt'), value: <LastChanged at={record.updatedAt} by={record.updatedBy} /> },
        ] : []),
      ]} />
      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('call.destinations')}</Typography.Title>
      <Destinations call={record} office={office} />
    </Flex>
  )

  const actions = office ? <>
    {(record.state === 'draft' || record.state === 'open') && <Button onClick={() => navigate(`/calls/${id}/edit`)}>{t('common.edit')}</Button>}
    {(record.state === 'in_selection' || record.state === 'results_published') &&
      <Button onClick={() => navigate(`/calls/${id}/selection`)}>{t('selection.open')}</Button>}
    <Button type="primary" onClick={() => navigate(`/calls/${id}/applications`)}>{t('call.viewApplications')}</Button>
  </> : myApplication
    ? <Button type="primary" onClick={() => navigate(`/my-applications/${myApplication.id}`)}>{t('call.myApplication')}</Button>
    : record.state === 'open' && <Button type="primary" onClick={() => navigate(`/my-applications/new?callId=${id}`)}>{t('call.apply')}</Button>

  return (
    <DetailPage
      id="call"
      name={text(record.title) ?? ''}
      subtitle={language === 'zh-CN' ? record.title.en : record.title.zh}
      state={<ProgrammeState kind="callState" state={record.state} />}
      facts={[
        { key: 'year', label: t('call.academicYear'), value: record.academicYear },
        { key: 'window', label: t('call.window'), value: record.window && `${record.window.from ?? '…'} – ${record.window.to ?? '…'}` },
        { key: 'places', label: t('call.places'), value: String((record.destinations ?? []).reduce((sum, d) => sum + (d.places ?? 0), 0)) },
        ...(!office && myApplication ? [{ key: 'mine', label: t('call.myApplication'), value: <ProgrammeState kind="applicationState" state={myApplication.state} /> }] : []),
      ]}
      actions={actions}
      tabs={[
        { key: 'overview', label: t('call.overview'), children: overview },
        { key: 'eligibility', label: t('call.eligibility'), children: eligibility },
        ...(office ? [{ key: 'history', label: t('call.history'), children: (
          <ProgrammeHistory queryKey={callKey(id)} kind="callState" words={words}
            versions={async () => unwrap(await api.GET('/api/programmes/calls/{id}/versions', { params: { path: { id } } }))}
            compare={async (from, to) => unwrap(await api.GET('/api/programmes/calls/{id}/versions/compare', { params: { path: { id }, query: { from, to } } }))} />
        ) }] : []),
      ]}
    >
      {office && (
        <ProgrammeLifecycle<CallState>
          id="call" title={t('call.lifecycle')} kind="callState" transitionKind="callTransition"
          state={record.state} initial="draft" steps={stepsAlong(CALL_PATH, record.state)} allowed={record.allowedTransitions}
          versionsKey={[...callKey(id), 'versions']}
          versions={async () => unwrap(await api.GET('/api/programmes/calls/{id}/versions', { params: { path: { id } } }))}
          move={async (to, reason) => unwrap(await api.POST('/api/programmes/calls/{id}/transitions', {
            params: { path: { id }, header: { 'If-Match': etag } }, body: { to, reason },
          }))}
          invalidate={[callKey(id), ['programmes', 'calls']]}
          needsReason={callNeedsReason} danger={(to) => to === 'archived'}
          words={words} incomplete={t('call.incomplete')} moved={(state) => t('call.moved', { state })}
        />
      )}
    </DetailPage>
  )
}

import { App, Button, Flex, Popconfirm, Table, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import type { AgreementResponse } from '../api/types'
import { useLanguage, useText } from '../app/LanguageContext'
import { AgreementDocuments } from './AgreementDocuments'
import { AgreementHistory } from './AgreementHistory'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts, orDash } from '../ui/Facts'
import { AgreementExpiry, AgreementState, PartnerLinks } from './AgreementTags'
import { Lifecycle } from './Lifecycle'
import { useAgreement } from './useAgreement'
import { LastChanged, PersonName, UnitName } from '../ui/PersonName'

type Condition = NonNullable<AgreementResponse['conditions']>[number]
type Obligation = NonNullable<AgreementResponse['obligations']>[number]
type Signatory = NonNullable<AgreementResponse['signatories']>[number]

/** One agreement: its lifecycle with the steps this user may take, its content, documents and history. */
export function AgreementPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const { language } = useLanguage()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const agreement = useAgreement(id)

  const renew = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/partners/agreements/{id}/renewal', { params: { path: { id } } })),
    onSuccess: async (successor) => {
      await queryClient.invalidateQueries({ queryKey: ['agreements'] })
      await queryClient.invalidateQueries({ queryKey: ['agreement', id] })
      void message.success(t('agreement.renewed'))
      void navigate(`/agreements/${successor.id}`)
    },
    onError: (error) => void message.error(error.message),
  })
  const remove = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/partners/agreements/{id}', {
      params: { path: { id }, header: { 'If-Match': agreement.data?.etag } },
    })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['agreement', id] })
      await queryClient.invalidateQueries({ queryKey: ['agreements'] })
      void message.success(t('agreement.deleted'))
      void navigate('/agreements')
    },
    onError: (error) => void message.error(error.message),
  })

  if (!agreement.data) return <DetailPageState query={agreement} />
  const record = agreement.data.record
  const actions = record.allowedActions
  const yesNo = (value?: boolean) => (value ? t('agreement.yes') : t('agreement.no'))
  // The service sends signatories, owner and notes only to those who work with the agreement (the office and the
  // liaisons of its unit); signatories come as a list, empty or not, so their presence says which reader this is.
  const worksWithIt = record.signatories !== undefined

  const overview = (
    <Flex vertical gap={16}>
      <Facts facts={[
        { key: 'ref', label: t('agreement.referenceCode'), value: record.referenceCode },
        { key: 'kind', label: t('agreement.kind'), value: t(`agreementKind.${record.kind}`) },
        { key: 'zh', label: t('agreement.titleZh'), value: <span lang="zh-CN">{record.title.zh}</span> },
        { key: 'en', label: t('agreement.titleEn'), value: <span lang="en">{record.title.en}</span> },
        { key: 'partners', label: t('agreement.partners'), wide: true, value: <PartnerLinks partners={record.partners} /> },
        { key: 'unit', label: t('agreement.signingUnit'), value: <UnitName code={record.signingUnit} /> },
        ...(worksWithIt ? [{ key: 'owner', label: t('agreement.owner'), value: <PersonName username={record.owner} /> }] : []),
        { key: 'effective', label: t('agreement.effectiveDate'), value: record.effectiveDate },
        { key: 'expiry', label: t('agreement.expiryDate'), value: <AgreementExpiry state={record.state} date={record.expiryDate} /> },
        { key: 'auto', label: t('agreement.autoRenewal'), value: yesNo(record.autoRenewal) },
        { key: 'period', label: t('agreement.renewalPeriodMonths'), value: record.renewalPeriodMonths },
        { key: 'notice', label: t('agreement.noticePeriodDays'), value: record.noticePeriodDays },
        ...(record.predecessorId ? [{ key: 'pre', label: t('agreement.predecessorId'), value: <Link to={`/agreements/${record.predecessorId}`}>{t('agreement.predecessorId')}</Link> }] : []),
        ...(record.successorId ? [{ key: 'succ', label: t('agreement.successorId'), value: <Link to={`/agreements/${record.successorId}`}>{t('agreement.successorId')}</Link> }] : []),
        ...(record.reviewComment ? [{ key: 'review', label: t('agreement.reviewComment'), wide: true, value: record.reviewComment }] : []),
        ...(record.terminationReason ? [{ key: 'term', label: t('agreement.terminationReason'), wide: true, value: record.terminationReason }] : []),
        ...(worksWithIt ? [{ key: 'notes', label: t('agreement.notes'), wide: true, value: record.notes && <span style={{ whiteSpace: 'pre-wrap' }}>{record.notes}</span> }] : []),
        { key: 'updated', label: t('partner.changedAt'), value: <LastChanged at={record.updatedAt} by={record.updatedBy} /> },
        { key: 'version', label: t('partner.version'), value: `v${record.version}` },
      ]} />
      {worksWithIt && <Table<Signatory> size="small" pagination={false} rowKey={(_, index) => String(index)} dataSource={record.signatories}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('agreement.signatories')}</Typography.Title>}
        locale={{ emptyText: t('agreement.none') }}
        columns={[
          { key: 'side', title: t('signatory.side'), render: (_, s) => (s.side ? t(`signatory.${s.side}`) : '') },
          { key: 'name', title: t('signatory.name'), dataIndex: 'name' },
          { key: 'title', title: t('signatory.jobTitle'), render: (_, s) => orDash(s.title) },
          { key: 'signedOn', title: t('signatory.signedOn'), render: (_, s) => orDash(s.signedOn) },
        ]} />}
    </Flex>
  )

  const conditions = (
    <Flex vertical gap={16}>
      <Table<Condition> size="small" pagination={false} rowKey={(_, index) => String(index)} dataSource={record.conditions ?? []}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('agreement.conditions')}</Typography.Title>}
        locale={{ emptyText: t('agreement.none') }} scroll={{ x: 900 }}
        columns={[
          { key: 'direction', title: t('condition.direction'), render: (_, c) => (c.direction ? t(`condition.${c.direction}`) : '') },
          { key: 'mobility', title: t('condition.mobilityType'), render: (_, c) => (c.mobilityType ? t(`condition.${c.mobilityType}`) : '') },
          { key: 'places', title: t('condition.placesPerYear'), align: 'right', render: (_, c) => orDash(c.placesPerYear) },
          { key: 'months', title: t('condition.monthsPerPerson'), align: 'right', render: (_, c) => orDash(c.monthsPerPerson) },
          { key: 'days', title: t('condition.daysPerPerson'), align: 'right', render: (_, c) => orDash(c.daysPerPerson) },
          { key: 'levels', title: t('condition.levels'), render: (_, c) => orDash((c.levels ?? []).map((l) => t(`condition.${l}`)).join(t('chart.listSeparator'))) },
          { key: 'areas', title: t('condition.subjectAreas'), render: (_, c) => orDash((c.subjectAreas ?? []).join(', ')) },
          { key: 'language', title: t('condition.language'), render: (_, c) => orDash([c.language, c.cefrLevel].filter(Boolean).join(' ')) },
          { key: 'years', title: `${t('condition.fromYear')} – ${t('condition.toYear')}`, render: (_, c) => orDash([c.fromYear, c.toYear].filter(Boolean).join(' – ')) },
        ]} />
      <Table<Obligation> size="small" pagination={false} rowKey={(_, index) => String(index)} dataSource={record.obligations ?? []}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('agreement.obligations')}</Typography.Title>}
        locale={{ emptyText: t('agreement.none') }}
        columns={[
          { key: 'kind', title: t('obligation.kind'), render: (_, o) => (o.kind ? t(`obligation.${o.kind}`) : '') },
          { key: 'party', title: t('obligation.party'), render: (_, o) => (o.party ? t(`obligation.${o.party}`) : '') },
          { key: 'description', title: t('obligation.description'), render: (_, o) => orDash(o.description) },
        ]} />
    </Flex>
  )

  return (
    <DetailPage
      id="agreement"
      name={text(record.title) ?? record.referenceCode ?? ''}
      subtitle={[record.referenceCode, language === 'zh-CN' ? record.title.en : record.title.zh].filter(Boolean).join(' · ')}
      state={<AgreementState state={record.state} />}
      facts={[
        { key: 'kind', label: t('agreement.kind'), value: t(`agreementKind.${record.kind}`) },
        { key: 'partners', label: t('agreement.partners'), value: <PartnerLinks partners={record.partners} /> },
        { key: 'effective', label: t('agreement.effectiveDate'), value: record.effectiveDate },
        { key: 'expiry', label: t('agreement.expiryDate'), value: <AgreementExpiry state={record.state} date={record.expiryDate} /> },
        ...(record.owner !== undefined ? [{ key: 'owner', label: t('agreement.owner'), value: <PersonName username={record.owner} /> }] : []),
      ]}
      actions={<>
        {actions.includes('edit') && (
          <Button type="primary" onClick={() => navigate(`/agreements/${id}/edit`)}>{t('common.edit')}</Button>
        )}
        {actions.includes('renew') && (
          <Popconfirm title={t('agreement.renew')} description={t('agreement.renewConfirm')} okText={t('agreement.renew')}
            cancelText={t('common.cancel')} onConfirm={() => renew.mutate()}>
            <Button loading={renew.isPending}>{t('agreement.renew')}</Button>
          </Popconfirm>
        )}
        {actions.includes('delete') && (
          <Popconfirm title={t('agreement.delete')} description={t('agreement.deleteConfirm')} okText={t('agreement.delete')}
            okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => remove.mutate()}>
            <Button danger loading={remove.isPending}>{t('agreement.delete')}</Button>
          </Popconfirm>
        )}
      </>}
      tabs={[
        { key: 'overview', label: t('agreement.overview'), children: overview },
        { key: 'conditions', label: t('agreement.conditions'), children: conditions },
        { key: 'documents', label: t('agreement.documents'), children: <AgreementDocuments agreementId={id} mayUpload={actions.includes('addDocuments')} /> },
        { key: 'history', label: t('agreement.history'), children: <AgreementHistory agreementId={id} /> },
      ]}
    >
      <Lifecycle agreement={record} etag={agreement.data.etag} />
    </DetailPage>
  )
}

import { Button, Flex, Spin, Table, Tag, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import type { InstitutionResponse } from '../api/types'
import { useLanguage, useText } from '../app/LanguageContext'
import { canDraftAgreements, canEditInstitutions } from '../app/roles'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { ExpiryTag } from '../ui/ExpiryTag'
import { Facts, orDash } from '../ui/Facts'
import { HistoryTab } from '../ui/HistoryTab'
import { StateTag } from '../ui/StateTag'
import { useHistoryAction } from '../ui/useHistoryAction'
import { PartnerAlliances } from '../alliances/PartnerAlliances'
import { AgreementTimeline, PartnerDocuments } from './PartnerAgreements'
import { useInstitutionWords } from './useInstitutionWords'
import { PersonName } from '../ui/PersonName'

/** One partner: overview, contacts and units, its agreements, documents and history. */
export function PartnerPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const me = useMe()
  const roles = me.data?.roles ?? []
  const text = useText()
  const words = useInstitutionWords()
  const action = useHistoryAction()

  const institution = useQuery({
    queryKey: ['institution', id],
    queryFn: async () => {
      const result = await api.GET('/api/partners/institutions/{id}', { params: { path: { id } } })
      return { record: unwrap(result) as InstitutionResponse, etag: result.response.headers.get('ETag') }
    },
  })
  const agreements = useQuery({
    queryKey: ['agreements', 'partner', id],
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements', { params: { query: { partnerId: id, sort: '-expiryDate', size: 100 } } })),
  })

  if (!institution.data) return <DetailPageState query={institution} />
  const record = institution.data.record

  const overview = (
    <Facts facts={[
      { key: 'zh', label: t('form.nameZh'), value: <span lang="zh-CN">{record.name.zh}</span> },
      { key: 'en', label: t('form.nameEn'), value: <span lang="en">{record.name.en}</span> },
      { key: 'local', label: t('form.localName'), value: record.localName },
      { key: 'abbr', label: t('form.abbreviation'), value: record.abbreviation },
      { key: 'country', label: t('partners.country'), value: text(record.countryName) ?? record.country },
      { key: 'city', label: t('form.city'), value: record.city },
      { key: 'kind', label: t('partners.kind'), value: t(`kind.${record.kind}`) },
      { key: 'status', label: t('partners.status'), value: t(`status.${record.status}`) },
      ...(record.owner !== undefined ? [{ key: 'owner', label: t('partners.owner'), value: <PersonName username={record.owner} /> }] : []),
      { key: 'website', label: t('form.website'), value: record.website && <a href={record.website} target="_blank" rel="noreferrer">{record.website}</a> },
      { key: 'ror', label: t('form.rorId'), value: record.rorId },
      { key: 'schac', label: t('form.schacCode'), value: record.schacCode },
      { key: 'erasmus', label: t('form.erasmusCode'), value: record.erasmusCode },
      { key: 'tags', label: t('form.tags'), value: (record.tags ?? []).map((tag) => <Tag key={tag}>{tag}</Tag>) },
    ]} />
  )

  const contacts = (
    <Flex vertical gap={16}>
      <Table size="small" rowKey={(c) => c.id ?? c.name ?? ''} pagination={false} dataSource={record.contacts ?? []}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('form.contacts')}</Typography.Title>}
        columns={[
          { key: 'name', title: t('form.contactName'), render: (_, c) => orDash(c.name) },
          { key: 'role', title: t('form.contactRole'), render: (_, c) => orDash(c.role) },
          { key: 'email', title: t('form.contactEmail'), render: (_, c) => orDash(c.email) },
          { key: 'phone', title: t('form.contactPhone'), render: (_, c) => orDash(c.phone) },
        ]} />
      <Table size="small" rowKey={(u) => u.id ?? u.name?.en ?? ''} pagination={false} dataSource={record.units ?? []}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('partner.units')}</Typography.Title>}
        columns={[{ key: 'name', title: t('partners.name'), render: (_, u) => orDash(text(u.name)) }]} />
    </Flex>
  )

  return (
    <DetailPage
      id="partner"
      name={text(record.name) ?? ''}
      subtitle={language === 'zh-CN' ? record.name.en : record.name.zh}
      state={<StateTag state={record.status} label={t(`status.${record.status}`)} />}
      facts={[
        { key: 'country', label: t('partners.country'), value: text(record.countryName) ?? record.country },
        { key: 'kind', label: t('partners.kind'), value: t(`kind.${record.kind}`) },
        { key: 'active', label: t('partners.activeAgreements'), value: (agreements.data?.items ?? []).filter((a) => a.state === 'active' || a.state === 'expiring').length },
        { key: 'expiry', label: t('partners.nearestExpiry'), value: <ExpiryTag date={record.nearestExpiry} /> },
        ...(record.owner !== undefined ? [{ key: 'owner', label: t('partners.owner'), value: <PersonName username={record.owner} /> }] : []),
      ]}
      actions={canEditInstitutions(roles) && (
        <Button type="primary" onClick={() => navigate(`/partners/${id}/edit`)}>{t('common.edit')}</Button>
      )}
      tabs={[
        { key: 'overview', label: t('partner.overview'), children: overview },
        { key: 'contacts', label: t('partner.contactsAndUnits'), children: contacts },
        { key: 'agreements', label: t('partner.agreements'), children: agreements.isPending ? <Spin /> : (
          <AgreementTimeline agreements={agreements.data?.items ?? []} partnerId={id} mayDraft={canDraftAgreements(roles)} />
        ) },
        { key: 'alliances', label: t('menu.alliances'), children: <PartnerAlliances partnerId={id} /> },
        { key: 'documents', label: t('agreement.documents'), children: <PartnerDocuments agreements={agreements.data?.items ?? []} /> },
        { key: 'history', label: t('partner.history'), children: (
          <HistoryTab
            queryKey={['institution', id]}
            versions={async () => unwrap(await api.GET('/api/partners/institutions/{id}/versions', { params: { path: { id } } }))}
            compare={async (from, to) => unwrap(await api.GET('/api/partners/institutions/{id}/versions/compare', {
              params: { path: { id }, query: { from, to } },
            }))}
            words={words}
            action={action}
          />
        ) },
      ]}
    />
  )
}

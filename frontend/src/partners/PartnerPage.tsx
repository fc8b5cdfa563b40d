import { Alert, Button, Descriptions, Flex, Spin, Table, Tabs, Tag, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import type { InstitutionResponse } from '../api/types'
import { useLanguage, useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { canDraftAgreements, canEditInstitutions } from '../app/roles'
import { AgreementTimeline, PartnerDocuments } from './PartnerAgreements'

/** One partner: overview, contacts and units, its agreements, and its history (read-only for every role). */
export function PartnerPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const me = useMe()
  const roles = me.data?.roles ?? []
  const text = useText()

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
  const history = useQuery({
    queryKey: ['institution', id, 'versions'],
    queryFn: async () => unwrap(await api.GET('/api/partners/institutions/{id}/versions', { params: { path: { id } } })),
  })

  if (institution.isPending) return <Spin />
  if (institution.isError) return <Alert type="error" showIcon title={t('common.error')} description={institution.error.message} />
  const record = institution.data.record

  const overview = (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={[
      { key: 'zh', label: t('form.nameZh'), children: <span lang="zh-CN">{record.name.zh}</span> },
      { key: 'en', label: t('form.nameEn'), children: <span lang="en">{record.name.en}</span> },
      { key: 'local', label: t('form.localName'), children: record.localName },
      { key: 'abbr', label: t('form.abbreviation'), children: record.abbreviation },
      { key: 'country', label: t('partners.country'), children: text(record.countryName) ?? record.country },
      { key: 'city', label: t('form.city'), children: record.city },
      { key: 'kind', label: t('partners.kind'), children: t(`kind.${record.kind}`) },
      { key: 'status', label: t('partners.status'), children: t(`status.${record.status}`) },
      { key: 'owner', label: t('partners.owner'), children: record.owner },
      { key: 'website', label: t('form.website'), children: record.website ? <a href={record.website} target="_blank" rel="noreferrer">{record.website}</a> : null },
      { key: 'ror', label: t('form.rorId'), children: record.rorId },
      { key: 'schac', label: t('form.schacCode'), children: record.schacCode },
      { key: 'erasmus', label: t('form.erasmusCode'), children: record.erasmusCode },
      { key: 'tags', label: t('form.tags'), children: (record.tags ?? []).map((tag) => <Tag key={tag}>{tag}</Tag>) },
    ]} />
  )

  const contacts = (
    <Flex vertical gap={16}>
      <Table size="small" rowKey={(c) => c.id ?? c.name ?? ''} pagination={false} dataSource={record.contacts ?? []}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('form.contacts')}</Typography.Title>}
        columns={[
          { key: 'name', title: t('form.contactName'), dataIndex: 'name' },
          { key: 'role', title: t('form.contactRole'), dataIndex: 'role' },
          { key: 'email', title: t('form.contactEmail'), dataIndex: 'email' },
          { key: 'phone', title: t('form.contactPhone'), dataIndex: 'phone' },
        ]} />
      <Table size="small" rowKey={(u) => u.id ?? u.name?.en ?? ''} pagination={false} dataSource={record.units ?? []}
        title={() => <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('partner.units')}</Typography.Title>}
        columns={[{ key: 'name', title: t('partners.name'), render: (_, u) => text(u.name) }]} />
    </Flex>
  )

  const historyList = (
    <Table size="small" rowKey={(r) => String(r.version)} loading={history.isPending}
      dataSource={history.data ?? []} pagination={false}
      columns={[
        { key: 'version', title: t('partner.version'), dataIndex: 'version' },
        { key: 'action', title: t('partner.action'), dataIndex: 'action' },
        { key: 'fields', title: t('partner.changedFields'), render: (_, r) => (r.changedFields ?? []).join(', ') },
        { key: 'by', title: t('partner.changedBy'), dataIndex: 'changedBy' },
        { key: 'at', title: t('partner.changedAt'), render: (_, r) => formatInstant(r.changedAt) },
        { key: 'reason', title: t('partner.reason'), dataIndex: 'reason' },
      ]} />
  )

  return (
    <section aria-labelledby="partner-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={1} id="partner-title" style={{ fontSize: 24, margin: 0 }}>{text(record.name)}</Typography.Title>
          <Typography.Text type="secondary">{language === 'zh-CN' ? record.name.en : record.name.zh}</Typography.Text>
        </div>
        {canEditInstitutions(roles) && (
          <Button type="primary" onClick={() => navigate(`/partners/${id}/edit`)}>{t('common.edit')}</Button>
        )}
      </Flex>
      <Tabs style={{ marginTop: 16 }} items={[
        { key: 'overview', label: t('partner.overview'), children: overview },
        { key: 'contacts', label: t('partner.contactsAndUnits'), children: contacts },
        { key: 'agreements', label: t('partner.agreements'), children: agreements.isPending ? <Spin /> : (
          <AgreementTimeline agreements={agreements.data?.items ?? []} partnerId={id} mayDraft={canDraftAgreements(roles)} />
        ) },
        { key: 'documents', label: t('agreement.documents'), children: <PartnerDocuments agreements={agreements.data?.items ?? []} /> },
        { key: 'history', label: t('partner.history'), children: historyList },
      ]} />
    </section>
  )
}

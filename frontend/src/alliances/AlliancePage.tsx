import { Table } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import type { AllianceMember, AllianceResponse } from '../api/types'
import { useLanguage, useText } from '../app/LanguageContext'
import { BilingualName } from '../ui/BilingualName'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts, orDash } from '../ui/Facts'
import { HistoryTab } from '../ui/HistoryTab'
import { useHistoryAction } from '../ui/useHistoryAction'
import { useAllianceWords } from './useAllianceWords'
import { LastChanged } from '../ui/PersonName'

/** One alliance: our role and since when, its member institutions, its history. */
export function AlliancePage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { language } = useLanguage()
  const text = useText()
  const words = useAllianceWords()
  const action = useHistoryAction()
  const alliance = useQuery({
    queryKey: ['alliance', id],
    queryFn: async () => unwrap(await api.GET('/api/partners/alliances/{id}', { params: { path: { id } } })) as AllianceResponse,
  })
  if (!alliance.data) return <DetailPageState query={alliance} />
  const record = alliance.data
  const members = record.members ?? []

  return (
    <DetailPage
      id="alliance"
      name={text(record.name) ?? ''}
      subtitle={[record.abbreviation, language === 'zh-CN' ? record.name.en : record.name.zh].filter(Boolean).join(' · ')}
      facts={[
        { key: 'role', label: t('alliance.ourRole'), value: record.ourRole && t(`allianceRole.${record.ourRole}`) },
        { key: 'since', label: t('alliance.memberSince'), value: record.memberSince },
        { key: 'members', label: t('alliance.memberCount'), value: members.length },
      ]}
      tabs={[
        { key: 'overview', label: t('partner.overview'), children: (
          <Facts facts={[
            { key: 'zh', label: t('form.nameZh'), value: <span lang="zh-CN">{record.name.zh}</span> },
            { key: 'en', label: t('form.nameEn'), value: <span lang="en">{record.name.en}</span> },
            { key: 'abbr', label: t('alliance.abbreviation'), value: record.abbreviation },
            { key: 'website', label: t('form.website'), value: record.website && <a href={record.website} target="_blank" rel="noreferrer">{record.website}</a> },
            { key: 'role', label: t('alliance.ourRole'), value: record.ourRole && t(`allianceRole.${record.ourRole}`) },
            { key: 'since', label: t('alliance.memberSince'), value: record.memberSince },
            { key: 'description', label: t('alliance.description'), wide: true, value: record.description },
            { key: 'updated', label: t('partner.changedAt'), value: <LastChanged at={record.updatedAt} by={record.updatedBy} /> },
          ]} />
        ) },
        { key: 'members', label: t('alliance.members'), children: (
          <Table<AllianceMember> size="small" rowKey={(m) => m.institutionId ?? ''} pagination={false} dataSource={members}
            locale={{ emptyText: t('common.empty') }}
            columns={[
              { key: 'name', title: t('partners.name'), render: (_, m) => <Link to={`/partners/${m.institutionId}`}><BilingualName name={m.name} /></Link> },
              { key: 'country', title: t('partners.country'), width: 160, render: (_, m) => orDash(text(m.countryName) ?? m.country) },
              { key: 'joined', title: t('alliance.joinedOn'), width: 130, render: (_, m) => orDash(m.joinedOn) },
            ]} />
        ) },
        { key: 'history', label: t('partner.history'), children: (
          <HistoryTab
            queryKey={['alliance', id]}
            versions={async () => unwrap(await api.GET('/api/partners/alliances/{id}/versions', { params: { path: { id } } }))}
            compare={async (from, to) => unwrap(await api.GET('/api/partners/alliances/{id}/versions/compare', {
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

import { Button, Flex, Space, Table, Timeline, Typography } from 'antd'
import { useQueries } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import type { AgreementDocument, AgreementSummary } from '../api/types'
import { useText } from '../app/LanguageContext'
import { formatInstant } from '../app/format'
import { contentHref, documentsKey, formatSize } from '../agreements/AgreementDocuments'
import { AgreementExpiry, StateTag } from '../agreements/AgreementTags'
import { STATE_COLOURS } from '../agreements/lifecycle'

/** Oldest first by the date it took (or will take) effect; undated drafts last. */
export function byEffectiveDate(agreements: readonly AgreementSummary[]): AgreementSummary[] {
  return [...agreements].sort((a, b) => (a.effectiveDate ?? '9999').localeCompare(b.effectiveDate ?? '9999'))
}

/** A partner's agreements as a timeline: when each took effect, until when, and where it stands now. */
export function AgreementTimeline({ agreements, partnerId, mayDraft }: { agreements: AgreementSummary[]; partnerId: string; mayDraft: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const text = useText()
  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Link to={`/agreements?partnerId=${partnerId}`}>{t('agreements.title')} →</Link>
        {mayDraft && <Button type="primary" onClick={() => navigate(`/agreements/new?partnerId=${partnerId}`)}>{t('agreements.newForPartner')}</Button>}
      </Space>
      {agreements.length === 0 ? <Typography.Paragraph>{t('agreement.noAgreements')}</Typography.Paragraph> : (
        <Timeline
          aria-label={t('agreement.timeline')}
          items={byEffectiveDate(agreements).map((agreement) => ({
            key: agreement.id,
            color: agreement.state ? STATE_COLOURS[agreement.state] : undefined,
            title: <span>{agreement.effectiveDate ?? '—'}</span>,
            content: (
              <div>
                <Link to={`/agreements/${agreement.id}`}>{text(agreement.title)}</Link>{' '}
                <Typography.Text type="secondary">{agreement.referenceCode}</Typography.Text>
                <div>
                  <Space wrap size={4}>
                    {agreement.state && <StateTag state={agreement.state} />}
                    <span>{agreement.kind ? t(`agreementKind.${agreement.kind}`) : ''}</span>
                    <span>→</span>
                    {agreement.state && <AgreementExpiry state={agreement.state} date={agreement.expiryDate} />}
                  </Space>
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Flex>
  )
}

type Row = AgreementDocument & { agreement: AgreementSummary }

/** The documents of all of a partner's agreements, current versions only, newest first. */
export function PartnerDocuments({ agreements }: { agreements: AgreementSummary[] }) {
  const { t } = useTranslation()
  const text = useText()
  const results = useQueries({
    queries: agreements.map((agreement) => ({
      queryKey: documentsKey(agreement.id ?? ''),
      queryFn: async () => unwrap(await api.GET('/api/partners/agreements/{id}/documents', { params: { path: { id: agreement.id ?? '' } } })),
    })),
  })
  const rows: Row[] = results.flatMap((result, index) => (result.data ?? [])
    .filter((document) => document.latest)
    .map((document) => ({ ...document, agreement: agreements[index]! })))
    .sort((a, b) => (b.uploadedAt ?? '').localeCompare(a.uploadedAt ?? ''))
  return (
    <Table<Row>
      size="small"
      rowKey={(row) => row.id ?? ''}
      loading={results.some((result) => result.isPending)}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('document.none') }}
      columns={[
        { key: 'title', title: t('document.title'), dataIndex: 'title' },
        { key: 'kind', title: t('document.kind'), render: (_, row) => (row.kind ? t(`document.${row.kind}`) : '') },
        { key: 'agreement', title: t('document.agreement'), render: (_, row) => (
          <Link to={`/agreements/${row.agreement.id}`}>{text(row.agreement.title) ?? row.agreement.referenceCode}</Link>
        ) },
        { key: 'version', title: t('document.version'), dataIndex: 'version', align: 'right' },
        { key: 'size', title: t('document.size'), render: (_, row) => formatSize(row.size), align: 'right' },
        { key: 'at', title: t('document.uploadedAt'), render: (_, row) => formatInstant(row.uploadedAt) },
        { key: 'download', title: t('document.download'), render: (_, row) => (
          <Typography.Link href={contentHref(row.agreement.id ?? '', row.id ?? '')} download={row.fileName}
            aria-label={`${t('document.download')}: ${row.title}`}>{t('document.download')}</Typography.Link>
        ) },
      ]}
    />
  )
}

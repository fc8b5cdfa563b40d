import { Button, Flex, Space, Timeline, Typography } from 'antd'
import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import type { AgreementDocument, AgreementSummary } from '../api/types'
import { useText } from '../app/LanguageContext'
import { contentHref } from '../agreements/AgreementDocuments'
import { DocumentsTab } from '../ui/DocumentsTab'
import { AgreementExpiry, AgreementState } from '../agreements/AgreementTags'
import { TONE_COLOURS, toneOf } from '../ui/stateTones'

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
            color: agreement.state ? TONE_COLOURS[toneOf(agreement.state)] : undefined,
            title: <span>{agreement.effectiveDate ?? '—'}</span>,
            content: (
              <div>
                <Link to={`/agreements/${agreement.id}`}>{text(agreement.title)}</Link>{' '}
                <Typography.Text type="secondary">{agreement.referenceCode}</Typography.Text>
                <div>
                  <Space wrap size={4}>
                    {agreement.state && <AgreementState state={agreement.state} />}
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
  const list = async (): Promise<Row[]> => {
    const all = await Promise.all(agreements.map(async (agreement) => (unwrap(await api.GET('/api/partners/agreements/{id}/documents', {
      params: { path: { id: agreement.id ?? '' } },
    })) ?? []).map((document) => ({ ...document, agreement }))))
    return all.flat().sort((a, b) => (b.uploadedAt ?? '').localeCompare(a.uploadedAt ?? ''))
  }
  return (
    <DocumentsTab<Row>
      queryKey={['partner-documents', ...agreements.map((agreement) => agreement.id)]}
      list={list}
      latestOnly
      contentHref={(row) => contentHref(row.agreement.id ?? '', row.id ?? '')}
      extraColumns={[{ key: 'agreement', title: t('document.agreement'), render: (row) => (
        <Link to={`/agreements/${row.agreement.id}`}>{text(row.agreement.title) ?? row.agreement.referenceCode}</Link>
      ) }]}
    />
  )
}

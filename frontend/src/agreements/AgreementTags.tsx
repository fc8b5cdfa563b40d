import { Tag, Typography } from 'antd'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { AgreementState, Text } from '../api/types'
import { useText } from '../app/LanguageContext'
import { ExpiryTag } from '../partners/PartnersPage'
import { expiryMatters, STATE_COLOURS } from './lifecycle'

export function StateTag({ state }: { state: AgreementState }) {
  const { t } = useTranslation()
  return <Tag color={STATE_COLOURS[state]} variant="solid" data-state={state}>{t(`agreementState.${state}`)}</Tag>
}

/** The expiry date with its urgency while the agreement is in force; afterwards just the date. */
export function AgreementExpiry({ state, date }: { state: AgreementState; date?: string }) {
  if (!date) return <Typography.Text type="secondary">—</Typography.Text>
  return expiryMatters(state) ? <ExpiryTag date={date} /> : <span>{date}</span>
}

/** An agreement's partners, each a link to its page, named in the current language. */
export function PartnerLinks({ partners }: { partners?: { id?: string; name?: Text }[] }) {
  const text = useText()
  return (
    <>
      {(partners ?? []).map((partner, index) => (
        <span key={partner.id ?? index}>
          {index > 0 && '; '}
          <Link to={`/partners/${partner.id}`}>{text(partner.name) ?? partner.id}</Link>
        </span>
      ))}
    </>
  )
}

import { Typography } from 'antd'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { AgreementState as State, Text } from '../api/types'
import { useText } from '../app/LanguageContext'
import { ExpiryTag } from '../ui/ExpiryTag'
import { StateTag } from '../ui/StateTag'
import { expiryMatters } from './lifecycle'

/** An agreement's state, named in the current language. */
export function AgreementState({ state }: { state: State }) {
  const { t } = useTranslation()
  return <StateTag state={state} label={t(`agreementState.${state}`)} />
}

/** The expiry date with its urgency while the agreement is in force; afterwards just the date. */
export function AgreementExpiry({ state, date }: { state: State; date?: string }) {
  if (!date) return <Typography.Text type="secondary">—</Typography.Text>
  return expiryMatters(state) ? <ExpiryTag date={date} /> : <span>{date}</span>
}

/** An agreement's partners, each a link to its page, named in the current language (separated as the language does). */
export function PartnerLinks({ partners }: { partners?: { id?: string; name?: Text }[] }) {
  const text = useText()
  const { t } = useTranslation()
  if (!partners || partners.length === 0) return <span>—</span>
  return (
    <span className="one-line">
      {partners.map((partner, index) => (
        <span key={partner.id ?? index}>
          {index > 0 && t('chart.listSeparator')}
          <Link to={`/partners/${partner.id}`}>{text(partner.name) ?? partner.id}</Link>
        </span>
      ))}
    </span>
  )
}

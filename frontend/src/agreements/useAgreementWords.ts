import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { FieldWords } from '../ui/fieldNames'

const ROOTS = [
  'referenceCode', 'kind', 'title', 'state', 'signingUnit', 'partners', 'partnerIds', 'effectiveDate', 'expiryDate',
  'autoRenewal', 'renewalPeriodMonths', 'noticePeriodDays', 'notes', 'owner', 'predecessorId', 'successorId',
  'reviewComment', 'terminationReason', 'lastAlertDays', 'conditions', 'obligations', 'signatories',
] as const
const CONDITION = ['direction', 'mobilityType', 'placesPerYear', 'monthsPerPerson', 'daysPerPerson', 'subjectAreas', 'levels',
  'language', 'cefrLevel', 'fromYear', 'toYear'] as const
const OBLIGATION = ['kind', 'party', 'description'] as const
const SIGNATORY = ['side', 'name', 'signedOn'] as const

/** An agreement's field names and coded values in words, for its history, comparisons and refused transitions. */
export function agreementWords(t: TFunction): FieldWords {
  const labels: Record<string, string> = Object.fromEntries(ROOTS.map((root) => [root, t(`agreement.${root}`)]))
  labels['title.zh'] = t('agreement.titleZh')
  labels['title.en'] = t('agreement.titleEn')
  for (const field of CONDITION) labels[`conditions.${field}`] = t(`condition.${field}`)
  for (const field of OBLIGATION) labels[`obligations.${field}`] = t(`obligation.${field}`)
  for (const field of SIGNATORY) labels[`signatories.${field}`] = t(`signatory.${field}`)
  labels['signatories.title'] = t('signatory.jobTitle')
  const known = (prefix: string) => (value: string) => {
    const key = `${prefix}.${value}`
    return t(key as 'agreementState.draft', { defaultValue: value })
  }
  return {
    labels,
    values: {
      state: known('agreementState'), kind: known('agreementKind'),
      'conditions.direction': known('condition'), 'conditions.mobilityType': known('condition'), 'conditions.levels': known('condition'),
      'obligations.kind': known('obligation'), 'obligations.party': known('obligation'), 'signatories.side': known('signatory'),
    },
    languages: { zh: t('history.zh'), en: t('history.en') },
    yes: t('common.yes'),
    no: t('common.no'),
  }
}

export function useAgreementWords(): FieldWords {
  const { t } = useTranslation()
  return agreementWords(t)
}

import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { FieldWords } from '../ui/fieldNames'

/** An institution's field names and coded values in words, for its history and comparisons. */
export function institutionWords(t: TFunction): FieldWords {
  const known = (prefix: 'kind' | 'status') => (value: string) => t(`${prefix}.${value}` as 'kind.university', { defaultValue: value })
  return {
    labels: {
      name: t('partners.name'), 'name.zh': t('form.nameZh'), 'name.en': t('form.nameEn'), localName: t('form.localName'),
      abbreviation: t('form.abbreviation'), country: t('partners.country'), city: t('form.city'), kind: t('partners.kind'),
      status: t('partners.status'), owner: t('partners.owner'), website: t('form.website'), rorId: t('form.rorId'),
      schacCode: t('form.schacCode'), erasmusCode: t('form.erasmusCode'), tags: t('form.tags'), contacts: t('form.contacts'),
      'contacts.name': t('form.contactName'), 'contacts.role': t('form.contactRole'), 'contacts.email': t('form.contactEmail'),
      'contacts.phone': t('form.contactPhone'), units: t('partner.units'), 'units.name': t('partners.name'),
    },
    values: { kind: known('kind'), status: known('status') },
    languages: { zh: t('history.zh'), en: t('history.en') },
    yes: t('common.yes'),
    no: t('common.no'),
  }
}

export function useInstitutionWords(): FieldWords {
  const { t } = useTranslation()
  return institutionWords(t)
}

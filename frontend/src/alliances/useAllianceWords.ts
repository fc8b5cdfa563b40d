import { useTranslation } from 'react-i18next'
import type { FieldWords } from '../ui/fieldNames'

/** An alliance's field names and coded values in words, for its history. */
export function useAllianceWords(): FieldWords {
  const { t } = useTranslation()
  return {
    labels: {
      name: t('alliance.name'), 'name.zh': t('form.nameZh'), 'name.en': t('form.nameEn'), abbreviation: t('alliance.abbreviation'),
      description: t('alliance.description'), website: t('form.website'), memberSince: t('alliance.memberSince'),
      ourRole: t('alliance.ourRole'), members: t('alliance.members'), 'members.institutionId': t('partners.name'),
      'members.joinedOn': t('alliance.joinedOn'),
    },
    values: { ourRole: (value) => t(`allianceRole.${value}` as 'allianceRole.member', { defaultValue: value }) },
    languages: { zh: t('history.zh'), en: t('history.en') },
    yes: t('common.yes'),
    no: t('common.no'),
  }
}

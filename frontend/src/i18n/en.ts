import { admissionsEn } from '../admissions/i18n'
import { agreementsEn } from '../agreements/i18n'
import { alliancesEn } from '../alliances/i18n'
import { dashboardEn } from '../dashboard/i18n'
import { partnersEn } from '../partners/i18n'
import { programmesEn } from '../programmes/i18n'
import { selectionEn } from '../programmes/selectionI18n'
import { fieldErrorsEn } from './fieldErrors'
import { glossaryEn } from './glossary'
import { sharedEn } from './shared'

/** English: the reference shape; zh-CN must have exactly these keys (checked by the type-check). */
export const en = { glossary: glossaryEn, ...sharedEn, ...fieldErrorsEn, ...dashboardEn, ...partnersEn, ...agreementsEn, ...alliancesEn, ...programmesEn, ...selectionEn, ...admissionsEn } as const

import { admissionsZhCN } from '../admissions/i18n'
import { agreementsZhCN } from '../agreements/i18n'
import { alliancesZhCN } from '../alliances/i18n'
import { dashboardZhCN } from '../dashboard/i18n'
import { partnersZhCN } from '../partners/i18n'
import { programmesZhCN } from '../programmes/i18n'
import { selectionZhCN } from '../programmes/selectionI18n'
import type { Catalogue } from './catalogue'
import { fieldErrorsZhCN } from './fieldErrors'
import { glossaryZhCN } from './glossary'
import { sharedZhCN } from './shared'

export const zhCN = { glossary: glossaryZhCN, ...sharedZhCN, ...fieldErrorsZhCN, ...dashboardZhCN, ...partnersZhCN, ...agreementsZhCN, ...alliancesZhCN, ...programmesZhCN, ...selectionZhCN, ...admissionsZhCN } as const satisfies Catalogue

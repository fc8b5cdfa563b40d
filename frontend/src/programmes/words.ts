import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { FieldWords } from '../ui/fieldNames'
import { unitName } from './lifecycle'

const known = (t: TFunction, prefix: string) => (value: string) => t(`${prefix}.${value}` as 'callState.open', { defaultValue: value })

function base(t: TFunction, labels: Record<string, string>, values: FieldWords['values'] = {}): FieldWords {
  return { labels, values, languages: { zh: t('history.zh'), en: t('history.en') }, yes: t('common.yes'), no: t('common.no') }
}

export function schemeWords(t: TFunction): FieldWords {
  return base(t, {
    kind: t('scheme.kind'), title: t('scheme.title'), 'title.zh': t('scheme.titleZh'), 'title.en': t('scheme.titleEn'),
    description: t('scheme.description'), fundingRules: t('scheme.fundingRules'), destinations: t('scheme.destinations'),
    'destinations.institutionId': t('scheme.institution'), 'destinations.agreementId': t('scheme.agreement'),
  }, { kind: known(t, 'schemeKind') })
}

export function inboundWords(t: TFunction): FieldWords {
  return base(t, {
    mobilityType: t('mobility.mobilityType'), academicYear: t('mobility.academicYear'), participantName: t('inbound.participantName'),
    participantId: t('inbound.participantId'), homeUnit: t('inbound.homeUnit'), institutionId: t('inbound.institution'),
    plannedStart: t('mobility.plannedStart'), plannedEnd: t('mobility.plannedEnd'), actualStart: t('mobility.actualStart'),
    actualEnd: t('mobility.actualEnd'),
  }, { mobilityType: known(t, 'mobilityType') })
}

export function callWords(t: TFunction): FieldWords {
  return base(t, {
    schemeId: t('call.scheme'), title: t('call.title'), 'title.zh': t('call.titleZh'), 'title.en': t('call.titleEn'),
    academicYear: t('call.academicYear'), direction: t('call.direction'), mobilityType: t('call.mobilityType'),
    window: t('call.window'), 'window.from': t('call.windowFrom'), 'window.to': t('call.windowTo'), state: t('call.state'),
    destinations: t('call.destinations'), 'destinations.institutionId': t('call.destination'), 'destinations.places': t('call.places'),
    'destinations.overrideReason': t('call.overrideReason'), eligibility: t('call.eligibility'),
    'eligibility.yearsOfStudy': t('call.yearsOfStudy'), 'eligibility.minGpa': t('call.minGpa'),
    'eligibility.languageTests': t('call.languageTests'), 'eligibility.languageTests.test': t('call.languageTest'),
    'eligibility.languageTests.minScore': t('call.minScore'), 'eligibility.homeUnits': t('call.homeUnits'),
    requiredDocuments: t('call.requiredDocuments'), 'requiredDocuments.title.zh': t('call.documentTitleZh'),
    'requiredDocuments.title.en': t('call.documentTitleEn'), 'requiredDocuments.code': t('call.code'), criteria: t('call.criteria'),
    'criteria.code': t('call.code'), 'criteria.title.zh': t('call.criterionTitleZh'), 'criteria.title.en': t('call.criterionTitleEn'),
    'criteria.weight': t('call.weight'), reviewers: t('call.reviewers'), budget: t('call.budget'), 'budget.amount': t('call.amount'),
    'budget.currency': t('call.currency'),
  }, {
    state: known(t, 'callState'), direction: known(t, 'direction'), mobilityType: known(t, 'mobilityType'),
    'eligibility.homeUnits': (unit) => unitName(unit, t),
  })
}

export function applicationWords(t: TFunction): FieldWords {
  return base(t, {
    callId: t('application.call'), choices: t('application.choices'), statement: t('application.statement'), gpa: t('application.gpa'),
    yearOfStudy: t('application.yearOfStudy'), languageResults: t('application.languageResults'),
    'languageResults.test': t('application.languageTest'), 'languageResults.score': t('application.score'), state: t('application.state'),
    homeUnit: t('application.homeUnit'),
  }, { state: known(t, 'applicationState'), homeUnit: (unit) => unitName(unit, t) })
}

export function briefingWords(t: TFunction): FieldWords {
  return base(t, {
    title: t('briefing.title'), 'title.zh': t('briefing.titleZh'), 'title.en': t('briefing.titleEn'), description: t('briefing.description'),
    format: t('briefing.format'), campus: t('briefing.campus'), venue: t('briefing.venue'), link: t('briefing.link'), date: t('briefing.date'),
    startTime: t('briefing.startTime'), endTime: t('briefing.endTime'), capacity: t('briefing.capacity'),
    presentingPartners: t('briefing.presentingPartners'), schemeIds: t('briefing.schemeIds'), callIds: t('briefing.callIds'),
    state: t('briefing.state'), person: t('briefing.person'),
  }, { state: known(t, 'briefingState'), format: known(t, 'briefingFormat'), campus: known(t, 'campus') })
}

export function useWords(of: (t: TFunction) => FieldWords): FieldWords {
  const { t } = useTranslation()
  return of(t)
}

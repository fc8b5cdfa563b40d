// The dashboard's figures as plain rows: the same rows feed the chart, the table and the CSV export.
import type { components } from '../api/generated/partners'
import type { Language } from '../i18n/i18n'

type Schemas = components['schemas']
export type ByCountry = Schemas['ByCountry']
export type KindAndState = Schemas['AgreementsByKindAndState']
export type AgreementKind = Schemas['AgreementKind']
export type AgreementState = Schemas['AgreementState']

/** The lifecycle of domain.md, in its order. */
export const AGREEMENT_STATES = [
  'draft', 'under_review', 'approved', 'signed', 'active', 'expiring', 'expired', 'renewed', 'terminated',
] as const satisfies readonly AgreementState[]
export const AGREEMENT_KINDS = [
  'memorandum', 'student_exchange', 'staff_exchange', 'joint_degree', 'dual_degree', 'articulation', 'summer_school',
  'research', 'clinical_training', 'scholarship_scheme', 'erasmus_iia',
] as const satisfies readonly AgreementKind[]

/** The states grouped into the three phases the kind chart stacks. */
export const PHASES = {
  preparation: ['draft', 'under_review', 'approved', 'signed'],
  inForce: ['active', 'expiring'],
  ended: ['expired', 'renewed', 'terminated'],
} as const satisfies Record<string, readonly AgreementState[]>
export type Phase = keyof typeof PHASES
export const PHASE_ORDER: readonly Phase[] = ['preparation', 'inForce', 'ended']

export const isAgreementState = (value: string): value is AgreementState =>
  (AGREEMENT_STATES as readonly string[]).includes(value)
export const isAgreementKind = (value: string): value is AgreementKind =>
  (AGREEMENT_KINDS as readonly string[]).includes(value)

/** One bar or table row: a key (for links and React), a label in the current language and a count. */
export interface Ranked {
  key: string
  label: string
  value: number
  /** The aggregated rest of a top-N list. */
  other?: boolean
}

export const TOP_COUNTRIES = 15
export const OTHER_KEY = 'other'

const collator = (language: Language) => new Intl.Collator(language === 'zh-CN' ? 'zh-CN' : 'en')

/** Largest first; equal counts by label in the language's order (pinyin for Chinese). */
export function byValueThenLabel(language: Language) {
  const compare = collator(language).compare
  return (a: Ranked, b: Ranked) => b.value - a.value || compare(a.label, b.label)
}

/** The `limit` largest rows, and one "other" row summing the rest (only when there is a rest). */
export function topWithOther(rows: readonly Ranked[], limit: number, otherLabel: string, language: Language): Ranked[] {
  const sorted = [...rows].sort(byValueThenLabel(language))
  if (sorted.length <= limit) return sorted
  const rest = sorted.slice(limit)
  return [
    ...sorted.slice(0, limit),
    { key: OTHER_KEY, label: otherLabel, value: rest.reduce((sum, row) => sum + row.value, 0), other: true },
  ]
}

/** Countries with their names in the current language (the code when the service sent no name). */
export function countryRows(items: readonly ByCountry[] | undefined, language: Language): Ranked[] {
  return (items ?? [])
    .filter((item) => item.country)
    .map((item) => ({
      key: item.country!,
      label: (language === 'zh-CN' ? item.countryName?.zh : item.countryName?.en) ?? item.country!,
      value: item.count ?? 0,
    }))
    .sort(byValueThenLabel(language))
}

/** Agreements per state, every state of the lifecycle in its order (zero where none); unknown states at the end. */
export function stateCounts(items: readonly KindAndState[] | undefined): { state: string; count: number }[] {
  const counts = new Map<string, number>(AGREEMENT_STATES.map((state) => [state, 0]))
  for (const item of items ?? []) {
    if (!item.state) continue
    counts.set(item.state, (counts.get(item.state) ?? 0) + (item.count ?? 0))
  }
  return [...counts].map(([state, count]) => ({ state, count }))
}

export type KindRow = { kind: string; total: number } & Record<Phase, number>

const phaseOf = (state: string): Phase | undefined =>
  PHASE_ORDER.find((phase) => (PHASES[phase] as readonly string[]).includes(state))

/** Agreements per kind, split into phases; largest total first, equal totals in the kinds' usual order. */
export function kindRows(items: readonly KindAndState[] | undefined): KindRow[] {
  const rows = new Map<string, KindRow>()
  for (const item of items ?? []) {
    if (!item.kind || !item.state) continue
    const phase = phaseOf(item.state)
    if (!phase) continue
    const row = rows.get(item.kind) ?? { kind: item.kind, preparation: 0, inForce: 0, ended: 0, total: 0 }
    row[phase] += item.count ?? 0
    row.total += item.count ?? 0
    rows.set(item.kind, row)
  }
  const order = (kind: string) => (isAgreementKind(kind) ? AGREEMENT_KINDS.indexOf(kind) : AGREEMENT_KINDS.length)
  return [...rows.values()].sort((a, b) => b.total - a.total || order(a.kind) - order(b.kind) || a.kind.localeCompare(b.kind))
}

/** The pre-filtered lists the cards and figures open. */
export const links = {
  activePartners: () => '/partners?status=active',
  partnersIn: (country: string) => `/partners?${new URLSearchParams({ country, status: 'active' })}`,
  agreementsExpiring: (withinDays: number) => `/agreements?expiringWithinDays=${withinDays}`,
  agreementsIn: (states: readonly string[], kind?: string) => {
    const search = new URLSearchParams()
    if (kind) search.set('kind', kind)
    for (const state of states) search.append('state', state)
    return `/agreements?${search}`
  },
}

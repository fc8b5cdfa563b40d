import { useMemo } from 'react'
import { Col } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi, unwrap } from '../api/client'
import { useLanguage } from '../app/LanguageContext'
import { FigurePanel, type FigureColumn } from '../charts/FigurePanel'
import { barChartHeight, groupedBarOption, rankedBarOption, topList } from './chartOptions'
import { topWithOther } from './figures'

const TOP_COUNTRIES = 15

/** One call's selection: how many were eligible, how many selected, and the ratio in per cent (null: none eligible). */
export interface SelectionRow { id: string; label: string; year: string; eligible: number; selected: number; percent: number | null }
export interface DirectionRow { id: string; year: string; outbound: number; inbound: number }
export interface CountryRow { id: string; label: string; value: number }
export interface FundsRow { id: string; label: string; currency: string; grants: number; awarded: number; paid: number; repaid: number }

type Figures = {
  selection: Awaited<ReturnType<typeof load.selection>>
  funds: Awaited<ReturnType<typeof load.funds>>
}

export interface ApplicationsRow { id: string; callId: string; label: string; year: string; state: string; count: number }

const load = {
  applications: async () => unwrap(await programmesApi.GET('/api/programmes/figures/applications')).items ?? [],
  selection: async () => unwrap(await programmesApi.GET('/api/programmes/figures/selection')).items ?? [],
  directions: async () => unwrap(await programmesApi.GET('/api/programmes/figures/mobilities-by-direction')).items ?? [],
  countries: async () => unwrap(await programmesApi.GET('/api/programmes/figures/mobilities', { params: { query: { direction: 'outbound' } } })).items ?? [],
  funds: async () => unwrap(await programmesApi.GET('/api/programmes/figures/funds')).items ?? [],
}

/** Calls with at least one eligible application, in per cent to one decimal; the others cannot have a ratio. */
export function selectionRows(items: Figures['selection'], name: (title?: { zh: string; en: string }) => string): SelectionRow[] {
  return items.map((row) => ({
    id: row.callId ?? '', label: name(row.title), year: row.academicYear ?? '',
    eligible: Number(row.eligible ?? 0), selected: Number(row.selected ?? 0),
    percent: row.ratio === undefined || row.ratio === null ? null : Math.round(Number(row.ratio) * 1000) / 10,
  }))
}

/** One row per funder and currency: sums are never added across currencies. */
export function fundsRows(items: Figures['funds'], funderName: (funder: string) => string): FundsRow[] {
  return items.map((row) => ({
    id: `${row.funder}-${row.currency}`, label: `${funderName(row.funder ?? '')} · ${row.currency}`, currency: row.currency ?? '',
    grants: Number(row.grants ?? 0), awarded: Number(row.awarded ?? 0), paid: Number(row.paid ?? 0), repaid: Number(row.repaid ?? 0),
  }))
}

function SelectionRatios() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const query = useQuery({ queryKey: ['figures', 'programmes', 'selection'], queryFn: load.selection })
  const rows = useMemo(() => selectionRows(query.data ?? [], (title) => (language === 'zh-CN' ? title?.zh : title?.en) ?? ''), [query.data, language])
  const ranked = rows.filter((row) => row.percent !== null).map((row) => ({ key: row.id, label: row.label, value: row.percent ?? 0 }))
  const columns: FigureColumn<SelectionRow>[] = [
    { key: 'call', title: t('programmeFigures.call'), value: (row) => row.label, render: (row) => <Link to={`/calls/${row.id}`}>{row.label}</Link> },
    { key: 'year', title: t('programmeFigures.academicYear'), value: (row) => row.year },
    { key: 'eligible', title: t('programmeFigures.eligible'), value: (row) => row.eligible, numeric: true },
    { key: 'selected', title: t('programmeFigures.selected'), value: (row) => row.selected, numeric: true },
    { key: 'percent', title: t('programmeFigures.ratio'), value: (row) => (row.percent === null ? '—' : row.percent), numeric: true },
  ]
  return (
    <FigurePanel<SelectionRow>
      name="selection-ratio" title={t('programmeFigures.selectionTitle')} note={t('programmeFigures.selectionNote')}
      description={t('programmeFigures.selectionDescription', {
        top: topList(ranked, (name, value) => t('chart.item', { name, value: `${value} %` }), t('chart.listSeparator')) || '—',
      })}
      option={rankedBarOption(ranked, t('programmeFigures.ratio'), 220)} chartHeight={barChartHeight(ranked.length)}
      columns={columns} rows={rows} rowKey={(row) => row.id} loading={query.isPending} error={query.error}
    />
  )
}

/** Applications per call and state: the chart sums each call, the table and CSV keep every state. */
function ApplicationsPerCall() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const query = useQuery({ queryKey: ['figures', 'programmes', 'applications'], queryFn: load.applications })
  const rows: ApplicationsRow[] = (query.data ?? []).map((row) => ({
    id: `${row.callId}-${row.state}`, callId: row.callId ?? '', label: (language === 'zh-CN' ? row.title?.zh : row.title?.en) ?? '',
    year: row.academicYear ?? '', state: row.state ?? '', count: Number(row.count ?? 0),
  }))
  const perCall = new Map<string, { key: string; label: string; value: number }>()
  for (const row of rows) {
    const call = perCall.get(row.callId) ?? { key: row.callId, label: row.label, value: 0 }
    call.value += row.count
    perCall.set(row.callId, call)
  }
  const ranked = [...perCall.values()]
  const columns: FigureColumn<ApplicationsRow>[] = [
    { key: 'call', title: t('programmeFigures.call'), value: (row) => row.label, render: (row) => <Link to={`/calls/${row.callId}/applications`}>{row.label}</Link> },
    { key: 'year', title: t('programmeFigures.academicYear'), value: (row) => row.year },
    { key: 'state', title: t('programmeFigures.state'), value: (row) => t(`applicationState.${row.state}`, { defaultValue: row.state }) },
    { key: 'count', title: t('programmeFigures.applications'), value: (row) => row.count, numeric: true },
  ]
  return (
    <FigurePanel<ApplicationsRow>
      name="applications-per-call" title={t('programmeFigures.applicationsTitle')} note={t('programmeFigures.applicationsNote')}
      description={t('programmeFigures.applicationsDescription', {
        total: ranked.reduce((sum, call) => sum + call.value, 0),
        top: topList([...ranked].sort((a, b) => b.value - a.value), (name, value) => t('chart.item', { name, value }), t('chart.listSeparator')) || '—',
      })}
      option={rankedBarOption(ranked, t('programmeFigures.applications'), 220)} chartHeight={barChartHeight(ranked.length)}
      columns={columns} rows={rows} rowKey={(row) => row.id} loading={query.isPending} error={query.error}
    />
  )
}

function MobilitiesByDirection() {
  const { t } = useTranslation()
  const query = useQuery({ queryKey: ['figures', 'programmes', 'directions'], queryFn: load.directions })
  const rows: DirectionRow[] = (query.data ?? []).map((row) => ({
    id: row.academicYear ?? '', year: row.academicYear ?? '', outbound: Number(row.outbound ?? 0), inbound: Number(row.inbound ?? 0),
  }))
  const columns: FigureColumn<DirectionRow>[] = [
    { key: 'year', title: t('programmeFigures.academicYear'), value: (row) => row.year },
    { key: 'outbound', title: t('direction.outbound'), value: (row) => row.outbound, numeric: true },
    { key: 'inbound', title: t('direction.inbound'), value: (row) => row.inbound, numeric: true },
  ]
  const option = groupedBarOption(rows.map((row) => row.year), [
    { name: t('direction.outbound'), values: rows.map((row) => row.outbound) },
    { name: t('direction.inbound'), values: rows.map((row) => row.inbound) },
  ])
  const outbound = rows.reduce((sum, row) => sum + row.outbound, 0)
  const inbound = rows.reduce((sum, row) => sum + row.inbound, 0)
  return (
    <FigurePanel<DirectionRow>
      name="mobilities-by-direction" title={t('programmeFigures.directionTitle')} note={t('programmeFigures.directionNote')}
      description={t('programmeFigures.directionDescription', { years: rows.length, outbound, inbound })}
      option={option} chartHeight={barChartHeight(rows.length * 2, true)}
      columns={columns} rows={rows} rowKey={(row) => row.id} loading={query.isPending} error={query.error}
    />
  )
}

function MobilitiesByCountry() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const query = useQuery({ queryKey: ['figures', 'programmes', 'countries'], queryFn: load.countries })
  const rows = useMemo(() => {
    const byCountry = new Map<string, CountryRow>()
    for (const row of query.data ?? []) {
      const key = row.country ?? ''
      const label = (language === 'zh-CN' ? row.countryName?.zh : row.countryName?.en) ?? key
      const found = byCountry.get(key) ?? { id: key, label, value: 0 }
      found.value += Number(row.count ?? 0)
      byCountry.set(key, found)
    }
    return [...byCountry.values()].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
  }, [query.data, language])
  const ranked = topWithOther(rows.map((row) => ({ key: row.id, label: row.label, value: row.value })), TOP_COUNTRIES, t('programmeFigures.otherCountries'), language)
  const columns: FigureColumn<CountryRow>[] = [
    { key: 'country', title: t('programmeFigures.country'), value: (row) => row.label },
    { key: 'count', title: t('programmeFigures.mobilities'), value: (row) => row.value, numeric: true },
  ]
  return (
    <FigurePanel<CountryRow>
      name="outbound-mobilities-by-country" title={t('programmeFigures.countryTitle')} note={t('programmeFigures.countryNote')}
      description={t('programmeFigures.countryDescription', {
        total: rows.reduce((sum, row) => sum + row.value, 0),
        top: topList(ranked, (name, value) => t('chart.item', { name, value }), t('chart.listSeparator')) || '—',
      })}
      option={rankedBarOption(ranked, t('programmeFigures.mobilities'))} chartHeight={barChartHeight(ranked.length)}
      columns={columns} rows={ranked.map((row) => ({ id: row.key, label: row.label, value: row.value }))} exportRows={rows}
      rowKey={(row) => row.id} loading={query.isPending} error={query.error}
    />
  )
}

function FundsAwarded() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const query = useQuery({ queryKey: ['figures', 'programmes', 'funds'], queryFn: load.funds })
  const rows = useMemo(() => fundsRows(query.data ?? [], (funder) => t(`funder.${funder}`, { defaultValue: funder })), [query.data, t])
  const amount = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)
  const columns: FigureColumn<FundsRow>[] = [
    { key: 'funder', title: t('programmeFigures.funder'), value: (row) => row.label },
    { key: 'grants', title: t('programmeFigures.grants'), value: (row) => row.grants, numeric: true },
    { key: 'awarded', title: t('programmeFigures.awarded'), value: (row) => row.awarded, render: (row) => amount(row.awarded), numeric: true },
    { key: 'paid', title: t('programmeFigures.paid'), value: (row) => row.paid, render: (row) => amount(row.paid), numeric: true },
    { key: 'repaid', title: t('programmeFigures.repaid'), value: (row) => row.repaid, render: (row) => amount(row.repaid), numeric: true },
  ]
  const option = groupedBarOption(rows.map((row) => row.label), [
    { name: t('programmeFigures.awarded'), values: rows.map((row) => row.awarded) },
    { name: t('programmeFigures.paid'), values: rows.map((row) => row.paid) },
  ])
  return (
    <FigurePanel<FundsRow>
      name="funds-by-funder" title={t('programmeFigures.fundsTitle')} note={t('programmeFigures.fundsNote')}
      description={t('programmeFigures.fundsDescription', { count: rows.length })}
      option={option} chartHeight={barChartHeight(rows.length * 2, true)}
      columns={columns} rows={rows} rowKey={(row) => row.id} loading={query.isPending} error={query.error}
    />
  )
}

/** The programmes' figures on the dashboard: applications, selection, mobilities by direction and by country, funds (two a row only on wide screens: at 1366 px their titles need the whole width beside their controls). */
export function ProgrammeFigures() {
  return (
    <>
      <Col xs={24}><ApplicationsPerCall /></Col>
      <Col xs={24} xxl={12}><SelectionRatios /></Col>
      <Col xs={24} xxl={12}><MobilitiesByDirection /></Col>
      <Col xs={24} xxl={12}><MobilitiesByCountry /></Col>
      <Col xs={24} xxl={12}><FundsAwarded /></Col>
    </>
  )
}

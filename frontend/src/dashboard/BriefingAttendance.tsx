import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { programmesApi, unwrap } from '../api/client'
import { FigurePanel, type FigureColumn } from '../charts/FigurePanel'
import { barChartHeight, rankedBarOption, topList } from './chartOptions'

type PerBriefing = NonNullable<Awaited<ReturnType<typeof loadFigures>>['briefings']>[number]

export interface AttendanceRow {
  id: string
  label: string
  date: string
  registered: number
  attended: number
  absent: number
  /** Applications the briefing brought: attendees who then applied to a call it was about. */
  applications: number
}

async function loadFigures() {
  return unwrap(await programmesApi.GET('/api/programmes/figures/briefings'))
}

/** One row per briefing, newest first, named in the current language; cancelled briefings left out. */
export function attendanceRows(briefings: readonly PerBriefing[] | undefined, name: (b: PerBriefing) => string): AttendanceRow[] {
  return (briefings ?? [])
    .filter((b) => b.state !== 'cancelled')
    .map((b) => ({
      id: b.briefingId ?? '', label: name(b), date: b.date ?? '',
      registered: Number(b.registered ?? 0), attended: Number(b.attended ?? 0), absent: Number(b.absent ?? 0),
      applications: Number(b.applications ?? 0),
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.label.localeCompare(b.label))
}

/** Registrations and attendance per briefing (programmes-service's figures), as a chart or a table, with its CSV. */
export function BriefingAttendance() {
  const { t, i18n } = useTranslation()
  const query = useQuery({ queryKey: ['figures', 'briefings'], queryFn: loadFigures })
  const zh = i18n.language === 'zh-CN'
  const rows = useMemo(() => attendanceRows(query.data?.briefings, (b) => (zh ? b.title?.zh : b.title?.en) ?? ''), [query.data, zh])
  const ranked = rows.map((row) => ({ key: row.id, label: row.label, value: row.registered }))
  const option = useMemo(() => rankedBarOption(ranked, t('programmesDashboard.registered'), 220), [ranked, t]) // eslint-disable-line react-hooks/exhaustive-deps
  const columns: FigureColumn<AttendanceRow>[] = [
    { key: 'briefing', title: t('programmesDashboard.briefing'), value: (row) => row.label,
      render: (row) => <Link to={`/briefings/${row.id}`}>{row.label}</Link> },
    { key: 'date', title: t('programmesDashboard.date'), value: (row) => row.date },
    { key: 'registered', title: t('programmesDashboard.registered'), value: (row) => row.registered, numeric: true },
    { key: 'attended', title: t('programmesDashboard.attended'), value: (row) => row.attended, numeric: true },
    { key: 'absent', title: t('programmesDashboard.absent'), value: (row) => row.absent, numeric: true },
    { key: 'applications', title: t('programmesDashboard.applications'), value: (row) => row.applications, numeric: true },
  ]
  const description = t('programmesDashboard.description', {
    total: rows.reduce((sum, row) => sum + row.registered, 0),
    top: topList([...ranked].sort((a, b) => b.value - a.value), (name, value) => t('chart.item', { name, value }), t('chart.listSeparator')),
  })
  return (
    <FigurePanel<AttendanceRow>
      name="briefing-attendance"
      title={t('programmesDashboard.briefings')}
      note={t('programmesDashboard.note')}
      description={description}
      option={option}
      chartHeight={barChartHeight(rows.length)}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      loading={query.isPending}
      error={query.error}
    />
  )
}

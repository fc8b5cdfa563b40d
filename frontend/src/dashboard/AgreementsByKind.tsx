import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { FigurePanel, type FigureColumn } from '../charts/FigurePanel'
import { barChartHeight, stackedBarOption, topList } from './chartOptions'
import { isAgreementKind, kindRows, links, PHASE_ORDER, PHASES, type KindRow, type Phase } from './figures'
import { figures } from './queries'

type Row = KindRow & { label: string }

/** Agreements per kind, each bar split into in preparation / in force / ended, or the same as a table. */
export function AgreementsByKind() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const query = useQuery(figures.agreementsByKindAndState())

  const rows: Row[] = useMemo(
    () => kindRows(query.data?.items).map((row) => ({ ...row, label: isAgreementKind(row.kind) ? t(`agreementKind.${row.kind}`) : row.kind })),
    [query.data, t],
  )
  const phaseLabels = useMemo(
    () => Object.fromEntries(PHASE_ORDER.map((phase) => [phase, t(`dashboard.phase.${phase}`)])) as Record<Phase, string>,
    [t],
  )
  const option = useMemo(() => stackedBarOption(rows, phaseLabels), [rows, phaseLabels])
  const columns: FigureColumn<Row>[] = [
    {
      key: 'kind', title: t('dashboard.agreementKind'), value: (row) => row.label,
      render: (row) => <Link to={links.agreementsIn([], row.kind)}>{row.label}</Link>,
    },
    ...PHASE_ORDER.map((phase): FigureColumn<Row> => ({
      key: phase, title: phaseLabels[phase], value: (row) => row[phase], numeric: true,
    })),
    { key: 'total', title: t('dashboard.total'), value: (row) => row.total, numeric: true },
  ]
  const description = t('dashboard.byKindDescription', {
    total: query.data?.total ?? 0,
    top: topList(rows.map((row) => ({ label: row.label, value: row.total })), (name, value) => t('chart.item', { name, value }), t('chart.listSeparator')),
  })

  return (
    <FigurePanel<Row>
      name="agreements-by-kind"
      title={t('dashboard.byKind')}
      note={t('dashboard.byKindNote')}
      description={description}
      option={option}
      chartHeight={barChartHeight(rows.length, true)}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.kind}
      loading={query.isPending}
      error={query.error}
      onItemClick={({ seriesIndex, dataIndex }) => {
        const row = rows[dataIndex]
        const phase = PHASE_ORDER[seriesIndex]
        if (row && phase) void navigate(links.agreementsIn(PHASES[phase], row.kind))
      }}
    />
  )
}

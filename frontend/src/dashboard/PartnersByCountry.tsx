import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/LanguageContext'
import { FigurePanel, type FigureColumn } from '../charts/FigurePanel'
import { barChartHeight, rankedBarOption, topList } from './chartOptions'
import { countryRows, links, TOP_COUNTRIES, topWithOther, type Ranked } from './figures'
import { figures } from './queries'

/** Active partner institutions per country/region: the 15 largest and "other", as bars or a table. */
export function PartnersByCountry() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const navigate = useNavigate()
  const query = useQuery(figures.activeByCountry())

  const all = useMemo(() => countryRows(query.data?.items, language), [query.data, language])
  const rows = useMemo(() => topWithOther(all, TOP_COUNTRIES, t('chart.other'), language), [all, t, language])
  const option = useMemo(() => rankedBarOption(rows, t('dashboard.partnerCount')), [rows, t])
  const columns: FigureColumn<Ranked>[] = [
    {
      key: 'country', title: t('dashboard.countryRegion'), value: (row) => row.label,
      render: (row) => (row.other ? row.label : <Link to={links.partnersIn(row.key)}>{row.label}</Link>),
    },
    { key: 'count', title: t('dashboard.partnerCount'), value: (row) => row.value, numeric: true },
  ]
  const description = t('dashboard.byCountryDescription', {
    total: query.data?.total ?? 0,
    top: topList(rows, (name, value) => t('chart.item', { name, value }), t('chart.listSeparator')),
  })

  return (
    <FigurePanel<Ranked>
      name="partners-by-country"
      title={t('dashboard.byCountry')}
      note={t('dashboard.byCountryNote')}
      description={description}
      option={option}
      chartHeight={barChartHeight(rows.length)}
      columns={columns}
      rows={rows}
      exportRows={all}
      rowKey={(row) => row.key}
      loading={query.isPending}
      error={query.error}
      onItemClick={({ dataIndex }) => {
        const row = rows[dataIndex]
        if (row && !row.other) void navigate(links.partnersIn(row.key))
      }}
    />
  )
}

import { useId, useState, type ReactNode } from 'react'
import { Alert, Button, Card, Empty, Segmented, Skeleton, Space, Table, Typography } from 'antd'
import { BarChartOutlined, DownloadOutlined, TableOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/LanguageContext'
import { csvFileName, toCsv, type CsvCell } from './csv'
import { downloadText } from './download'
import { LazyChart } from './LazyChart'
import type { ChartItem } from './Chart'
import type { ChartOption } from './option'

/** A column of the table view and of the CSV: its header in the current language and its value per row. */
export interface FigureColumn<R> {
  key: string
  title: string
  value: (row: R) => string | number
  /** What the table cell shows, if not the plain value (a link, say). The CSV always gets the plain value. */
  render?: (row: R) => ReactNode
  numeric?: boolean
}

export type FigureView = 'chart' | 'table'

export interface FigurePanelProps<R> {
  /** Stable ASCII name of the figure, for the CSV file: `partners-by-country` → `partners-by-country-2026-11-22.csv`. */
  name: string
  title: string
  /** A short line under the title that says what is counted. */
  note?: ReactNode
  /** The chart's accessible name: what it shows, in a sentence. */
  description: string
  option: ChartOption
  chartHeight: number
  columns: readonly FigureColumn<R>[]
  /** The rows the chart and the table show. */
  rows: readonly R[]
  /** The rows the CSV gets, when they are more than the chart shows (a top 15 exports every country). */
  exportRows?: readonly R[]
  rowKey: (row: R) => string
  loading?: boolean
  error?: Error | null
  onItemClick?: (item: ChartItem) => void
}

/** A card's title as the page's second heading level (the page has the one h1). */
export const CARD_HEADING = { margin: 0, fontSize: 16, fontWeight: 600 } as const

/** "Export CSV" for rows the page already has: the file is written in the browser, headers in the current language. */
export function ExportCsvButton<R>({ name, title, columns, rows, disabled }: {
  name: string
  title: string
  columns: readonly FigureColumn<R>[]
  rows: readonly R[]
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const exportCsv = () => {
    const header = columns.map((column) => column.title)
    const cells: CsvCell[][] = rows.map((row) => columns.map((column) => column.value(row)))
    downloadText(csvFileName(name, new Date()), toCsv(header, cells))
  }
  return (
    <Button
      size="small"
      icon={<DownloadOutlined aria-hidden />}
      // The visible text starts the accessible name (WCAG 2.5.3); the title tells the cards' buttons apart.
      aria-label={t('chart.named', { action: t('common.exportCsv'), title })}
      disabled={disabled || rows.length === 0}
      onClick={exportCsv}
    >
      {t('common.exportCsv')}
    </Button>
  )
}

/** A counted figure as a card: a chart or the same rows as a table (a toggle), and a CSV export made in the browser. */
export function FigurePanel<R>(props: FigurePanelProps<R>) {
  const { name, title, note, description, option, chartHeight, columns, rows, exportRows, rowKey, loading, error, onItemClick } = props
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [view, setView] = useState<FigureView>('chart')
  const headingId = useId()
  const empty = !loading && !error && rows.length === 0

  const named = (action: string) => t('chart.named', { action, title })
  return (
    <section aria-labelledby={headingId} style={{ height: '100%' }}>
      <Card
        style={{ height: '100%' }}
        title={<h2 id={headingId} style={CARD_HEADING}>{title}</h2>}
        extra={(
          <Space wrap size="small">
            <Segmented<FigureView>
              aria-label={named(t('chart.view'))}
              size="small"
              value={view}
              onChange={setView}
              options={[
                { value: 'chart', label: t('chart.chart'), icon: <BarChartOutlined aria-hidden /> },
                { value: 'table', label: t('chart.table'), icon: <TableOutlined aria-hidden /> },
              ]}
            />
            <ExportCsvButton name={name} title={title} columns={columns} rows={exportRows ?? rows} disabled={loading || !!error} />
          </Space>
        )}
      >
        {note && <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>{note}</Typography.Paragraph>}
        {error ? (
          <Alert type="error" showIcon title={t('common.error')} description={error.message} />
        ) : loading ? (
          <div style={{ height: chartHeight }} aria-busy="true"><Skeleton active /></div>
        ) : empty ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.empty')} />
        ) : view === 'chart' ? (
          <LazyChart option={option} description={description} language={language} height={chartHeight} onItemClick={onItemClick} />
        ) : (
          <Table<R>
            size="small"
            pagination={false}
            rowKey={rowKey}
            dataSource={rows as R[]}
            columns={columns.map((column) => ({
              key: column.key,
              title: column.title,
              align: column.numeric ? 'right' : 'left',
              render: (_: unknown, row: R) => (column.render ? column.render(row) : column.value(row)),
            }))}
          />
        )}
      </Card>
    </section>
  )
}

import type { ReactNode } from 'react'
import { Alert, Button, Empty, Flex, Space, Table, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { TableColumnsType, TableProps } from 'antd'
import type { UseQueryResult } from '@tanstack/react-query'
import { PAGE_SIZES, sortOrder, sortParam } from '../app/searchParams'
import { FilterBar, type FilterField } from './FilterBar'

export interface ListColumn<T> {
  key: string
  title: string
  /** In px. All columns together stay within 1,078 px (the content width at 1366 px), so no sideways scrolling. */
  width: number
  render: (row: T) => ReactNode
  /** The API's sort key when the column sorts (`name`, `-name` in the URL). */
  sortKey?: string
  align?: 'right'
  /** Cells are one line cut with an ellipsis unless a column needs to wrap. */
  wrap?: boolean
}

export interface Paging {
  page: number
  size: number
  sort?: string
}

export interface ListPageProps<T> {
  /** The page's name (h1); `id` also prefixes the filters' ids. */
  id: string
  title: string
  subtitle?: ReactNode
  /** Buttons beside the title (create); the CSV export is added from `exportHref`. */
  toolbar?: ReactNode
  exportHref?: string
  filters: FilterField[]
  filtered: boolean
  onReset: () => void
  columns: ListColumn<T>[]
  /** The last column, frozen on the right: what one may do with a row. */
  actions?: { width: number; render: (row: T) => ReactNode }
  rowKey: (row: T) => string
  rows: T[]
  total: number
  loading: boolean
  error?: Error | null
  onRetry: () => void
  paging: Paging
  onPaging: (paging: Paging) => void
  totalText: (count: number) => string
  /** What an empty list says when nothing is filtered, if more than "nothing here yet" helps (where to start). */
  emptyText?: string
}

/**
 * Every list of the console: title and toolbar, the filter bar (its state in the URL), a table of one-line cells
 * with a frozen first column, server paging and sorting, one empty state, and the CSV export of what is filtered.
 */
export function ListPage<T extends object>(props: ListPageProps<T>) {
  const { t } = useTranslation()
  const { paging } = props
  const columns: TableColumnsType<T> = props.columns.map((column, index) => ({
    key: column.key,
    title: column.title,
    width: column.width,
    align: column.align,
    fixed: index === 0 ? 'left' : undefined,
    sorter: column.sortKey !== undefined,
    sortOrder: column.sortKey !== undefined ? sortOrder(paging.sort, column.sortKey) : undefined,
    // One line cut with an ellipsis in the cell (not antd's column ellipsis, which also cuts the header).
    render: (_: unknown, row: T) => (column.wrap ? column.render(row) : <div className="cell-one-line">{column.render(row)}</div>),
  }))
  // antd names the sort after the column's key; the API's sort key may differ.
  const sortKeys = new Map(props.columns.map((column) => [column.key, column.sortKey]))
  if (props.actions) {
    const { width, render } = props.actions
    columns.push({ key: 'actions', title: t('common.actions'), width, fixed: 'right', render: (_: unknown, row: T) => render(row) })
  }
  const width = columns.reduce((sum, column) => sum + Number(column.width ?? 0), 0)

  const onChange: TableProps<T>['onChange'] = (pagination, _filters, sorter) => {
    const single = (Array.isArray(sorter) ? sorter[0] : sorter) as { order?: string | null; columnKey?: unknown } | undefined
    const sort = sortParam(single?.columnKey ? { ...single, columnKey: sortKeys.get(String(single.columnKey)) } : single)
    props.onPaging({
      sort, page: sort !== paging.sort ? 1 : pagination.current ?? 1, size: pagination.pageSize ?? paging.size,
    })
  }

  return (
    <section aria-labelledby={`${props.id}-title`}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={1} id={`${props.id}-title`} className="page-title">{props.title}</Typography.Title>
          {props.subtitle && <Typography.Text>{props.subtitle}</Typography.Text>}
        </div>
        <Space>
          {props.exportHref && <Button icon={<DownloadOutlined />} href={props.exportHref}>{t('common.exportCsv')}</Button>}
          {props.toolbar}
        </Space>
      </Flex>
      {/* A list with nothing to filter (one's own few records) has no filter bar. */}
      <div style={{ marginTop: 16 }}>
        {props.filters.length > 0 && <FilterBar id={props.id} fields={props.filters} onReset={props.onReset} />}
      </div>
      {props.error && <Alert type="error" showIcon title={t('common.error')} description={props.error.message} style={{ marginBottom: 12 }}
        action={<Button onClick={props.onRetry}>{t('common.retry')}</Button>} />}
      <Table<T>
        rowKey={props.rowKey}
        size="middle"
        sticky
        tableLayout="fixed"
        scroll={{ x: width }}
        columns={columns}
        dataSource={props.rows}
        loading={props.loading}
        onChange={onChange}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.filtered ? t('common.noMatch') : props.emptyText ?? t('common.empty')} /> }}
        pagination={{
          current: paging.page, pageSize: paging.size, total: props.total, showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES, showTotal: props.totalText,
        }}
      />
    </section>
  )
}

/** What a ListPage shows of the query behind it: its rows, total, loading, error and retry. */
export function fromQuery<T>(query: UseQueryResult<{ items?: unknown[]; total?: number } | undefined>) {
  return {
    rows: (query.data?.items ?? []) as T[],
    total: query.data?.total ?? 0,
    loading: query.isFetching,
    error: query.error,
    onRetry: () => void query.refetch(),
  }
}

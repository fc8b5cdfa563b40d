import { useState } from 'react'
import { Alert, Form, Select, Table, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Revision } from '../api/types'
import { formatInstant } from '../app/format'
import { defaultPair } from './diff'
import { fieldName, fieldValue, type FieldWords } from './fieldNames'
import { PersonName } from './PersonName'

export interface Comparison {
  changes?: { field?: string; from?: unknown; to?: unknown }[]
}

export interface HistoryTabProps {
  /** The record's query key; its versions and comparisons are cached under it. */
  queryKey: readonly unknown[]
  versions: () => Promise<Revision[]>
  compare: (from: number, to: number) => Promise<Comparison>
  words: FieldWords
  /** A history action (`drafted`, `sent back`) in words. */
  action: (action: string) => string
}

interface DiffRow {
  field: string
  from: string
  to: string
}

/** Two versions side by side: the fields that differ, in words, old struck through and new underlined. */
export function VersionDiff({ from, to, changes, loading, words }: {
  from: number; to: number; changes: Comparison['changes']; loading: boolean; words: FieldWords
}) {
  const { t } = useTranslation()
  const rows: DiffRow[] = (changes ?? []).map((change) => ({
    field: change.field ?? '',
    from: fieldValue(change.field ?? '', change.from, words),
    to: fieldValue(change.field ?? '', change.to, words),
  }))
  return (
    <Table<DiffRow>
      size="small"
      rowKey="field"
      loading={loading}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('history.noDifferences') }}
      columns={[
        { key: 'field', title: t('history.field'), width: '24%', render: (_, row) => fieldName(row.field, words) },
        { key: 'from', title: `v${from}`, width: '38%', render: (_, row) => <del className="diff-old">{row.from}</del> },
        { key: 'to', title: `v${to}`, width: '38%', render: (_, row) => <ins className="diff-new">{row.to}</ins> },
      ]}
    />
  )
}

/** Who changed what and when (fields and actions in words), and any two versions compared. */
export function HistoryTab({ queryKey, versions: loadVersions, compare, words, action }: HistoryTabProps) {
  const { t } = useTranslation()
  const [pair, setPair] = useState<[number | undefined, number | undefined]>([undefined, undefined])
  const versions = useQuery({ queryKey: [...queryKey, 'versions'], queryFn: loadVersions })
  const numbers = (versions.data ?? []).map((revision) => revision.version ?? 0)
  const fallback = defaultPair(numbers)
  const from = pair[0] ?? fallback?.[0]
  const to = pair[1] ?? fallback?.[1]
  const comparison = useQuery({
    queryKey: [...queryKey, 'compare', from, to],
    enabled: from !== undefined && to !== undefined,
    queryFn: () => compare(from!, to!),
  })
  const options = [...numbers].sort((a, b) => b - a).map((n) => ({ value: n, label: `v${n}` }))

  return (
    <div>
      {versions.isError && <Alert type="error" showIcon title={t('common.error')} description={versions.error.message} />}
      <Table<Revision>
        size="small"
        rowKey={(row) => String(row.version)}
        loading={versions.isPending}
        dataSource={versions.data ?? []}
        pagination={false}
        columns={[
          { key: 'version', title: t('partner.version'), width: 70, render: (_, row) => `v${row.version}` },
          { key: 'action', title: t('partner.action'), width: 130, render: (_, row) => (row.action ? action(row.action) : '—') },
          { key: 'fields', title: t('partner.changedFields'),
            render: (_, row) => ((row.changedFields ?? []).length === 0 ? '—'
              : (row.changedFields ?? []).map((field) => fieldName(field, words)).join(t('chart.listSeparator'))) },
          { key: 'by', title: t('partner.changedBy'), width: 120, render: (_, row) => <PersonName username={row.changedBy} stored={{ nameZh: row.changedByNameZh, nameEn: row.changedByName }} /> },
          { key: 'at', title: t('partner.changedAt'), width: 150, render: (_, row) => formatInstant(row.changedAt) || '—' },
          { key: 'reason', title: t('partner.reason'), render: (_, row) => row.reason ?? '—' },
        ]}
      />
      <section aria-labelledby="compare-title" style={{ marginTop: 24 }}>
        <Typography.Title level={2} id="compare-title" style={{ fontSize: 16 }}>{t('history.compare')}</Typography.Title>
        {numbers.length < 2 ? <Typography.Paragraph>{t('history.needTwo')}</Typography.Paragraph> : (
          <>
            <Form layout="inline" style={{ marginBottom: 12 }}>
              <Form.Item label={t('history.from')} htmlFor="compare-from">
                <Select id="compare-from" style={{ width: 120 }} value={from} options={options} onChange={(value) => setPair([value, to])} />
              </Form.Item>
              <Form.Item label={t('history.to')} htmlFor="compare-to">
                <Select id="compare-to" style={{ width: 120 }} value={to} options={options} onChange={(value) => setPair([from, value])} />
              </Form.Item>
            </Form>
            {comparison.isError && <Alert type="error" showIcon title={t('common.error')} description={comparison.error.message} />}
            <VersionDiff from={from!} to={to!} changes={comparison.data?.changes} loading={comparison.isFetching} words={words} />
          </>
        )}
      </section>
    </div>
  )
}

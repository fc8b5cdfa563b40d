import { useState } from 'react'
import { Alert, Form, Select, Table, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import type { Revision } from '../api/types'
import { formatInstant } from '../app/format'
import { defaultPair, diffRows, type DiffRow } from './diff'
import { useFieldLabel } from './useFieldLabel'

/** Who changed what and when, and any two versions side by side with the fields that differ. */
export function AgreementHistory({ agreementId }: { agreementId: string }) {
  const { t, i18n } = useTranslation()
  const [pair, setPair] = useState<[number | undefined, number | undefined]>([undefined, undefined])

  const versions = useQuery({
    queryKey: ['agreement', agreementId, 'versions'],
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements/{id}/versions', { params: { path: { id: agreementId } } })),
  })
  const numbers = (versions.data ?? []).map((revision) => revision.version ?? 0)
  const fallback = defaultPair(numbers)
  const from = pair[0] ?? fallback?.[0]
  const to = pair[1] ?? fallback?.[1]

  const comparison = useQuery({
    queryKey: ['agreement', agreementId, 'compare', from, to],
    enabled: from !== undefined && to !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements/{id}/versions/compare', {
      params: { path: { id: agreementId }, query: { from: from!, to: to! } },
    })),
  })

  const actionLabel = (action?: string) => {
    const key = `historyAction.${(action ?? '').replaceAll(' ', '_')}`
    return i18n.exists(key) ? t(key as 'historyAction.drafted') : action
  }
  const fieldLabel = useFieldLabel()
  const versionOptions = [...numbers].sort((a, b) => b - a).map((n) => ({ value: n, label: `v${n}` }))

  return (
    <div>
      <Table<Revision>
        size="small"
        rowKey={(row) => String(row.version)}
        loading={versions.isPending}
        dataSource={versions.data ?? []}
        pagination={false}
        columns={[
          { key: 'version', title: t('partner.version'), render: (_, row) => `v${row.version}` },
          { key: 'action', title: t('partner.action'), render: (_, row) => actionLabel(row.action) },
          { key: 'fields', title: t('partner.changedFields'), render: (_, row) => (row.changedFields ?? []).join(', ') },
          { key: 'by', title: t('partner.changedBy'), dataIndex: 'changedBy' },
          { key: 'at', title: t('partner.changedAt'), render: (_, row) => formatInstant(row.changedAt) },
          { key: 'reason', title: t('partner.reason'), dataIndex: 'reason' },
        ]}
      />
      <section aria-labelledby="compare-title" style={{ marginTop: 24 }}>
        <Typography.Title level={2} id="compare-title" style={{ fontSize: 16 }}>{t('history.compare')}</Typography.Title>
        {numbers.length < 2 ? <Typography.Paragraph>{t('history.needTwo')}</Typography.Paragraph> : (
          <>
            <Form layout="inline" style={{ marginBottom: 12 }}>
              <Form.Item label={t('history.from')} htmlFor="compare-from">
                <Select id="compare-from" style={{ width: 120 }} value={from} options={versionOptions} onChange={(value) => setPair([value, to])} />
              </Form.Item>
              <Form.Item label={t('history.to')} htmlFor="compare-to">
                <Select id="compare-to" style={{ width: 120 }} value={to} options={versionOptions} onChange={(value) => setPair([from, value])} />
              </Form.Item>
            </Form>
            {comparison.isError && <Alert type="error" showIcon title={t('common.error')} description={comparison.error.message} />}
            <Table<DiffRow>
              size="small"
              rowKey="field"
              loading={comparison.isFetching}
              dataSource={diffRows(comparison.data?.changes ?? [])}
              pagination={false}
              locale={{ emptyText: t('history.noDifferences') }}
              columns={[
                { key: 'field', title: t('history.field'), width: '24%', render: (_, row) => fieldLabel(row.field) },
                { key: 'from', title: `v${from}`, width: '38%', render: (_, row) => <del className="diff-old">{row.from}</del> },
                { key: 'to', title: `v${to}`, width: '38%', render: (_, row) => <ins className="diff-new">{row.to}</ins> },
              ]}
            />
          </>
        )}
      </section>
    </div>
  )
}

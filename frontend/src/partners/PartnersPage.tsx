import { Alert, Button, Flex, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd'
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { TableProps } from 'antd'
import { api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { INSTITUTION_KINDS, INSTITUTION_STATUSES, type InstitutionSummary, type Text } from '../api/types'
import { useLanguage } from '../app/LanguageContext'
import { canEditInstitutions } from '../app/roles'
import { EXPIRY_COLOURS, expiryStatus } from './expiry'
import { exportHref, filtersToQuery, filtersToSearch, parseFilters, type PartnerFilters } from './filters'
import { useCountries } from './useCountries'
import { sortOrder, sortParam } from '../app/searchParams'

export function BilingualName({ name }: { name?: Text }) {
  const { language } = useLanguage()
  if (!name) return null
  const [first, second] = language === 'zh-CN' ? [name.zh, name.en] : [name.en, name.zh]
  return (
    <span>
      <span lang={language}>{first}</span>
      <br />
      <Typography.Text type="secondary" lang={language === 'zh-CN' ? 'en' : 'zh-CN'}>{second}</Typography.Text>
    </span>
  )
}

export function ExpiryTag({ date }: { date?: string }) {
  const { t } = useTranslation()
  const status = expiryStatus(date)
  if (status === 'none') return <Typography.Text type="secondary">{t('expiry.none')}</Typography.Text>
  return (
    <Tag color={EXPIRY_COLOURS[status]} variant="solid" data-expiry={status}>
      {date} · {t(`expiry.${status}`)}
    </Tag>
  )
}

export function PartnersPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [search, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const filters = parseFilters(search)
  const me = useMe()
  const editable = canEditInstitutions(me.data?.roles ?? [])
  const countries = useCountries()

  const list = useQuery({
    queryKey: ['institutions', filtersToQuery(filters)],
    queryFn: async () => unwrap(await api.GET('/api/partners/institutions', { params: { query: filtersToQuery(filters) } })),
    placeholderData: keepPreviousData,
  })

  const update = (change: Partial<PartnerFilters>) =>
    setSearch(filtersToSearch({ ...filters, page: 1, ...change }))

  const countryName = (code?: string, name?: Text) => (name ? (language === 'zh-CN' ? name.zh : name.en) : code)

  const columns: TableProps<InstitutionSummary>['columns'] = [
    { key: 'name', title: t('partners.name'), render: (_, row) => <Link to={`/partners/${row.id}`}><BilingualName name={row.name} /></Link>, sorter: true, sortOrder: sortOrder(filters.sort, 'name') },
    { key: 'country', title: t('partners.country'), render: (_, row) => countryName(row.country, row.countryName), sorter: true, sortOrder: sortOrder(filters.sort, 'country') },
    { key: 'kind', title: t('partners.kind'), render: (_, row) => (row.kind ? t(`kind.${row.kind}`) : '') },
    { key: 'status', title: t('partners.status'), render: (_, row) => (row.status ? t(`status.${row.status}`) : '') },
    { key: 'activeAgreements', title: t('partners.activeAgreements'), dataIndex: 'activeAgreements', align: 'right' },
    { key: 'nearestExpiry', title: t('partners.nearestExpiry'), render: (_, row) => <ExpiryTag date={row.nearestExpiry} />, sorter: true, sortOrder: sortOrder(filters.sort, 'nearestExpiry') },
    { key: 'owner', title: t('partners.owner'), dataIndex: 'owner' },
  ]
  if (editable) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      render: (_, row) => <Link to={`/partners/${row.id}/edit`} aria-label={`${t('common.edit')}: ${row.name?.[language === 'zh-CN' ? 'zh' : 'en'] ?? ''}`}>{t('common.edit')}</Link>,
    })
  }

  const onTableChange: TableProps<InstitutionSummary>['onChange'] = (pagination, _filters, sorter) => {
    const sort = sortParam(sorter)
    const sortChanged = sort !== filters.sort
    setSearch(filtersToSearch({
      ...filters,
      sort,
      page: sortChanged ? 1 : pagination.current ?? 1,
      size: pagination.pageSize ?? filters.size,
    }))
  }

  return (
    <section aria-labelledby="partners-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} id="partners-title" style={{ fontSize: 24, margin: 0 }}>{t('partners.title')}</Typography.Title>
        <Space>
          <Button icon={<DownloadOutlined />} href={exportHref(filters)}>{t('common.exportCsv')}</Button>
          {editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/partners/new')}>{t('common.create')}</Button>}
        </Space>
      </Flex>
      <Form layout="vertical" style={{ marginTop: 16 }} role="search">
        <Flex gap={12} wrap align="flex-end">
          <Form.Item label={t('partners.search')} htmlFor="filter-q" style={{ minWidth: 240, marginBottom: 8 }}>
            <Input.Search id="filter-q" key={filters.q ?? ''} defaultValue={filters.q} allowClear onSearch={(value) => update({ q: value.trim() || undefined })} />
          </Form.Item>
          <Form.Item label={t('partners.country')} htmlFor="filter-country" style={{ minWidth: 200, marginBottom: 8 }}>
            <Select
              id="filter-country"
              allowClear
              showSearch={{ optionFilterProp: 'search' }}
              value={filters.country}
              onChange={(country?: string) => update({ country })}
              loading={countries.isLoading}
              placeholder={t('common.all')}
              options={(countries.data ?? []).map((c) => ({
                value: c.code, label: countryName(c.code, c.name), search: `${c.code} ${c.name?.zh ?? ''} ${c.name?.en ?? ''}`,
              }))}
            />
          </Form.Item>
          <Form.Item label={t('partners.kind')} htmlFor="filter-kind" style={{ minWidth: 160, marginBottom: 8 }}>
            <Select id="filter-kind" allowClear value={filters.kind} placeholder={t('common.all')} onChange={(kind) => update({ kind })}
              options={INSTITUTION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
          <Form.Item label={t('partners.status')} htmlFor="filter-status" style={{ minWidth: 140, marginBottom: 8 }}>
            <Select id="filter-status" allowClear value={filters.status} placeholder={t('common.all')} onChange={(status) => update({ status })}
              options={INSTITUTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          </Form.Item>
          <Form.Item label={t('partners.expiringWithinDays')} htmlFor="filter-expiring" style={{ marginBottom: 8 }}>
            <InputNumber id="filter-expiring" min={0} max={3650} value={filters.expiringWithinDays}
              onChange={(value) => update({ expiringWithinDays: value ?? undefined })} />
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Button onClick={() => setSearch(new URLSearchParams())}>{t('common.reset')}</Button>
          </Form.Item>
        </Flex>
      </Form>
      {list.isError && <Alert type="error" showIcon title={t('common.error')} description={list.error.message}
        action={<Button onClick={() => list.refetch()}>{t('common.retry')}</Button>} />}
      <Table<InstitutionSummary>
        rowKey={(row) => row.id ?? ''}
        size="middle"
        sticky
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        onChange={onTableChange}
        pagination={{
          current: filters.page,
          pageSize: filters.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (count) => t('partners.total', { count }),
        }}
      />
    </section>
  )
}

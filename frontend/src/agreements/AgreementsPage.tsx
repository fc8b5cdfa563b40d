import { Alert, Button, Flex, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd'
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { TableProps } from 'antd'
import { api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { AGREEMENT_KINDS, AGREEMENT_STATES, type AgreementSummary } from '../api/types'
import { useLanguage, useText } from '../app/LanguageContext'
import { canDraftAgreements } from '../app/roles'
import { PAGE_SIZES, sortOrder, sortParam } from '../app/searchParams'
import { BilingualName } from '../partners/PartnersPage'
import { AgreementExpiry, PartnerLinks, StateTag } from './AgreementTags'
import {
  agreementExportHref, agreementFiltersToQuery, agreementFiltersToSearch, parseAgreementFilters, type AgreementFilters,
} from './filters'

/** Every agreement the caller may read, filtered by what the URL says (so a filtered view can be bookmarked and shared). */
export function AgreementsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const text = useText()
  const [search, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const filters = parseAgreementFilters(search)
  const me = useMe()
  const mayDraft = canDraftAgreements(me.data?.roles ?? [])
  const query = agreementFiltersToQuery(filters)

  const list = useQuery({
    queryKey: ['agreements', query],
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const partner = useQuery({
    queryKey: ['institution', filters.partnerId],
    enabled: filters.partnerId !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/partners/institutions/{id}', { params: { path: { id: filters.partnerId! } } })),
  })

  const update = (change: Partial<AgreementFilters>) => setSearch(agreementFiltersToSearch({ ...filters, page: 1, ...change }))

  const columns: TableProps<AgreementSummary>['columns'] = [
    { key: 'referenceCode', title: t('agreement.referenceCode'), sorter: true, sortOrder: sortOrder(filters.sort, 'referenceCode'),
      render: (_, row) => <Link to={`/agreements/${row.id}`}>{row.referenceCode}</Link> },
    { key: language === 'zh-CN' ? 'titleZh' : 'title', title: t('agreement.title'), sorter: true,
      sortOrder: sortOrder(filters.sort, language === 'zh-CN' ? 'titleZh' : 'title'), render: (_, row) => <BilingualName name={row.title} /> },
    { key: 'kind', title: t('agreement.kind'), render: (_, row) => (row.kind ? t(`agreementKind.${row.kind}`) : '') },
    { key: 'state', title: t('agreement.state'), sorter: true, sortOrder: sortOrder(filters.sort, 'state'),
      render: (_, row) => (row.state ? <StateTag state={row.state} /> : null) },
    { key: 'partners', title: t('agreement.partners'), render: (_, row) => <PartnerLinks partners={row.partners} /> },
    { key: 'effectiveDate', title: t('agreement.effectiveDate'), dataIndex: 'effectiveDate', sorter: true, sortOrder: sortOrder(filters.sort, 'effectiveDate') },
    { key: 'expiryDate', title: t('agreement.expiryDate'), sorter: true, sortOrder: sortOrder(filters.sort, 'expiryDate'),
      render: (_, row) => (row.state ? <AgreementExpiry state={row.state} date={row.expiryDate} /> : row.expiryDate) },
    { key: 'owner', title: t('agreement.owner'), dataIndex: 'owner' },
  ]

  const onTableChange: TableProps<AgreementSummary>['onChange'] = (pagination, _filters, sorter) => {
    const sort = sortParam(sorter)
    setSearch(agreementFiltersToSearch({
      ...filters, sort, page: sort !== filters.sort ? 1 : pagination.current ?? 1, size: pagination.pageSize ?? filters.size,
    }))
  }

  const partnerName = text(partner.data?.name)
  return (
    <section aria-labelledby="agreements-title">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={1} id="agreements-title" style={{ fontSize: 24, margin: 0 }}>{t('agreements.title')}</Typography.Title>
          {partnerName && <Typography.Text>{t('agreements.withPartner', { name: partnerName })}</Typography.Text>}
        </div>
        <Space>
          <Button icon={<DownloadOutlined />} href={agreementExportHref(filters)}>{t('common.exportCsv')}</Button>
          {mayDraft && (
            <Button type="primary" icon={<PlusOutlined />}
              onClick={() => navigate(filters.partnerId ? `/agreements/new?partnerId=${filters.partnerId}` : '/agreements/new')}>
              {t('common.create')}
            </Button>
          )}
        </Space>
      </Flex>
      <Form layout="vertical" style={{ marginTop: 16 }} role="search">
        <Flex gap={12} wrap align="flex-end">
          <Form.Item label={t('agreements.search')} htmlFor="agreement-q" style={{ minWidth: 280, marginBottom: 8 }}>
            <Input.Search id="agreement-q" key={filters.q ?? ''} defaultValue={filters.q} allowClear
              onSearch={(value) => update({ q: value.trim() || undefined })} />
          </Form.Item>
          <Form.Item label={t('agreement.kind')} htmlFor="agreement-kind" style={{ minWidth: 200, marginBottom: 8 }}>
            <Select id="agreement-kind" allowClear value={filters.kind} placeholder={t('common.all')} onChange={(kind) => update({ kind })}
              options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreementKind.${k}`) }))} />
          </Form.Item>
          <Form.Item label={t('agreement.state')} htmlFor="agreement-state" style={{ minWidth: 240, marginBottom: 8 }}>
            <Select id="agreement-state" mode="multiple" allowClear value={filters.states} placeholder={t('common.all')}
              onChange={(states) => update({ states })}
              options={AGREEMENT_STATES.map((s) => ({ value: s, label: t(`agreementState.${s}`) }))} />
          </Form.Item>
          <Form.Item label={t('agreements.expiringWithinDays')} htmlFor="agreement-expiring" style={{ marginBottom: 8 }}>
            <InputNumber id="agreement-expiring" min={0} max={3650} value={filters.expiringWithinDays}
              onChange={(value) => update({ expiringWithinDays: value ?? undefined })} />
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Button onClick={() => setSearch(new URLSearchParams())}>{t('common.reset')}</Button>
          </Form.Item>
        </Flex>
      </Form>
      {list.isError && <Alert type="error" showIcon title={t('common.error')} description={list.error.message}
        action={<Button onClick={() => list.refetch()}>{t('common.retry')}</Button>} />}
      <Table<AgreementSummary>
        rowKey={(row) => row.id ?? ''}
        size="middle"
        sticky
        scroll={{ x: 1100 }}
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        onChange={onTableChange}
        pagination={{
          current: filters.page, pageSize: filters.size, total: list.data?.total ?? 0, showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES, showTotal: (count) => t('agreements.total', { count }),
        }}
      />
    </section>
  )
}

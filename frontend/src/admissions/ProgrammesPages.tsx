import { Button, Flex, Table } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { admissionsApi as api, unwrap } from '../api/client'
import { useMe } from '../api/me'
import { useLanguage, useText } from '../app/LanguageContext'
import { processesAdmissions } from '../app/roles'
import { BilingualName } from '../ui/BilingualName'
import { DetailPage, DetailPageState } from '../ui/DetailPage'
import { Facts } from '../ui/Facts'
import { HistoryTab } from '../ui/HistoryTab'
import { ListPage, fromQuery, type ListColumn } from '../ui/ListPage'
import { LastChanged } from '../ui/PersonName'
import { parseProgrammeFilters, programmeFiltersToQuery, programmeFiltersToSearch, type ProgrammeFilters } from './filters'
import { IntakeWindow } from './IntakesPages'
import { programmeKey, useProgramme } from './queries'
import type { IntakeResponse, ProgrammeResponse } from './types'
import { programmeWords } from './words'

/** "IELTS 6.5 · TOEFL 80" or "HSK 4"; "No test asked for" when there is no minimum. */
export function languageMinimum(programme: Pick<ProgrammeResponse, 'languageRequirement'>, none: string): string {
  const r = programme.languageRequirement ?? {}
  const parts = [r.minIelts != null && `IELTS ${r.minIelts}`, r.minToefl != null && `TOEFL ${r.minToefl}`, r.minHsk != null && `HSK ${r.minHsk}`]
  const named = parts.filter((part): part is string => typeof part === 'string')
  return named.length > 0 ? named.join(' · ') : none
}

export function tuitionText(programme: Pick<ProgrammeResponse, 'tuition'>): string {
  return programme.tuition ? `${programme.tuition.amount.toLocaleString('en')} ${programme.tuition.currency}` : ''
}

/** The degree programmes the university offers international students. */
export function ProgrammesPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const [search, setSearch] = useSearchParams()
  const filters = parseProgrammeFilters(search)
  const query = programmeFiltersToQuery(filters)
  const list = useQuery({
    queryKey: ['admissions', 'programmes', query],
    queryFn: async () => unwrap(await api.GET('/api/admissions/programmes', { params: { query } })),
    placeholderData: keepPreviousData,
  })
  const update = (change: Partial<ProgrammeFilters>) => setSearch(programmeFiltersToSearch({ ...filters, page: 1, ...change }))
  const columns: ListColumn<ProgrammeResponse>[] = [
    { key: 'code', title: t('admProgramme.code'), width: 130, render: (row) => <Link to={`/admission-programmes/${row.id}`}>{row.code}</Link> },
    { key: 'name', title: t('admProgramme.name'), width: 360, render: (row) => <BilingualName name={row.name} /> },
    { key: 'level', title: t('admProgramme.level'), width: 110, render: (row) => t(`programmeLevel.${row.level}`) },
    { key: 'language', title: t('admProgramme.language'), width: 110, render: (row) => t(`instructionLanguage.${row.language}`) },
    { key: 'duration', title: t('admProgramme.duration'), width: 110, render: (row) => t('admProgramme.months', { count: row.durationMonths ?? 0 }) },
    { key: 'tuition', title: t('admProgramme.tuition'), width: 140, align: 'right', render: (row) => tuitionText(row) },
    { key: 'test', title: t('admProgramme.languageRequirement'), width: 160, render: (row) => languageMinimum(row, t('admProgramme.noTest')) },
  ]
  return (
    <ListPage<ProgrammeResponse>
      id="admission-programmes"
      title={t('admProgramme.title')}
      toolbar={processesAdmissions(me.data?.roles ?? []) && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/admission-programmes/new')}>{t('common.create')}</Button>
      )}
      filters={[{ kind: 'search', key: 'q', label: t('admProgramme.search'), value: filters.q, width: 240, onChange: (q) => update({ q }) }]}
      filtered={search.toString() !== ''}
      onReset={() => setSearch(new URLSearchParams())}
      columns={columns}
      rowKey={(row) => row.id}
      {...fromQuery<ProgrammeResponse>(list)}
      paging={filters}
      onPaging={(paging) => setSearch(programmeFiltersToSearch({ ...filters, ...paging }))}
      totalText={(count) => t('admProgramme.total', { count })}
      emptyText={t('admProgramme.empty')}
    />
  )
}

/** One degree programme: what it is and asks for, its intakes, its history. */
export function ProgrammePage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const text = useText()
  const { language } = useLanguage()
  const me = useMe()
  const navigate = useNavigate()
  const programme = useProgramme(id)
  const intakes = useQuery({
    queryKey: ['admissions', 'intakes', { programmeId: id }],
    queryFn: async () => (unwrap(await api.GET('/api/admissions/intakes', { params: { query: { programmeId: id, size: 50 } } })).items ?? []) as IntakeResponse[],
  })
  if (!programme.data) return <DetailPageState query={programme} />
  const record = programme.data.record
  const office = processesAdmissions(me.data?.roles ?? [])
  return (
    <DetailPage
      id="admission-programme"
      name={`${record.code} · ${text(record.name) ?? ''}`}
      subtitle={language === 'zh-CN' ? record.name.en : record.name.zh}
      facts={[
        { key: 'level', label: t('admProgramme.level'), value: t(`programmeLevel.${record.level}`) },
        { key: 'language', label: t('admProgramme.language'), value: t(`instructionLanguage.${record.language}`) },
        { key: 'tuition', label: t('admProgramme.tuition'), value: tuitionText(record) },
      ]}
      actions={office && <>
        <Button onClick={() => navigate(`/intakes/new?programmeId=${id}`)}>{t('admProgramme.addIntake')}</Button>
        <Button type="primary" onClick={() => navigate(`/admission-programmes/${id}/edit`)}>{t('common.edit')}</Button>
      </>}
      tabs={[
        { key: 'overview', label: t('admProgramme.overview'), children: (
          <Facts facts={[
            { key: 'code', label: t('admProgramme.code'), value: record.code },
            { key: 'updated', label: t('admProgramme.updated'), value: <LastChanged at={record.updatedAt} by={record.updatedBy} /> },
            { key: 'zh', label: t('admProgramme.nameZh'), value: <span lang="zh-CN">{record.name.zh}</span> },
            { key: 'en', label: t('admProgramme.nameEn'), value: <span lang="en">{record.name.en}</span> },
            { key: 'duration', label: t('admProgramme.duration'), value: t('admProgramme.months', { count: record.durationMonths ?? 0 }) },
            { key: 'test', label: t('admProgramme.languageRequirement'), value: languageMinimum(record, t('admProgramme.noTest')) },
            { key: 'documents', label: t('admProgramme.requiredDocuments'), wide: true,
              value: (record.requiredDocuments ?? []).map((kind) => t(`documentKind.${kind}`)).join(t('chart.listSeparator')) },
          ]} />
        ) },
        { key: 'intakes', label: t('admProgramme.intakes'), children: (
          <Flex vertical>
            <Table<IntakeResponse> size="small" pagination={false} rowKey="id" dataSource={intakes.data ?? []} loading={intakes.isPending}
              locale={{ emptyText: t('admIntake.empty') }}
              columns={[
                { key: 'start', title: t('admIntake.startsOn'), render: (_, intake) => <Link to={`/intakes/${intake.id}`}>{intake.startsOn}</Link> },
                { key: 'window', title: t('admIntake.window'), render: (_, intake) => <IntakeWindow intake={intake} /> },
                { key: 'places', title: t('admIntake.places'), align: 'right', render: (_, intake) => intake.places },
              ]} />
          </Flex>
        ) },
        { key: 'history', label: t('admProgramme.history'), children: (
          <HistoryTab queryKey={programmeKey(id)} words={programmeWords(t)} action={(action) => t(`historyAction.${action}` as 'historyAction.created', { defaultValue: action })}
            versions={async () => unwrap(await api.GET('/api/admissions/programmes/{id}/versions', { params: { path: { id } } }))}
            compare={async (from, to) => unwrap(await api.GET('/api/admissions/programmes/{id}/versions/compare', { params: { path: { id }, query: { from, to } } }))} />
        ) },
      ]}
    />
  )
}

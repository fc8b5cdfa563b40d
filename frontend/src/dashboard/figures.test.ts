import { describe, expect, it } from 'vitest'
import { countryRows, kindRows, links, stateCounts, topWithOther, type Ranked } from './figures'
import { rankedBarOption, stackedBarOption, topList } from './chartOptions'
import { prepareOption } from '../charts/option'

const ranked = (n: number): Ranked[] =>
  Array.from({ length: n }, (_, i) => ({ key: `C${i}`, label: `Country ${String(i).padStart(2, '0')}`, value: 100 - i }))

describe('top 15 and "other"', () => {
  it('keeps the 15 largest and sums the rest into one "other" row', () => {
    const rows = topWithOther(ranked(20), 15, 'Other', 'en')
    expect(rows).toHaveLength(16)
    expect(rows.slice(0, 15).map((row) => row.key)).toEqual(ranked(15).map((row) => row.key))
    expect(rows[15]).toEqual({ key: 'other', label: 'Other', value: 85 + 84 + 83 + 82 + 81, other: true })
    const sum = (list: Ranked[]) => list.reduce((total, row) => total + row.value, 0)
    expect(sum(rows)).toBe(sum(ranked(20)))
  })

  it('has no "other" row when nothing is left over', () => {
    expect(topWithOther(ranked(15), 15, 'Other', 'en').some((row) => row.other)).toBe(false)
    expect(topWithOther([], 15, 'Other', 'en')).toEqual([])
  })

  it('sorts largest first, equal counts by name in the language (pinyin in Chinese)', () => {
    const items = [
      { country: 'GB', countryName: { zh: '英国', en: 'United Kingdom' }, count: 5 },
      { country: 'DE', countryName: { zh: '德国', en: 'Germany' }, count: 6 },
      { country: 'US', countryName: { zh: '美国', en: 'United States' }, count: 5 },
      { country: 'XK', count: 1 },
    ]
    expect(countryRows(items, 'en').map((row) => row.label)).toEqual(['Germany', 'United Kingdom', 'United States', 'XK'])
    expect(countryRows(items, 'zh-CN').map((row) => row.label)).toEqual(['德国', '美国', '英国', 'XK'])
  })
})

const kindState = [
  { kind: 'student_exchange', state: 'active', count: 7 },
  { kind: 'student_exchange', state: 'expiring', count: 2 },
  { kind: 'student_exchange', state: 'draft', count: 1 },
  { kind: 'student_exchange', state: 'renewed', count: 2 },
  { kind: 'memorandum', state: 'expired', count: 2 },
  { kind: 'memorandum', state: 'active', count: 3 },
  { kind: 'research', state: 'signed', count: 1 },
  { kind: 'research', state: 'terminated', count: 4 },
]

describe('agreements by state and by kind', () => {
  it('counts every state of the lifecycle in its order, zero where there is none', () => {
    expect(stateCounts(kindState)).toEqual([
      { state: 'draft', count: 1 }, { state: 'under_review', count: 0 }, { state: 'approved', count: 0 },
      { state: 'signed', count: 1 }, { state: 'active', count: 10 }, { state: 'expiring', count: 2 },
      { state: 'expired', count: 2 }, { state: 'renewed', count: 2 }, { state: 'terminated', count: 4 },
    ])
  })

  it('splits each kind into in preparation, in force and ended, largest total first', () => {
    expect(kindRows(kindState)).toEqual([
      { kind: 'student_exchange', preparation: 1, inForce: 9, ended: 2, total: 12 },
      { kind: 'memorandum', preparation: 0, inForce: 3, ended: 2, total: 5 },
      { kind: 'research', preparation: 1, inForce: 0, ended: 4, total: 5 },
    ])
  })

  it('links to the agreements list with its URL filters', () => {
    expect(links.agreementsIn(['expired'])).toBe('/agreements?state=expired')
    expect(links.agreementsIn(['active', 'expiring'], 'research')).toBe('/agreements?kind=research&state=active&state=expiring')
    expect(links.agreementsExpiring(90)).toBe('/agreements?expiringWithinDays=90')
    expect(links.partnersIn('SE')).toBe('/partners?country=SE&status=active')
  })
})

describe('chart options', () => {
  it('draws the rows the table shows, in their order, with "other" in grey', () => {
    const rows = topWithOther(ranked(17), 15, '其他', 'zh-CN')
    const option = rankedBarOption(rows, '合作伙伴数')
    const yAxis = option.yAxis as { data: string[]; inverse: boolean }
    const series = (option.series as { data: unknown[]; name: string }[])[0]!
    expect(yAxis.data).toEqual(rows.map((row) => row.label))
    expect(yAxis.data.at(-1)).toBe('其他')
    expect(yAxis.inverse).toBe(true) // largest on top
    expect(series.name).toBe('合作伙伴数')
    expect(series.data.slice(0, 15)).toEqual(rows.slice(0, 15).map((row) => row.value))
    expect(series.data[15]).toEqual({ value: 85 + 84, itemStyle: { color: '#8c8c8c' } })
  })

  it('stacks the phases with translated names and decal patterns', () => {
    const rows = kindRows(kindState).map((row) => ({ ...row, label: row.kind.toUpperCase() }))
    const option = stackedBarOption(rows, { preparation: '筹备中', inForce: '执行中', ended: '已结束' })
    const series = option.series as { name: string; stack: string; data: number[] }[]
    expect(series.map((s) => s.name)).toEqual(['筹备中', '执行中', '已结束'])
    expect(series.every((s) => s.stack === 'kind')).toBe(true)
    expect(series[1]!.data).toEqual([9, 3, 0])
    expect((option.yAxis as { data: string[] }).data).toEqual(['STUDENT_EXCHANGE', 'MEMORANDUM', 'RESEARCH'])
    expect(option.aria).toEqual({ decal: { show: true } })
  })

  it('gives ECharts our description and keeps the decals', () => {
    const option = prepareOption(stackedBarOption([], { preparation: 'a', inForce: 'b', ended: 'c' }), 'Agreements by kind', true)
    expect(option.aria).toEqual({ decal: { show: true }, enabled: true, label: { enabled: true, description: 'Agreements by kind' } })
    expect(option.animation).toBe(false)
    expect((option.textStyle as { fontFamily: string }).fontFamily).toContain('Noto Sans CJK SC')
  })

  it('says the largest figures in a sentence', () => {
    const rows = [{ label: '德国', value: 6 }, { label: '美国', value: 5 }, { label: '英国', value: 5 }, { label: '法国', value: 4 }]
    expect(topList(rows, (name, value) => `${name} ${value}`, '、')).toBe('德国 6、美国 5、英国 5')
    expect(topList([{ label: 'x', value: 0 }], (name) => name, ', ')).toBe('')
  })
})

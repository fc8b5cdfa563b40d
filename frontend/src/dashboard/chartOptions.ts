// ECharts options for the dashboard's figures, built from the same rows the tables show. Pure functions: they are
// tested without ECharts, and ECharts itself is only loaded by the lazy Chart chunk.
import { OTHER_COLOUR, PALETTE, TEXT_COLOUR, type ChartOption } from '../charts/option'
import { PHASE_ORDER, type KindRow, type Phase, type Ranked } from './figures'

const AXIS_LABEL = { color: TEXT_COLOUR, fontSize: 12 }
const SPLIT_LINE = { lineStyle: { color: '#f0f0f0' } }

/** Pixels a horizontal bar chart needs for `bars` bars (plus room for a legend). */
export const barChartHeight = (bars: number, legend = false) => Math.max(120, bars * 24 + (legend ? 72 : 40))

/** Horizontal bars, largest on top; the "other" bar in grey. Labels are cut at `labelWidth` (the table has them whole). */
export function rankedBarOption(rows: readonly Ranked[], seriesName: string, labelWidth = 150): ChartOption {
  return {
    grid: { left: 8, right: 36, top: 8, bottom: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisLabel: { ...AXIS_LABEL, width: labelWidth, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: [{
      type: 'bar',
      name: seriesName,
      barMaxWidth: 18,
      itemStyle: { color: PALETTE[0] },
      label: { show: true, position: 'right', color: TEXT_COLOUR },
      data: rows.map((row) => (row.other ? { value: row.value, itemStyle: { color: OTHER_COLOUR } } : row.value)),
    }],
  }
}

/**
 * Horizontal bars per kind, stacked by phase, with a legend. The phases are told apart by colour, white borders and
 * decal patterns, not by colour alone.
 */
export function stackedBarOption(
  rows: readonly (KindRow & { label: string })[], phaseLabels: Record<Phase, string>, labelWidth = 220,
): ChartOption {
  return {
    aria: { decal: { show: true } },
    legend: { top: 0, left: 0, textStyle: { color: TEXT_COLOUR } },
    grid: { left: 8, right: 24, top: 36, bottom: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisLabel: { ...AXIS_LABEL, width: labelWidth, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: PHASE_ORDER.map((phase, index) => ({
      type: 'bar' as const,
      name: phaseLabels[phase],
      stack: 'kind',
      barMaxWidth: 20,
      itemStyle: { color: PALETTE[index], borderColor: '#fff', borderWidth: 1 },
      // White on these colours is 5.6–7.0:1; an empty segment gets no label.
      label: { show: true, color: '#fff', formatter: (params: { value: unknown }) => (params.value ? String(params.value) : '') },
      data: rows.map((row) => row[phase]),
    })),
  }
}

/** "Sweden 5, Germany 4, France 3": the largest rows, for a chart's spoken description. */
export function topList(
  rows: readonly { label: string; value: number }[], format: (name: string, value: number) => string, separator: string, count = 3,
): string {
  return rows.filter((row) => row.value > 0).slice(0, count).map((row) => format(row.label, row.value)).join(separator)
}

/** Horizontal bars with one series per measure side by side (outbound and inbound per year), told apart by decals too. */
export function groupedBarOption(labels: readonly string[], series: readonly { name: string; values: readonly number[] }[], labelWidth = 220): ChartOption {
  return {
    aria: { decal: { show: true } },
    legend: { top: 0, left: 0, textStyle: { color: TEXT_COLOUR } },
    grid: { left: 8, right: 48, top: 36, bottom: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...labels],
      axisLabel: { ...AXIS_LABEL, width: labelWidth, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: series.map((one, index) => ({
      type: 'bar' as const,
      name: one.name,
      barMaxWidth: 14,
      itemStyle: { color: PALETTE[index] },
      label: { show: true, position: 'right', color: TEXT_COLOUR },
      data: [...one.values],
    })),
  }
}

// Types and colours for chart options. Type-only imports from ECharts, so building an option (in the dashboard's
// pure functions) never pulls ECharts into a chunk: only Chart.tsx, which is loaded lazily, imports it at run time.
import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption,
} from 'echarts/components'
import type { Language } from '../i18n/i18n'
import { theme } from '../app/theme'

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption
>

/** The ECharts locale for a UI language (ECharts registers both, ZH and EN, in its core). */
export const echartsLocale = (language: Language): 'ZH' | 'EN' => (language === 'zh-CN' ? 'ZH' : 'EN')

/**
 * Series colours, each at least 3:1 against the white card (WCAG 1.4.11 for graphics): blue #0958d9 6.2:1,
 * green #237804 5.6:1, grey #595959 7.0:1, orange #ad4e00 5.4:1, purple #531dab 9.9:1. They are close to each other
 * in lightness, so a chart with several series also separates them by white borders and decal patterns (and the
 * table view carries every figure).
 */
export const PALETTE = ['#0958d9', '#237804', '#595959', '#ad4e00', '#531dab'] as const
/** The aggregated "other" bar: a lighter grey (3.4:1), so it does not read as one more country. */
export const OTHER_COLOUR = '#8c8c8c'
/** Axis and data-label text: rgba(0,0,0,0.75) on white, 9.7:1 (ECharts' default #6E7079 is 4.9:1). */
export const TEXT_COLOUR = '#404040'

/**
 * The option as ECharts gets it: aria on, with our own description, so ECharts writes the same sentence into the
 * container's aria-label that React put there (it overwrites the label with generated text otherwise, see
 * frontend-notes §5.2); the option's own aria.decal setting is kept. Texts in the console's font (CJK included), and
 * no animation for people who asked their system for reduced motion.
 */
export function prepareOption(option: ChartOption, description: string, reducedMotion = false): ChartOption {
  const aria = (option.aria ?? {}) as NonNullable<AriaComponentOption>
  return {
    ...option,
    textStyle: { fontFamily: theme.token?.fontFamily, ...(option.textStyle as object | undefined) },
    ...(reducedMotion ? { animation: false } : {}),
    aria: { ...aria, enabled: true, label: { ...aria.label, enabled: true, description } },
  }
}

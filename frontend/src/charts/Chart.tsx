// The one module that imports ECharts at run time. Load it with React.lazy (see LazyChart.tsx), so ECharts lands in
// its own chunk and never in the initial JavaScript.
import { useEffect, useRef } from 'react'
import { init, use, type EChartsType } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { Language } from '../i18n/i18n'
import { echartsLocale, prepareOption, type ChartOption } from './option'

use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer])

export interface ChartItem {
  seriesIndex: number
  dataIndex: number
}

export interface ChartProps {
  option: ChartOption
  /** What the chart shows, in a sentence: the container's accessible name (role="img"). */
  description: string
  /** ECharts' own texts (tooltips, aria fallbacks) follow it; changing it rebuilds the chart. */
  language: Language
  height: number
  /** Called when a bar is clicked (the table view offers the same as links, for the keyboard). */
  onItemClick?: (item: ChartItem) => void
}

/**
 * A small wrapper around echarts/core: SVG renderer, the locale of the current language, aria on with our own
 * description, resized with its container, disposed on unmount.
 */
export default function Chart({ option, description, language, height, onItemClick }: ChartProps) {
  const container = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | null>(null)
  const onClick = useRef(onItemClick)
  onClick.current = onItemClick

  // The locale is an init option: a new language means a new instance.
  useEffect(() => {
    const element = container.current
    if (!element) return undefined
    const instance = init(element, undefined, { renderer: 'svg', locale: echartsLocale(language) })
    chart.current = instance
    instance.on('click', (params) => {
      if (params.componentType === 'series' && typeof params.dataIndex === 'number') {
        onClick.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex })
      }
    })
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(element)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [language])

  useEffect(() => {
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
    chart.current?.setOption(prepareOption(option, description, reducedMotion), { notMerge: true })
  }, [option, description, language])

  return (
    <div
      ref={container}
      role="img"
      aria-label={description}
      style={{ width: '100%', height, cursor: onItemClick ? 'pointer' : undefined }}
    />
  )
}

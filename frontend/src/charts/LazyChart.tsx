import { lazy, Suspense } from 'react'
import { Skeleton } from 'antd'
import type { ChartProps } from './Chart'

// ECharts is loaded when the first chart is shown, in a chunk of its own.
const Chart = lazy(() => import('./Chart'))

/** The chart, with a placeholder of the same height while ECharts loads. */
export function LazyChart(props: ChartProps) {
  return (
    <Suspense fallback={<div style={{ height: props.height }}><Skeleton active /></div>}>
      <Chart {...props} />
    </Suspense>
  )
}

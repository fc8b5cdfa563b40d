import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render } from '@testing-library/react'
import { getInstanceByDom } from 'echarts/core'
import Chart from './Chart'
import type { ChartOption } from './option'

const option: ChartOption = {
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: ['Sweden', 'Germany'] },
  series: [{ type: 'bar', data: [5, 4] }],
}

type AriaTexts = { label: { description: string; general: { withoutTitle: string } } }
const ariaOf = (element: HTMLElement) => getInstanceByDom(element)!.getOption().aria as unknown as AriaTexts

describe('Chart (real ECharts, SVG renderer, in jsdom)', () => {
  let resized: () => void = () => {}
  beforeEach(() => {
    // jsdom has no layout and no canvas: give the container a size; ECharts then measures text by its own table.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600)
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200)
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    window.ResizeObserver = class {
      constructor(callback: () => void) { resized = callback }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver
  })
  const setupResizeObserver = window.ResizeObserver
  afterEach(() => { window.ResizeObserver = setupResizeObserver })

  it('keeps our description as the accessible name, follows the language, resizes and is disposed on unmount', () => {
    const { container, rerender, unmount } = render(
      <Chart option={option} description="Partners by country: Sweden 5, Germany 4" language="en" height={200} />,
    )
    const element = container.firstElementChild as HTMLElement
    const instance = getInstanceByDom(element)!
    expect(element.querySelector('svg')).not.toBeNull()
    // ECharts writes role and aria-label itself; ours survive because it is given the same sentence.
    expect(element).toHaveAttribute('role', 'img')
    expect(element).toHaveAttribute('aria-label', 'Partners by country: Sweden 5, Germany 4')
    expect(ariaOf(element).label.description).toBe('Partners by country: Sweden 5, Germany 4')
    expect(ariaOf(element).label.general.withoutTitle).toBe('This is a chart') // ECharts' English locale

    const resize = vi.spyOn(instance, 'resize')
    resized()
    expect(resize).toHaveBeenCalled()

    rerender(<Chart option={option} description="按国家/地区：瑞典 5，德国 4" language="zh-CN" height={200} />)
    expect(element).toHaveAttribute('aria-label', '按国家/地区：瑞典 5，德国 4')
    expect(instance.isDisposed()).toBe(true)
    const rebuilt = getInstanceByDom(element)!
    expect(ariaOf(element).label.general.withoutTitle).toBe('这是一个图表，') // now ECharts' Chinese locale

    unmount()
    expect(rebuilt.isDisposed()).toBe(true)
  })
})

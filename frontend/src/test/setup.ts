import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// antd's first render under jsdom is slow (seconds on a cold module cache).
configure({ asyncUtilTimeout: 10_000 })

// jsdom lacks these; antd's responsive Grid/Table and Select use them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false, media: query, onchange: null,
    addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
})
if (!('ResizeObserver' in window)) {
  class ResizeObserver { observe() {} unobserve() {} disconnect() {} }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserver })
}
window.getComputedStyle = ((original) => (element: Element) => original(element))(window.getComputedStyle.bind(window))

afterEach(() => {
  cleanup()
  localStorage.clear()
  sessionStorage.clear()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

import type { ReactNode } from 'react'
import { render } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { LanguageProvider } from '../app/LanguageContext'
import { LANGUAGE_KEY, type Language } from '../i18n/i18n'

export const at = { location: '' }

function LocationProbe() {
  const location = useLocation()
  at.location = location.pathname + location.search
  return null
}

/**
 * One shared piece on its own, with what the console gives every screen: language (texts, antd), antd's App, a
 * query cache and a memory data router (`routes` adds pages to leave to; the piece is at `path`; the browser starts
 * at `start`, by default `path`).
 */
export function renderPiece(piece: ReactNode, options: { language?: Language; path?: string; start?: string; routes?: Record<string, ReactNode> } = {}) {
  const { language = 'en', path = '/piece', routes = {} } = options
  localStorage.setItem(LANGUAGE_KEY, language)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const shell = (content: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider><AntApp>{content}<LocationProbe /></AntApp></LanguageProvider>
    </QueryClientProvider>
  )
  const router = createMemoryRouter([
    { path: path.split('?')[0], element: shell(piece) },
    ...Object.entries(routes).map(([route, element]) => ({ path: route, element: shell(element) })),
  ], { initialEntries: [options.start ?? path] })
  return { router, ...render(<RouterProvider router={router} />) }
}

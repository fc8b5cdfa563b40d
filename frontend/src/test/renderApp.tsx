import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { QueryClient } from '@tanstack/react-query'
import { MeridianApp } from '../app/App'

export let currentLocation = ''

function LocationProbe() {
  const location = useLocation()
  currentLocation = location.pathname + location.search
  return null
}

/** The whole console at a path, with a fresh query cache and a memory data router whose location tests can read. */
export function renderApp(path: string) {
  window.history.replaceState({}, '', path)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const router = createMemoryRouter([{
    path: '*',
    element: <><MeridianApp queryClient={queryClient} /><LocationProbe /></>,
  }], { initialEntries: [path] })
  return render(<RouterProvider router={router} />)
}

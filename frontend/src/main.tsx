import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { MeridianApp, createQueryClient } from './app/App'
import './styles.css'

const queryClient = createQueryClient()
// A data router (not <BrowserRouter>), so forms can hold a user back from leaving with unsaved changes (useBlocker).
const router = createBrowserRouter([{ path: '*', element: <MeridianApp queryClient={queryClient} /> }])

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)

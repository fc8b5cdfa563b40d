import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { MeridianApp, createQueryClient } from './app/App'
import './styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <MeridianApp queryClient={createQueryClient()} />
    </BrowserRouter>
  </StrictMode>,
)

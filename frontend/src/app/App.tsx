import { lazy, Suspense } from 'react'
import { App as AntApp, Alert, Spin } from 'antd'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Route, Routes } from 'react-router'
import { useMe } from '../api/me'
import { SessionExpiredError } from '../api/client'
import { LanguageProvider } from './LanguageContext'
import { Frame } from './Frame'

// Screens load on demand, so the initial JavaScript stays within its budget.
const PartnersPage = lazy(() => import('../partners/PartnersPage').then((m) => ({ default: m.PartnersPage })))
const InstitutionFormPage = lazy(() => import('../partners/InstitutionForm').then((m) => ({ default: m.InstitutionFormPage })))
const PartnerPage = lazy(() => import('../partners/PartnerPage').then((m) => ({ default: m.PartnerPage })))
const AgreementsPage = lazy(() => import('../agreements/AgreementsPage').then((m) => ({ default: m.AgreementsPage })))
const AgreementPage = lazy(() => import('../agreements/AgreementPage').then((m) => ({ default: m.AgreementPage })))
const AgreementFormPage = lazy(() => import('../agreements/AgreementForm').then((m) => ({ default: m.AgreementFormPage })))
const DashboardPage = lazy(() => import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })))

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A session that ended is handled by a redirect, not by retrying.
        retry: (count, error) => !(error instanceof SessionExpiredError) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  })
}

function Console() {
  const me = useMe()
  return (
    <LanguageProvider meLocale={me.data?.locale}>
      <AntApp>
        {me.isPending ? <Spin fullscreen /> : me.isError ? (
          <Alert type="error" showIcon title="Meridian" description={me.error.message} style={{ margin: 24 }} />
        ) : (
          <Suspense fallback={<Spin />}>
          <Routes>
            <Route element={<Frame me={me.data} />}>
              <Route index element={<DashboardPage />} />
              <Route path="partners" element={<PartnersPage />} />
              <Route path="partners/new" element={<InstitutionFormPage />} />
              <Route path="partners/:id" element={<PartnerPage />} />
              <Route path="partners/:id/edit" element={<InstitutionFormPage />} />
              <Route path="agreements" element={<AgreementsPage />} />
              <Route path="agreements/new" element={<AgreementFormPage />} />
              <Route path="agreements/:id" element={<AgreementPage />} />
              <Route path="agreements/:id/edit" element={<AgreementFormPage />} />
              <Route path="*" element={<DashboardPage />} />
            </Route>
          </Routes>
          </Suspense>
        )}
      </AntApp>
    </LanguageProvider>
  )
}

/** The console without a router, so the entry point and tests choose theirs (browser or memory). */
export function MeridianApp({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Console />
    </QueryClientProvider>
  )
}

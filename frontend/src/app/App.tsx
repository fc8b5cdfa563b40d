import { Suspense } from 'react'
import { App as AntApp, Alert, Spin } from 'antd'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Route, Routes } from 'react-router'
import { useMe } from '../api/me'
import { SessionExpiredError } from '../api/client'
import { LanguageProvider } from './LanguageContext'
import { Frame } from './Frame'
import { isApplicantOnly } from './roles'
import { FEATURES } from './features'

const ROUTES = FEATURES.flatMap((feature) => feature.routes)
const Home = ROUTES.find((route) => route.path === '')!.screen

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
  // The applicant portal speaks English first: an applicant without a locale of their own gets English.
  return (
    <LanguageProvider meLocale={me.data?.locale ?? (me.data && isApplicantOnly(me.data.roles) ? 'en' : undefined)}>
      <AntApp>
        {me.isPending ? <Spin fullscreen /> : me.isError ? (
          <Alert type="error" showIcon title="Meridian" description={me.error.message} style={{ margin: 24 }} />
        ) : (
          <Suspense fallback={<Spin />}>
          <Routes>
            <Route element={<Frame me={me.data} />}>
              {ROUTES.map(({ path, screen: Screen }) => (path === ''
                ? <Route key="index" index element={<Screen />} />
                : <Route key={path} path={path} element={<Screen />} />))}
              <Route path="*" element={<Home />} />
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

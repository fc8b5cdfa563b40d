import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [react()],
  // Same origin always: in development the dev server proxies to the gateway.
  server: { proxy: { '/api': gateway, '/auth': gateway } },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1000 },
  test: {
    environment: 'jsdom',
    // The browser tests in e2e/ are Playwright's (npm run e2e), not Vitest's.
    include: ['src/**/*.test.{ts,tsx}'],
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    // antd under jsdom is slow on 2 cores (several seconds per screen); a real hang still fails.
    testTimeout: 60000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
})

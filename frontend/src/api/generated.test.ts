import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

/** scripts/generate-api.mjs, run in frontend/ (where tests run) against `root`'s services, into `out`. */
function generate(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [resolve('scripts/generate-api.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

const yaml = (summary: string) => `openapi: 3.1.0
info: { title: demo, version: '1' }
paths:
  /api/demo/things:
    get:
      summary: ${summary}
      responses:
        '200':
          description: OK
          content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } }
components:
  schemas:
    Thing: { type: object, properties: { name: { type: string } } }
`

describe('the generated API types', () => {
  let root = ''
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('are up to date with every service\'s committed openapi.yaml', () => {
    const { status, output } = generate(['--check'])
    expect(output).toContain('src/api/generated/partners.ts')
    expect(output).toContain('src/api/generated/programmes.ts')
    expect(status, output).toBe(0)
  })

  it('are stale when a service\'s openapi.yaml changed, missing for a new service, and left over for a removed one', () => {
    root = mkdtempSync(join(tmpdir(), 'meridian-api-'))
    const out = join(root, 'generated')
    const env = { API_ROOT: root, API_OUT: out }
    mkdirSync(join(root, 'demo-service'))
    writeFileSync(join(root, 'demo-service', 'openapi.yaml'), yaml('List things'))

    expect(generate(['--check'], env)).toMatchObject({ status: 1, output: expect.stringContaining(`${join(out, 'demo.ts')} is missing`) })
    expect(generate([], env).status).toBe(0)
    expect(readFileSync(join(out, 'demo.ts'), 'utf8')).toContain('"/api/demo/things"')
    expect(generate(['--check'], env).status).toBe(0)

    writeFileSync(join(root, 'demo-service', 'openapi.yaml'), yaml('List the things'))
    expect(generate(['--check'], env)).toMatchObject({ status: 1, output: expect.stringContaining('is stale') })

    rmSync(join(root, 'demo-service'), { recursive: true })
    expect(generate(['--check'], env)).toMatchObject({ status: 1, output: expect.stringContaining('has no openapi.yaml any more') })
  })
})

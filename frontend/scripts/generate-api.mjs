// One typed API per service: the types of src/api/generated/<service>.ts from the service's committed
// ../<service>-service/openapi.yaml (openapi-typescript), for every service that has one. The generated files are
// git-ignored and made again by typecheck, build and test, so a change to a service's API that the SPA does not follow
// fails the type-check. `--check` writes nothing and fails when a generated file is missing or differs from its yaml
// (a run of tsc or Vitest without `npm run api:generate` first).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'

// The repository and the output folder; a test points them elsewhere.
const ROOT = process.env.API_ROOT ?? '..'
const OUT = process.env.API_OUT ?? 'src/api/generated'
const SERVICE = /^(.+)-service$/

const services = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && SERVICE.test(entry.name) && existsSync(join(ROOT, entry.name, 'openapi.yaml')))
  .map((entry) => ({ yaml: join(ROOT, entry.name, 'openapi.yaml'), file: join(OUT, `${SERVICE.exec(entry.name)[1]}.ts`) }))
  .sort((a, b) => a.file.localeCompare(b.file))

const check = process.argv.includes('--check')
const expected = new Set(services.map((service) => service.file))
const problems = []
if (!check) mkdirSync(OUT, { recursive: true })
for (const { yaml, file } of services) {
  const types = COMMENT_HEADER + astToString(await openapiTS(pathToFileURL(yaml)))
  if (!check) writeFileSync(file, types)
  else if (!existsSync(file)) problems.push(`${file} is missing (from ${yaml})`)
  else if (readFileSync(file, 'utf8') !== types) problems.push(`${file} is stale: ${yaml} changed since it was generated`)
}
// A service that no longer exists leaves no types behind.
for (const name of existsSync(OUT) ? readdirSync(OUT) : []) {
  const file = join(OUT, name)
  if (expected.has(file)) continue
  if (check) problems.push(`${file} has no openapi.yaml any more`)
  else rmSync(file)
}
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\nRun npm run api:generate.`)
  process.exit(1)
}
console.log(`${check ? 'Up to date' : 'Generated'}: ${services.map((service) => service.file).join(', ')}`)

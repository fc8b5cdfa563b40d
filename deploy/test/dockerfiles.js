// The rules every image's Dockerfile follows, checked on the parsed file (dockerfile-ast) and against what the Maven
// and frontend builds produce (run them first: CI runs this after ./mvnw verify and the frontend build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import {
  ROOT, applicationModules, expect, applicationProperties, dockerContextIncludes, expandSource, filesUnder, images, launcherPort,
} from './repo.js';

const FRONTEND = 'frontend';
const FAST_JAR_PARTS = ['lib/', '*.jar', 'app/', 'quarkus/'];

export function dockerfileChecks() {
  const checks = [
    { name: 'every Quarkus application module has an image in deploy/images.properties', run: everyModuleHasAnImage },
    { name: 'the gateway image serves the SPA from the folder the frontend image fills', run: spaFolderAgrees },
  ];
  for (const image of images()) {
    const rules = image.name === FRONTEND ? frontendRules : serviceRules;
    for (const [rule, check] of Object.entries({ ...commonRules, ...rules })) {
      checks.push({ name: `${image.name}: ${rule}`, run: () => check(image.name, parse(image.dockerfile)) });
    }
  }
  return checks;
}

export function parse(path) {
  const content = readFileSync(join(ROOT, path), 'utf8');
  return { path, content, dockerfile: DockerfileParser.parse(content) };
}

const commonRules = {
  'the linter (dockerfile-utils) finds no problem': (name, { path, content }) => {
    const problems = validate(content);
    expect(problems.length === 0, problems.map((p) => `${path}:${p.range.start.line + 1}: ${p.message}`).join('\n'));
  },
  'every base image is pinned to a tag or digest, never latest': (name, { dockerfile }) => {
    const froms = dockerfile.getFROMs();
    expect(froms.length > 0, 'no FROM');
    for (const from of froms) {
      const image = from.getImageName();
      const tag = from.getImageTag();
      expect(!/\$/.test(from.getArgumentsContent()), `FROM ${from.getArgumentsContent()}: the base image comes from a variable`);
      expect(tag !== null || from.getImageDigest() !== null, `FROM ${image}: no tag or digest`);
      expect(tag !== 'latest', `FROM ${image}:latest`);
    }
  },
  'runs as a numeric non-root user': (name, { dockerfile }) => {
    const users = instructions(dockerfile, 'USER');
    expect(users.length > 0, 'no USER: the image runs as root');
    const user = users.at(-1).getArgumentsContent();
    expect(/^[0-9]+$/.test(user), `USER ${user}: a numeric id lets Kubernetes check runAsNonRoot`);
    expect(user !== '0', 'USER 0 is root');
  },
  'copies only files that exist, from the build outputs, into the build context': (name, { dockerfile }) => {
    expect(instructions(dockerfile, 'ADD').length === 0, 'ADD: use COPY');
    const allowed = name === FRONTEND ? ['frontend/dist/'] : [`${name}/target/quarkus-app/`];
    for (const source of copySources(dockerfile)) {
      expect(allowed.some((prefix) => source.startsWith(prefix)), `COPY ${source}: not under ${allowed.join(' or ')}`);
      const paths = expandSource(source);
      expect(paths.length > 0, `COPY ${source}: nothing there; build it first (Maven package, or npm run build in frontend/)`);
      for (const file of paths.flatMap(filesUnder)) {
        expect(dockerContextIncludes(file), `COPY ${source}: .dockerignore leaves out ${file}`);
      }
    }
  },
  'starts in exec form (signals reach the process)': (name, { dockerfile }) => {
    const entrypoints = instructions(dockerfile, 'ENTRYPOINT');
    expect(entrypoints.length === 1, `${entrypoints.length} ENTRYPOINT instructions`);
    expect(entrypoints[0].getArgumentsContent().startsWith('['), 'ENTRYPOINT in shell form');
  },
};

const serviceRules = {
  'copies the whole Quarkus fast-jar layout': (name, { dockerfile }) => {
    const sources = copySources(dockerfile);
    for (const part of FAST_JAR_PARTS) {
      expect(sources.includes(`${name}/target/quarkus-app/${part}`), `no COPY of ${name}/target/quarkus-app/${part}`);
    }
    expect(expandSource(`${name}/target/quarkus-app/quarkus-run.jar`).length === 1, 'no quarkus-run.jar in the Maven output');
  },
  'exposes the port the service listens on': (name, { dockerfile }) => {
    const port = servicePort(name);
    const exposed = instructions(dockerfile, 'EXPOSE').flatMap((e) => e.getArguments().map((a) => a.getValue()));
    expect(exposed.length === 1 && exposed[0] === port, `EXPOSE ${exposed.join(' ')}; the service listens on ${port}`);
  },
  'has a HEALTHCHECK on its readiness endpoint': (name, { dockerfile }) => {
    const checks = dockerfile.getHEALTHCHECKs();
    expect(checks.length === 1, `${checks.length} HEALTHCHECK instructions`);
    const command = checks[0].getArgumentsContent();
    expect(checks[0].getSubcommand()?.getValue() === 'CMD', `HEALTHCHECK ${command}: no CMD`);
    const url = `http://localhost:${servicePort(name)}/q/health/ready`;
    expect(command.includes(`"${url}"`), `HEALTHCHECK ${command}: does not ask ${url}`);
  },
  'writes only under /tmp (read-only root filesystem)': (name, { dockerfile }) => {
    const env = environment(dockerfile);
    expect(env.get('QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY')?.startsWith('/tmp/'), 'uploads are not buffered under /tmp');
    expect(env.get('JAVA_OPTS_APPEND')?.includes('-Djava.io.tmpdir=/tmp'), 'java.io.tmpdir is not /tmp');
    expect(instructions(dockerfile, 'VOLUME').length === 0, 'VOLUME: deployments mount what they need');
  },
};

const frontendRules = {
  'holds only the built SPA, with no health check (a one-shot copy)': (name, { dockerfile }) => {
    expect(copySources(dockerfile).every((source) => source === 'frontend/dist/'), 'copies more than frontend/dist/');
    expect(expandSource('frontend/dist/index.html').length === 1, 'frontend/dist/index.html is missing: npm run build');
    const checks = dockerfile.getHEALTHCHECKs();
    expect(checks.length === 1 && checks[0].getSubcommand()?.getValue() === 'NONE', 'expected HEALTHCHECK NONE');
    expect(instructions(dockerfile, 'EXPOSE').length === 0, 'EXPOSE: it serves nothing');
  },
};

function everyModuleHasAnImage() {
  const named = new Set(images().map((image) => image.name));
  const missing = applicationModules().filter((module) => !named.has(module));
  expect(missing.length === 0, `no image for ${missing.join(', ')}`);
  expect(named.has(FRONTEND), 'no frontend image');
}

function spaFolderAgrees() {
  const gateway = images().find((image) => image.name === 'gateway');
  const frontend = images().find((image) => image.name === FRONTEND);
  const spaDir = environment(parse(gateway.dockerfile).dockerfile).get('GATEWAY_SPA_DIR');
  expect(spaDir?.startsWith('/'), 'the gateway image sets no absolute GATEWAY_SPA_DIR');
  const copy = instructions(parse(frontend.dockerfile).dockerfile, 'ENTRYPOINT')[0].getArgumentsContent();
  expect(copy.includes(`cp -R /srv/spa-dist/. ${spaDir}/`), `the frontend image's ENTRYPOINT does not copy into ${spaDir}: ${copy}`);
}

export function servicePort(module) {
  const port = applicationProperties(module).get('quarkus.http.port');
  const launcher = launcherPort(module);
  expect(launcher === undefined || launcher === port,
    `${module}: quarkus.http.port ${port}, devstack/services.properties says ${launcher}`);
  return port;
}

export function instructions(dockerfile, keyword) {
  return dockerfile.getInstructions().filter((instruction) => instruction.getKeyword() === keyword);
}

/** The sources of every COPY without --from (the last argument is the destination). */
function copySources(dockerfile) {
  return instructions(dockerfile, 'COPY')
    .filter((copy) => !copy.getFlags().some((flag) => flag.getName() === 'from'))
    .flatMap((copy) => copy.getArguments().slice(0, -1).map((argument) => argument.getValue()));
}

/** The variables ENV sets, by name. */
export function environment(dockerfile) {
  return new Map(instructions(dockerfile, 'ENV').flatMap((env) => env.getProperties().map((p) => [p.getName(), p.getValue()])));
}

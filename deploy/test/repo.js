// What the repository says about the images: deploy/images.properties, each module's port, the .dockerignore.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function readProperties(file) {
  const properties = new Map();
  for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const at = text.indexOf('=');
    properties.set(text.slice(0, at).trim(), text.slice(at + 1).trim());
  }
  return properties;
}

/** The images of deploy/images.properties: name, Dockerfile (relative to the root) and the full reference. */
export function images() {
  const properties = readProperties('deploy/images.properties');
  return [...properties]
    .filter(([key]) => key.startsWith('image.'))
    .map(([key, dockerfile]) => {
      const name = key.slice('image.'.length);
      return { name, dockerfile, reference: `${properties.get('registry')}/${name}:${properties.get('tag')}` };
    });
}

/** The modules that are Quarkus applications: a pom.xml and an application.properties naming the application. */
export function applicationModules() {
  return readdirSync(ROOT)
    .filter((dir) => existsSync(join(ROOT, dir, 'pom.xml')))
    .filter((dir) => {
      const file = join(dir, 'src/main/resources/application.properties');
      return existsSync(join(ROOT, file)) && readProperties(file).has('quarkus.application.name');
    })
    .filter((dir) => dir !== 'devstack');
}

/** The module's application.properties, with its port (quarkus.http.port). */
export function applicationProperties(module) {
  return readProperties(join(module, 'src/main/resources/application.properties'));
}

/** The port devstack/services.properties gives the service, if it lists it. */
export function launcherPort(module) {
  return readProperties('devstack/services.properties').get(`${module}.port`);
}

/** Files under a path (the path itself when it is a file), relative to the root. */
export function filesUnder(path) {
  const absolute = join(ROOT, path);
  if (!statSync(absolute).isDirectory()) return [path];
  return readdirSync(absolute, { recursive: true })
    .map((entry) => join(path, entry))
    .filter((file) => statSync(join(ROOT, file)).isFile());
}

/** The paths a COPY source names: a '*' in its last segment matches within that folder. */
export function expandSource(source) {
  const path = source.replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (!last.includes('*')) return existsSync(join(ROOT, path)) ? [path] : [];
  const folder = path.slice(0, path.lastIndexOf('/'));
  if (!existsSync(join(ROOT, folder))) return [];
  const pattern = segmentPattern(last);
  return readdirSync(join(ROOT, folder)).filter((name) => pattern.test(name)).map((name) => join(folder, name));
}

function segmentPattern(segment) {
  return new RegExp(`^${segment.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
}

/**
 * Whether the root .dockerignore lets a file into the build context, with Docker's rules: the last pattern that
 * matches the path or one of its parent folders decides, '!' lets in again, '*' matches within one segment.
 */
export function dockerContextIncludes(file) {
  const rules = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      if (line.includes('**')) throw new Error(`.dockerignore: '**' is not understood by this check: ${line}`);
      const include = line.startsWith('!');
      const segments = (include ? line.slice(1) : line).replace(/^\/+|\/+$/g, '').split('/');
      return { include, segments: segments.map(segmentPattern) };
    });
  const parts = relative('.', file).split('/');
  let included = true;
  for (const { include, segments } of rules) {
    const matches = segments.length <= parts.length && segments.every((pattern, i) => pattern.test(parts[i]));
    if (matches) included = include;
  }
  return included;
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

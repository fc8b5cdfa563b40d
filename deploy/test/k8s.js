// The rules k8s/ follows, checked on what `kubectl kustomize` renders for each overlay: every object valid against
// its schema from the npm registry (kubernetes-models and the @kubernetes-models packages of the Prometheus, Strimzi and
// CloudNativePG operators),
// the pods hardened and probed, the network policies, the topics and ACLs against contracts/asyncapi.yaml and each
// service's application.properties, backups, the realm, the alerts, and no committed secret.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { variablesRead } from './compose.js';
import { environment, parse as parseDockerfile, servicePort } from './dockerfiles.js';
import { ROOT, applicationModules, applicationProperties, expect, images } from './repo.js';

const OVERLAYS = ['production', 'demo'];
/** The npm packages with the JSON Schemas of the operators' custom resources, by API group. */
const OPERATOR_SCHEMAS = {
  'monitoring.coreos.com': '@kubernetes-models/prometheus-operator',
  'kafka.strimzi.io': '@kubernetes-models/strimzi-kafka-operator',
  'postgresql.cnpg.io': '@kubernetes-models/cloudnative-pg',
};
/** API groups whose CRD schemas no npm package ships: docs/deploy.md lists them as not validated here. */
const NOT_VALIDATED = ['k8s.keycloak.org/v2beta1'];
/** Kafka client settings Quarkus takes from KAFKA_* variables (KafkaRuntimeConfigProducer maps KAFKA_A_B to a.b). */
const KAFKA_CLIENT_VARIABLES = ['KAFKA_SECURITY_PROTOCOL', 'KAFKA_SASL_MECHANISM', 'KAFKA_SASL_JAAS_CONFIG',
  'KAFKA_SSL_TRUSTSTORE_TYPE', 'KAFKA_SSL_TRUSTSTORE_LOCATION', 'KAFKA_SSL_TRUSTSTORE_PASSWORD'];
/** Quarkus settings the README tells deployments to set behind an Ingress. */
const PROXY_VARIABLES = ['QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING'];
const KUBECTL = process.env.KUBECTL ?? 'kubectl';

export async function k8sChecks() {
  const checks = [];
  const rendered = {};
  for (const overlay of OVERLAYS) {
    checks.push({ name: `k8s ${overlay}: kubectl kustomize renders it`, run: () => { rendered[overlay] = render(KUBECTL, overlay); } });
  }
  const legacy = process.env.KUBECTL_LEGACY;
  for (const overlay of OVERLAYS) {
    checks.push({
      name: `k8s ${overlay}: Debian's kubectl (KUBECTL_LEGACY, kustomize 2) renders the same objects`,
      run: () => {
        expect(legacy, 'KUBECTL_LEGACY is not set: .ci/run unpacks Debian\'s kubernetes-client (apt-get download kubernetes-client) and names its kubectl');
        expect(isDeepStrictEqual(sorted(render(legacy, overlay)), sorted(objects(overlay))), 'the two renderings differ');
      },
    });
  }
  const objects = (overlay) => {
    expect(rendered[overlay], `${overlay} was not rendered`);
    return rendered[overlay];
  };
  const validators = await schemaValidators();
  for (const overlay of OVERLAYS) {
    const on = (check) => () => check(objects(overlay), overlay);
    const add = (rule, check) => checks.push({ name: `k8s ${overlay}: ${rule}`, run: on(check) });
    add('every object valid against the Kubernetes and operators\' schemas, or of a CRD listed as not validated', (all) => validSchemas(all, validators));
    add('every application module and the frontend run, with the images of deploy/images.properties', everyImageRuns);
    add('every pod: non-root, seccomp RuntimeDefault, no service account token, containers hardened with resources', hardenedPods);
    add('every service: startup, liveness and readiness probes on /q/health/*, /tmp on an emptyDir', probedServices);
    add('every service: a Service on its port, a PodDisruptionBudget, a HorizontalPodAutoscaler and a ServiceAccount', companions);
    add('every service sets only variables its application.properties reads, and all it needs', variablesMatch);
    add('the gateway routes to every service, and serves the volume its init container fills from the frontend image', gatewayWiring);
    add('the Ingress leads to the gateway', ingressToGateway);
    add('network policies: default deny, every pod selected, only the gateway reaches the services', networkPolicies);
    add('network policies: only each service reaches its own database cluster', databasesPrivate);
    add('every AsyncAPI topic has a KafkaTopic and vice versa (dead-letter topics from application.properties)', topicsMatchContracts);
    add('topics: partitions from the AsyncAPI bindings, partners\' compacted, no more replicas than Kafka nodes', topicSettings);
    add('KafkaUsers: each service writes its topics, reads what it consumes in its group; campus systems only read', kafkaAcls);
    add('every service authenticates to Kafka as its own KafkaUser over TLS', kafkaCredentials);
    add('every database cluster has backups to an object store and a scheduled backup', backups);
    add('no Secret is rendered, and every Secret referenced is operator-made or named in docs/deploy.md', secrets);
    add('every service with a Prometheus endpoint has a ServiceMonitor; the alerts use metrics the code registers', monitoring);
    add('the Grafana dashboard is a ConfigMap with the committed JSON', dashboard);
    if (overlay === 'production') {
      add('the production realm (keycloak/realm-production.json) is imported, every placeholder from a Secret', productionRealm);
      add('two or more replicas of everything, spread over nodes, HPA bounds above them', productionScale);
    } else {
      add('the demo realm (keycloak/realm-meridian.json) is imported; one replica of each service', demoScale);
    }
  }
  return checks;
}

function render(kubectl, overlay) {
  let output;
  try {
    output = execFileSync(kubectl, ['kustomize', join(ROOT, 'k8s/overlays', overlay)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new Error(`${kubectl} not found: install kubectl (on Debian: apt-get install kubernetes-client; .ci/run does this when none is on the PATH) or set KUBECTL`);
    }
    throw new Error(`${kubectl} kustomize k8s/overlays/${overlay} failed:\n${error.stderr}`);
  }
  return parseAllDocuments(output).map((document) => document.toJS()).filter((object) => object);
}

function sorted(all) {
  return all.map((object) => JSON.stringify(sortKeys(object))).sort();
}

function sortKeys(node) {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.keys(node).sort().map((key) => [key, sortKeys(node[key])]));
}

async function schemaValidators() {
  const cache = new Map();
  return async (apiVersion, kind) => {
    const operator = OPERATOR_SCHEMAS[apiVersion.split('/')[0]];
    const module = operator ? `${operator}/${apiVersion}` : `kubernetes-models/${apiVersion}`;
    if (!cache.has(module)) cache.set(module, await import(module).catch(() => null));
    return cache.get(module)?.[kind];
  };
}

async function validSchemas(all, validators) {
  const problems = [];
  for (const object of all) {
    if (NOT_VALIDATED.includes(object.apiVersion)) continue;
    const Model = await validators(object.apiVersion, object.kind);
    if (!Model) {
      problems.push(`${object.apiVersion} ${object.kind}: no schema, and not listed as not validated`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${object.kind} ${object.metadata.name}: ${error.message}`);
    }
  }
  expect(problems.length === 0, problems.join('\n'));
  const guide = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
  for (const apiVersion of NOT_VALIDATED) expect(guide.includes(apiVersion), `docs/deploy.md does not list ${apiVersion} as not validated`);
}

const ofKind = (all, kind) => all.filter((object) => object.kind === kind);
const named = (all, kind, name) => all.find((object) => object.kind === kind && object.metadata.name === name);
const deployments = (all) => ofKind(all, 'Deployment');
const services = () => applicationModules().filter((module) => module !== 'gateway');
const mainContainer = (deployment) => deployment.spec.template.spec.containers[0];
const envOf = (container) => new Map((container.env ?? []).map((variable) => [variable.name, variable]));

function everyImageRuns(all) {
  const expected = new Map(images().map((image) => [image.name, image.reference]));
  for (const module of applicationModules()) {
    const deployment = named(all, 'Deployment', module);
    expect(deployment, `no Deployment ${module}`);
    expect(mainContainer(deployment).image === expected.get(module), `${module}: image ${mainContainer(deployment).image}, deploy/images.properties says ${expected.get(module)}`);
  }
  for (const deployment of deployments(all)) {
    for (const container of containers(deployment)) {
      expect([...expected.values()].includes(container.image), `${deployment.metadata.name}/${container.name}: ${container.image} is not an image of deploy/images.properties`);
      expect(!container.image.endsWith(':latest') && container.image.includes(':'), `${container.image}: not pinned`);
    }
  }
}

function containers(deployment) {
  const spec = deployment.spec.template.spec;
  return [...(spec.initContainers ?? []), ...spec.containers];
}

function hardenedPods(all) {
  for (const deployment of deployments(all)) {
    const name = deployment.metadata.name;
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext?.runAsNonRoot === true, `${name}: runAsNonRoot is not true`);
    expect(pod.securityContext?.runAsUser > 0, `${name}: no non-root runAsUser`);
    expect(pod.securityContext?.seccompProfile?.type === 'RuntimeDefault', `${name}: seccomp profile is not RuntimeDefault`);
    expect(pod.automountServiceAccountToken === false, `${name}: the service account token is mounted`);
    const account = named(all, 'ServiceAccount', pod.serviceAccountName);
    expect(account && account.automountServiceAccountToken === false, `${name}: no own ServiceAccount ${pod.serviceAccountName} with automount off`);
    for (const container of containers(deployment)) {
      const where = `${name}/${container.name}`;
      const security = container.securityContext ?? {};
      expect(security.allowPrivilegeEscalation === false, `${where}: allowPrivilegeEscalation is not false`);
      expect(security.readOnlyRootFilesystem === true, `${where}: root filesystem not read-only`);
      expect(isDeepStrictEqual(security.capabilities?.drop, ['ALL']), `${where}: capabilities not dropped`);
      expect(container.resources?.requests?.cpu && container.resources?.requests?.memory, `${where}: no cpu and memory requests`);
      expect(container.resources?.limits?.memory, `${where}: no memory limit`);
    }
  }
}

function probedServices(all) {
  for (const module of applicationModules()) {
    const deployment = named(all, 'Deployment', module);
    const container = mainContainer(deployment);
    const port = container.ports?.find((p) => p.name === 'http');
    expect(String(port?.containerPort) === servicePort(module), `${module}: container port ${port?.containerPort}, it listens on ${servicePort(module)}`);
    for (const [probe, path] of [['startupProbe', 'started'], ['livenessProbe', 'live'], ['readinessProbe', 'ready']]) {
      const get = container[probe]?.httpGet;
      expect(get?.path === `/q/health/${path}` && get?.port === 'http', `${module}: ${probe} is not GET /q/health/${path} on http`);
    }
    const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
    const volume = deployment.spec.template.spec.volumes?.find((v) => v.name === tmp?.name);
    expect(volume?.emptyDir, `${module}: /tmp is not an emptyDir`);
  }
}

function companions(all) {
  for (const module of applicationModules()) {
    const labels = named(all, 'Deployment', module).spec.template.metadata.labels;
    const service = named(all, 'Service', module);
    expect(service && selects(service.spec.selector, labels), `${module}: no Service selecting its pods`);
    expect(String(service.spec.ports[0].port) === servicePort(module), `${module}: Service port ${service.spec.ports[0].port}`);
    const budget = named(all, 'PodDisruptionBudget', module);
    expect(budget && selects(budget.spec.selector.matchLabels, labels), `${module}: no PodDisruptionBudget for its pods`);
    const scaler = named(all, 'HorizontalPodAutoscaler', module);
    expect(scaler?.spec.scaleTargetRef.kind === 'Deployment' && scaler.spec.scaleTargetRef.name === module, `${module}: no HorizontalPodAutoscaler`);
  }
}

/** Whether a label selector (matchLabels form) selects pods with these labels; an empty selector selects all. */
function selects(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

function variablesMatch(all) {
  for (const module of applicationModules()) {
    const { read, required } = variablesRead(module);
    const set = [...envOf(mainContainer(named(all, 'Deployment', module))).keys()];
    const allowed = (variable) => read.has(variable) || KAFKA_CLIENT_VARIABLES.includes(variable) || PROXY_VARIABLES.includes(variable);
    const unread = set.filter((variable) => !allowed(variable));
    expect(unread.length === 0, `${module}: ${unread.join(', ')}: not read by its application.properties`);
    const missing = [...required].filter((variable) => !set.includes(variable));
    expect(missing.length === 0, `${module}: ${missing.join(', ')}: needed in production and not set`);
  }
}

function gatewayWiring(all) {
  const gateway = named(all, 'Deployment', 'gateway');
  const env = envOf(mainContainer(gateway));
  for (const [key, value] of applicationProperties('gateway')) {
    const route = key.match(/^gateway\.routes\.([a-z]+)\.url$/);
    if (!route || !applicationModules().includes(`${route[1]}-service`)) continue;
    const variable = value.match(/^\$\{([A-Z_]+)/)[1];
    const expected = `http://${route[1]}-service:${servicePort(`${route[1]}-service`)}`;
    expect(env.get(variable)?.value === expected, `${variable}: ${env.get(variable)?.value}, expected ${expected}`);
  }
  const spaDir = environment(parseDockerfile(images().find((i) => i.name === 'gateway').dockerfile).dockerfile).get('GATEWAY_SPA_DIR');
  const frontend = images().find((image) => image.name === 'frontend').reference;
  const init = (gateway.spec.template.spec.initContainers ?? []).find((c) => c.image === frontend);
  expect(init, 'no init container runs the frontend image');
  const initMount = init.volumeMounts?.find((m) => m.mountPath === spaDir);
  const servedMount = mainContainer(gateway).volumeMounts?.find((m) => m.mountPath === spaDir);
  expect(initMount && !initMount.readOnly, `the init container does not write ${spaDir}`);
  expect(servedMount?.readOnly === true && servedMount.name === initMount.name, `the gateway does not serve ${spaDir} read-only from the same volume`);
}

function ingressToGateway(all) {
  const ingresses = ofKind(all, 'Ingress');
  expect(ingresses.length === 1, `${ingresses.length} Ingresses`);
  for (const rule of ingresses[0].spec.rules) {
    for (const path of rule.http.paths) expect(path.backend.service.name === 'gateway', `${rule.host}${path.path} leads to ${path.backend.service.name}`);
  }
  expect(ingresses[0].spec.tls?.length > 0, 'no TLS');
}

function podLabels(all) {
  return deployments(all).map((d) => ({ name: d.metadata.name, labels: d.spec.template.metadata.labels }));
}

function networkPolicies(all) {
  const policies = ofKind(all, 'NetworkPolicy');
  expect(policies.some((p) => Object.keys(p.spec.podSelector).length === 0 && isDeepStrictEqual(p.spec.policyTypes, ['Ingress']) && !p.spec.ingress),
    'no default-deny-ingress policy (empty podSelector, Ingress, no rule)');
  for (const { name, labels } of podLabels(all)) {
    const own = policies.filter((p) => Object.keys(p.spec.podSelector).length > 0 && selects(p.spec.podSelector.matchLabels, labels));
    expect(own.some((p) => p.spec.policyTypes.includes('Ingress') && p.spec.policyTypes.includes('Egress')),
      `${name}: no policy limits both what reaches it and what it reaches`);
  }
  for (const module of services()) {
    const policy = policies.find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === module);
    for (const rule of policy.spec.ingress ?? []) {
      for (const peer of rule.from ?? []) {
        const gateway = peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'gateway' && !peer.namespaceSelector;
        const prometheus = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring' && !peer.podSelector;
        expect(gateway || prometheus, `${module}: reached by ${JSON.stringify(peer)}, not only the gateway (and Prometheus)`);
      }
    }
  }
  for (const cluster of ofKind(all, 'Cluster')) {
    expect(policies.some((p) => p.spec.podSelector.matchLabels?.['cnpg.io/cluster'] === cluster.metadata.name),
      `database cluster ${cluster.metadata.name}: no policy selects its pods`);
  }
  expect(policies.some((p) => p.spec.podSelector.matchLabels?.app === 'keycloak'), 'no policy selects Keycloak\'s pods');
}

/** The database cluster a service's *_DB_URL names (jdbc:postgresql://<cluster>-rw:5432/<database>). */
function databaseOf(all, module) {
  for (const [name, variable] of envOf(mainContainer(named(all, 'Deployment', module)))) {
    const host = name.endsWith('_DB_URL') && variable.value?.match(/^jdbc:postgresql:\/\/([a-z0-9-]+)-rw:5432\/[a-z_]+$/)?.[1];
    if (host) return host;
  }
  return undefined;
}

function databasesPrivate(all) {
  const policies = ofKind(all, 'NetworkPolicy');
  for (const module of services()) {
    const database = databaseOf(all, module);
    expect(database && named(all, 'Cluster', database), `${module}: its *_DB_URL names no database cluster of k8s/`);
    const clients = podLabels(all).filter(({ name }) => name !== module);
    const policy = policies.find((p) => p.spec.podSelector.matchLabels?.['cnpg.io/cluster'] === database);
    for (const rule of policy.spec.ingress) {
      for (const peer of rule.from) {
        if (peer.namespaceSelector) continue;
        const labels = peer.podSelector.matchLabels;
        const ownInstances = labels['cnpg.io/cluster'] === database;
        const service = labels['app.kubernetes.io/name'] === module;
        expect(ownInstances || service, `${database}: reached by ${JSON.stringify(peer)}`);
        for (const other of clients) expect(!selects(labels, other.labels), `${database}: ${other.name} reaches it`);
      }
    }
    for (const other of policies.filter((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === module)) {
      for (const rule of other.spec.egress ?? []) {
        for (const peer of rule.to) {
          const cluster = peer.podSelector?.matchLabels?.['cnpg.io/cluster'];
          expect(cluster === undefined || cluster === database, `${module}: reaches database cluster ${cluster}`);
        }
      }
    }
  }
}

function asyncApi() {
  return parseYaml(readFileSync(join(ROOT, 'contracts/asyncapi.yaml'), 'utf8'));
}

/** The channels of the AsyncAPI document by id: address, partitions, and who sends and receives them. */
function channels() {
  const document = asyncApi();
  const result = new Map(Object.entries(document.channels).map(([id, channel]) => [id, {
    address: channel.address, partitions: channel.bindings?.kafka?.partitions, senders: [], receivers: [],
  }]));
  for (const operation of Object.values(document.operations)) {
    const channel = result.get(operation.channel.$ref.split('/').at(-1));
    const applications = operation['x-meridian-application'].split(',').map((a) => a.trim());
    (operation.action === 'send' ? channel.senders : channel.receivers).push(...applications);
  }
  return [...result.values()];
}

/** What a service's application.properties consumes: incoming topics, their dead-letter topics and group ids. */
function consumption(module) {
  const properties = applicationProperties(module);
  const incoming = new Map();
  for (const [key, value] of properties) {
    const match = key.match(/^mp\.messaging\.incoming\.([a-z0-9-]+)\.(topic|dead-letter-queue\.topic|group\.id)$/);
    if (!match) continue;
    const channel = incoming.get(match[1]) ?? {};
    channel[match[2]] = value.replace(/^\$\{[A-Z_]+:(.*)\}$/, '$1');
    incoming.set(match[1], channel);
  }
  const values = [...incoming.values()];
  return {
    topics: values.map((c) => c.topic).filter(Boolean),
    deadLetters: values.map((c) => c['dead-letter-queue.topic']).filter(Boolean),
    groups: [...new Set(values.map((c) => c['group.id']).filter(Boolean))],
  };
}

const topicName = (topic) => topic.spec.topicName ?? topic.metadata.name;

function topicsMatchContracts(all) {
  const declared = ofKind(all, 'KafkaTopic').map(topicName).sort();
  const deadLetters = applicationModules().flatMap((module) => consumption(module).deadLetters);
  const expected = [...channels().map((c) => c.address), ...deadLetters].sort();
  expect(isDeepStrictEqual(declared, expected), `KafkaTopics ${declared.join(', ')}; expected ${expected.join(', ')}`);
}

function topicSettings(all) {
  const nodes = ofKind(all, 'KafkaNodePool').filter((p) => p.spec.roles.includes('broker')).reduce((n, p) => n + p.spec.replicas, 0);
  const partitions = new Map(channels().map((c) => [c.address, c.partitions]));
  for (const topic of ofKind(all, 'KafkaTopic')) {
    const name = topicName(topic);
    expect(topic.metadata.labels?.['strimzi.io/cluster'] === 'meridian-kafka', `${name}: not of the cluster meridian-kafka`);
    if (partitions.has(name)) expect(topic.spec.partitions === partitions.get(name), `${name}: ${topic.spec.partitions} partitions, AsyncAPI says ${partitions.get(name)}`);
    const policy = topic.spec.config?.['cleanup.policy'];
    const expectedPolicy = name.endsWith('.dlq') || !name.startsWith('partners.') ? 'delete' : 'compact';
    expect(policy === expectedPolicy, `${name}: cleanup.policy ${policy}, expected ${expectedPolicy}`);
    expect(topic.spec.replicas >= 1 && topic.spec.replicas <= nodes, `${name}: ${topic.spec.replicas} replicas on ${nodes} Kafka nodes`);
    const inSync = Number(topic.spec.config?.['min.insync.replicas']);
    expect(inSync >= 1 && (inSync < topic.spec.replicas || topic.spec.replicas === 1), `${name}: min.insync.replicas ${inSync} with ${topic.spec.replicas} replicas`);
  }
}

/** The ACLs of a KafkaUser as "Operation type:name[:prefix]" strings. */
function acls(user) {
  return user.spec.authorization.acls.flatMap((acl) => acl.operations.map((operation) =>
    `${operation} ${acl.resource.type}:${acl.resource.name}${acl.resource.patternType === 'prefix' ? '*' : ''}`)).sort();
}

function kafkaAcls(all) {
  const contract = channels();
  for (const module of services()) {
    const user = named(all, 'KafkaUser', module);
    expect(user?.spec.authentication.type === 'scram-sha-512', `${module}: no KafkaUser with SCRAM-SHA-512`);
    const { topics, deadLetters, groups } = consumption(module);
    const writes = [...contract.filter((c) => c.senders.includes(module)).map((c) => c.address), ...deadLetters];
    const expected = [
      ...writes.flatMap((t) => [`Write topic:${t}`, `Describe topic:${t}`]),
      ...topics.flatMap((t) => [`Read topic:${t}`, `Describe topic:${t}`]),
      ...groups.map((g) => `Read group:${g}`),
    ].sort();
    expect(isDeepStrictEqual(acls(user), expected), `${module}: ACLs\n${acls(user).join('\n')}\nexpected\n${expected.join('\n')}`);
    const unlisted = topics.filter((t) => !contract.find((c) => c.address === t)?.receivers.includes(module));
    expect(unlisted.length === 0, `${module} consumes ${unlisted.join(', ')}, which AsyncAPI does not say it receives`);
  }
  const campus = named(all, 'KafkaUser', 'campus-systems');
  expect(campus, 'no KafkaUser campus-systems');
  const read = contract.filter((c) => c.receivers.includes('campus-systems')).map((c) => c.address);
  const expected = [...read.flatMap((t) => [`Read topic:${t}`, `Describe topic:${t}`]), 'Read group:campus-*'].sort();
  expect(isDeepStrictEqual(acls(campus), expected), `campus-systems: ACLs ${acls(campus).join(', ')}; expected ${expected.join(', ')}`);
}

function kafkaCredentials(all) {
  const kafka = ofKind(all, 'Kafka')[0];
  const listener = kafka.spec.kafka.listeners.find((l) => l.authentication?.type === 'scram-sha-512' && l.tls === true);
  expect(listener, 'no TLS listener with SCRAM-SHA-512');
  expect(kafka.spec.kafka.authorization?.type === 'simple', 'ACLs are not enforced (authorization simple)');
  for (const module of services()) {
    const env = envOf(mainContainer(named(all, 'Deployment', module)));
    expect(env.get('KAFKA_BOOTSTRAP_SERVERS')?.value === `${kafka.metadata.name}-kafka-bootstrap:${listener.port}`, `${module}: KAFKA_BOOTSTRAP_SERVERS is not the SCRAM listener`);
    expect(env.get('KAFKA_SECURITY_PROTOCOL')?.value === 'SASL_SSL' && env.get('KAFKA_SASL_MECHANISM')?.value === 'SCRAM-SHA-512', `${module}: not SASL_SSL with SCRAM-SHA-512`);
    const jaas = env.get('KAFKA_SASL_JAAS_CONFIG')?.valueFrom?.secretKeyRef;
    expect(jaas?.name === module && jaas.key === 'sasl.jaas.config', `${module}: the JAAS configuration is not from its KafkaUser's Secret`);
    const labels = named(all, 'Deployment', module).spec.template.metadata.labels;
    expect(listener.networkPolicyPeers.some((peer) => peer.podSelector && selects(peer.podSelector.matchLabels, labels)), `${module}: not a peer of the listener`);
  }
}

function backups(all) {
  for (const cluster of ofKind(all, 'Cluster')) {
    const name = cluster.metadata.name;
    const store = cluster.spec.backup?.barmanObjectStore;
    expect(store?.destinationPath?.endsWith(`/${name}`), `${name}: no barman object store of its own`);
    expect(store.s3Credentials?.accessKeyId?.name && store.s3Credentials?.secretAccessKey?.name, `${name}: no credentials Secret`);
    expect(cluster.spec.backup.retentionPolicy, `${name}: no retention policy`);
    const scheduled = ofKind(all, 'ScheduledBackup').find((b) => b.spec.cluster.name === name);
    expect(scheduled?.spec.method === 'barmanObjectStore', `${name}: no ScheduledBackup`);
  }
}

/** Secrets the operators create: CloudNativePG's <cluster>-app, Strimzi's per KafkaUser and the cluster CA. */
function operatorMade(all, name) {
  return ofKind(all, 'Cluster').some((c) => name === `${c.metadata.name}-app`)
    || ofKind(all, 'KafkaUser').some((u) => name === u.metadata.name)
    || ofKind(all, 'Kafka').some((k) => name === `${k.metadata.name}-cluster-ca-cert`);
}

function secretNames(node, found = new Set()) {
  if (Array.isArray(node)) node.forEach((item) => secretNames(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['secretKeyRef', 'secret', 'usernameSecret', 'passwordSecret', 'accessKeyId', 'secretAccessKey'].includes(key) && value?.name) found.add(value.name);
      else if (key === 'secretName' || key === 'tlsSecret') found.add(value);
      else secretNames(value, found);
    }
  }
  return found;
}

function secrets(all) {
  const rendered = ofKind(all, 'Secret');
  expect(rendered.length === 0, `Secrets in the manifests: ${rendered.map((s) => s.metadata.name).join(', ')}`);
  const guide = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
  const withoutRealm = all.map((object) => (object.kind === 'KeycloakRealmImport' ? { ...object, spec: { ...object.spec, realm: null } } : object));
  const undocumented = [...secretNames(withoutRealm)].filter((name) => !operatorMade(all, name) && !guide.includes(`\`${name}\``));
  expect(undocumented.length === 0, `Secrets neither made by an operator nor named in docs/deploy.md: ${undocumented.join(', ')}`);
}

/** The metric names platform/ registers ("meridian.outbox.backlog" → meridian_outbox_backlog; counters with _total). */
function registeredMetrics() {
  const names = new Set();
  for (const file of ['OutboxMetrics.java', 'Inbox.java']) {
    const source = readFileSync(join(ROOT, 'platform/messaging/src/main/java/edu/meridian/messaging', file), 'utf8');
    for (const [, kind, name] of source.matchAll(/(Gauge\.builder|counter)\("(meridian\.[a-z.]+)"/g)) {
      names.add(name.replaceAll('.', '_') + (kind === 'counter' ? '_total' : ''));
    }
  }
  return names;
}

/** The timers platform/web gives latency buckets ("http.server.requests" → http_server_requests_seconds_bucket). */
function bucketedTimers() {
  const source = readFileSync(join(ROOT, 'platform/web/src/main/java/edu/meridian/web/HttpLatencyBuckets.java'), 'utf8');
  expect(/^ *@Produces\s+@Singleton\s+MeterFilter/m.test(source), 'HttpLatencyBuckets produces no MeterFilter');
  return new Set([...source.matchAll(/TIMER = "([a-z.]+)"/g)].map(([, name]) => `${name.replaceAll('.', '_')}_seconds_bucket`));
}

function monitoring(all) {
  for (const module of applicationModules()) {
    const exposes = readFileSync(join(ROOT, module, 'pom.xml'), 'utf8').includes('quarkus-micrometer-registry-prometheus');
    const monitor = named(all, 'ServiceMonitor', module);
    if (!exposes) {
      expect(!monitor, `${module} has no /q/metrics, yet a ServiceMonitor`);
      continue;
    }
    const labels = named(all, 'Service', module).metadata.labels;
    expect(monitor && selects(monitor.spec.selector.matchLabels, labels), `${module}: no ServiceMonitor of its Service`);
    expect(monitor.spec.endpoints.some((e) => e.port === 'http' && e.path === '/q/metrics'), `${module}: not scraped at /q/metrics`);
  }
  const rules = ofKind(all, 'PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g) => g.rules));
  const known = registeredMetrics();
  const bucketed = bucketedTimers();
  for (const rule of rules) {
    for (const [metric] of rule.expr.matchAll(/meridian_[a-z_]+/g)) expect(known.has(metric), `${rule.alert}: ${metric} is not registered by platform/messaging`);
    for (const [metric] of rule.expr.matchAll(/[a-z_]+_bucket\b/g)) expect(bucketed.has(metric), `${rule.alert}: no timer has the buckets of ${metric} (platform/web HttpLatencyBuckets)`);
  }
  const names = rules.map((r) => r.alert);
  for (const alert of ['MeridianOutboxBacklogOld', 'MeridianConsumerLag', 'MeridianDeadLetterTopicNotEmpty', 'MeridianHttpErrors', 'MeridianHttpSlow']) {
    expect(names.includes(alert), `no alert ${alert}`);
  }
}

function dashboard(all) {
  const map = named(all, 'ConfigMap', 'meridian-grafana-dashboard');
  expect(map?.metadata.labels?.grafana_dashboard === '1', 'no ConfigMap meridian-grafana-dashboard labelled grafana_dashboard');
  const committed = JSON.parse(readFileSync(join(ROOT, 'k8s/base/grafana-dashboard.json'), 'utf8'));
  expect(isDeepStrictEqual(JSON.parse(map.data['meridian.json']), committed), 'the ConfigMap is not the committed dashboard');
  expect(committed.panels.length > 0, 'no panels');
}

function realmImport(all) {
  const imports = ofKind(all, 'KeycloakRealmImport');
  expect(imports.length === 1, `${imports.length} realm imports`);
  expect(imports[0].spec.keycloakCRName === ofKind(all, 'Keycloak')[0].metadata.name, 'the import names another Keycloak');
  return imports[0];
}

function productionRealm(all) {
  const imported = realmImport(all);
  const committed = JSON.parse(readFileSync(join(ROOT, 'keycloak/realm-production.json'), 'utf8'));
  expect(isDeepStrictEqual(imported.spec.realm, committed), 'spec.realm differs from keycloak/realm-production.json: copy the file over');
  const people = (imported.spec.realm.users ?? []).filter((user) => !user.serviceAccountClientId);
  expect(people.length === 0, `the production realm has users: ${people.map((u) => u.username).join(', ')}`);
  expect(!imported.spec.realm.clients.some((c) => c.directAccessGrantsEnabled), 'a client with the password grant');
  const placeholders = new Set([...JSON.stringify(committed).matchAll(/\$\{(MERIDIAN_[A-Z_]+)\}/g)].map((m) => m[1]));
  const given = Object.keys(imported.spec.placeholders ?? {});
  expect(isDeepStrictEqual([...placeholders].sort(), given.sort()), `placeholders ${[...placeholders].join(', ')}; from Secrets: ${given.join(', ')}`);
}

function productionScale(all) {
  for (const deployment of deployments(all)) {
    const name = deployment.metadata.name;
    expect(deployment.spec.replicas >= 2, `${name}: ${deployment.spec.replicas} replica`);
    const anti = deployment.spec.template.spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
    expect(anti.some((term) => selects(term.podAffinityTerm.labelSelector.matchLabels, deployment.spec.template.metadata.labels)),
      `${name}: no anti-affinity between its pods`);
    const scaler = named(all, 'HorizontalPodAutoscaler', name);
    expect(scaler.spec.minReplicas >= 2 && scaler.spec.maxReplicas > scaler.spec.minReplicas, `${name}: HPA ${scaler.spec.minReplicas}..${scaler.spec.maxReplicas}`);
  }
  for (const cluster of ofKind(all, 'Cluster')) expect(cluster.spec.instances >= 2, `${cluster.metadata.name}: ${cluster.spec.instances} instance`);
  expect(ofKind(all, 'Keycloak')[0].spec.instances >= 2, 'one Keycloak');
}

function demoScale(all) {
  const committed = JSON.parse(readFileSync(join(ROOT, 'keycloak/realm-meridian.json'), 'utf8'));
  expect(isDeepStrictEqual(realmImport(all).spec.realm, committed), 'spec.realm differs from keycloak/realm-meridian.json: copy the file over');
  for (const deployment of deployments(all)) {
    const scaler = named(all, 'HorizontalPodAutoscaler', deployment.metadata.name);
    expect(deployment.spec.replicas === 1 && scaler.spec.maxReplicas === 1, `${deployment.metadata.name}: more than one replica`);
  }
  const gateway = envOf(mainContainer(named(all, 'Deployment', 'gateway')));
  expect(gateway.get('GATEWAY_PUBLIC_HTTPS')?.value === 'false', 'the demo gateway on http://localhost needs GATEWAY_PUBLIC_HTTPS=false');
  expect(existsSync(join(ROOT, 'keycloak/realm-meridian.json')), 'no demo realm');
}

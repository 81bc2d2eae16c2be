// A 3-node JetStream cluster of real nats-server processes, run from the committed
// infra/nats/cluster/nats-{1,2,3}.conf and accounts.conf with only what a laptop needs changed:
// loopback addresses on free ports and stores in a temporary folder. A node can be killed
// (SIGKILL, no goodbye to its peers) and started again on the same store.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, reachable, waitFor } from '@yiwang/testing';
import { forLocalServer, natsServerBin, natsServerEnv, passwordEnv } from './nats-server.js';

const natsDir = fileURLToPath(new URL('../../../../infra/nats', import.meta.url));
const SIZE = 3;

/** The password every account user gets in the test cluster. */
export const CLUSTER_PASSWORD = 'cluster-test-password';

/** One server of the cluster. */
export interface ClusterNode {
  /** `server_name` from its config, e.g. `yiwang-nats-2`. */
  readonly name: string;
  /** Client URL, `nats://127.0.0.1:<port>`. */
  readonly url: string;
  /** What this server itself holds of a stream (its local replica), or undefined. */
  localStream(account: string, stream: string): Promise<{ messages: number } | undefined>;
  /** SIGKILL: the process dies at once, as in a crash or a lost machine. */
  kill(): Promise<void>;
  /** Starts the process again with the same config and store. */
  start(): Promise<void>;
}

/** The running cluster. */
export interface NatsCluster {
  readonly nodes: readonly ClusterNode[];
  /** Every client URL, as a service lists them in `NATS_URL`. */
  readonly urls: string[];
  node(name: string): ClusterNode;
  /** Kills every process and deletes the stores. */
  close(): Promise<void>;
}

interface Ports {
  client: number;
  route: number;
  monitor: number;
}

/** Replaces the one occurrence of `pattern`; a config that no longer has it fails the test. */
function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`cluster config has no ${String(pattern)}`);
  return text.replace(pattern, replacement);
}

/** The committed node config, moved onto loopback ports and a temporary store. */
function localConfig(text: string, own: Ports, all: Ports[], store: string): string {
  let conf = replaceOnce(text, /listen: 0\.0\.0\.0:4222/, `listen: 127.0.0.1:${own.client}`);
  conf = replaceOnce(conf, /http: 0\.0\.0\.0:8222/, `http: 127.0.0.1:${own.monitor}`);
  conf = replaceOnce(conf, /listen: 0\.0\.0\.0:6222/, `listen: 127.0.0.1:${own.route}`);
  conf = replaceOnce(conf, /store_dir: \S+/, `store_dir: "${store}"`);
  all.forEach((ports, i) => {
    const route = new RegExp(`nats-route://yiwang-nats-${i + 1}:6222`);
    conf = replaceOnce(conf, route, `nats-route://127.0.0.1:${ports.route}`);
  });
  return forLocalServer(conf);
}

async function monitor<T>(ports: Ports, path: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${ports.monitor}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

interface Jsz {
  meta_cluster?: { leader?: string };
  account_details?: {
    name: string;
    stream_detail?: { name: string; state: { messages: number } }[];
  }[];
}

/** Writes each node's local config into `dir`/conf (a copy of infra/nats); returns the paths. */
async function writeConfigs(dir: string, ports: Ports[]): Promise<string[]> {
  await cp(natsDir, join(dir, 'conf'), { recursive: true });
  return Promise.all(
    ports.map(async (own, i) => {
      const file = join(dir, 'conf', 'cluster', `nats-${i + 1}.conf`);
      const text = await readFile(file, 'utf8');
      await writeFile(file, localConfig(text, own, ports, join(dir, `store-${i + 1}`)));
      return file;
    }),
  );
}

/** Every account password the configs read, set to {@link CLUSTER_PASSWORD}. */
async function clusterEnv(): Promise<NodeJS.ProcessEnv> {
  const accounts = await Promise.all(
    ['accounts.conf', 'departments.conf'].map((f) => readFile(join(natsDir, f), 'utf8')),
  );
  return { ...natsServerEnv, ...passwordEnv(accounts, CLUSTER_PASSWORD) };
}

/** One nats-server process that can be killed and started again with the same config. */
function clusterNode(name: string, ports: Ports, config: string, env: NodeJS.ProcessEnv) {
  const url = `nats://127.0.0.1:${ports.client}`;
  let child: ChildProcess | undefined;
  const node: ClusterNode = {
    name,
    url,
    async start() {
      const log = config.replace(/\.conf$/, '.log');
      const spawned = spawn(natsServerBin, ['-c', config, '-l', log], { stdio: 'ignore', env });
      child = spawned;
      const failed = new Promise<never>((_, reject) =>
        spawned.once('error', (e) =>
          reject(new Error(`cannot start ${natsServerBin}`, { cause: e })),
        ),
      );
      await Promise.race([
        waitFor(() => reachable(url, 200), { timeout: 10_000, message: `${url} to listen` }),
        failed,
      ]);
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const gone = new Promise((r) => running.once('exit', r));
      running.kill('SIGKILL');
      await gone;
    },
    async localStream(account, stream) {
      const jsz = await monitor<Jsz>(ports, `/jsz?acc=${account}&streams=true`);
      const detail = jsz.account_details
        ?.find((a) => a.name === account)
        ?.stream_detail?.find((s) => s.name === stream);
      return detail && { messages: detail.state.messages };
    },
  };
  return node;
}

/** Resolves once every node names the same JetStream meta leader (the cluster can serve). */
async function metaLeaderElected(ports: Ports[]): Promise<void> {
  await waitFor(
    async () => {
      const leaders = await Promise.all(
        ports.map(async (p) => (await monitor<Jsz>(p, '/jsz')).meta_cluster?.leader),
      );
      return leaders[0] !== undefined && leaders.every((l) => l === leaders[0]);
    },
    { timeout: 20_000, interval: 200, message: 'a JetStream meta leader all nodes agree on' },
  );
}

/** Starts the three servers and waits until JetStream has a meta leader all of them agree on. */
export async function startNatsCluster(): Promise<NatsCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'yiwang-nats-cluster-'));
  const ports: Ports[] = [];
  for (let i = 0; i < SIZE; i += 1) {
    ports.push({ client: await freePort(), route: await freePort(), monitor: await freePort() });
  }
  const configs = await writeConfigs(dir, ports);
  const env = await clusterEnv();
  const nodes = ports.map((p, i) => clusterNode(`yiwang-nats-${i + 1}`, p, configs[i]!, env));
  const close = async () => {
    await Promise.all(nodes.map((n) => n.kill()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(nodes.map((n) => n.start()));
    await metaLeaderElected(ports);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    nodes,
    urls: nodes.map((n) => n.url),
    node: (name) => {
      const found = nodes.find((n) => n.name === name);
      if (!found) throw new Error(`no cluster node ${name}`);
      return found;
    },
    close,
  };
}

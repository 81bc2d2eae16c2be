// The connection departments' NATS events go out on: a user of the SHARING account
// (infra/nats, EXCHANGE_SHARE_NATS_URL), or the service's own connection when none is set.
import { connectNats } from '@yiwang/bus';
import type { ServiceContext } from '@yiwang/service-kit';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Config } from '../config.js';

/** Opens the sharing connection (closed at shutdown), or returns `fallback`. */
export async function shareConnection(
  config: Config,
  fallback: NatsConnection,
  onShutdown: ServiceContext<Config>['onShutdown'],
): Promise<NatsConnection> {
  if (config.EXCHANGE_SHARE_NATS_URL === undefined) return fallback;
  const share = await connectNats({
    servers: config.EXCHANGE_SHARE_NATS_URL.split(','),
    name: 'exchange-share',
  });
  onShutdown('share nats', () => share.close());
  return share.nc;
}

export { testInfra, TestInfraUnavailableError, type TestInfra } from './infra.js';
export { createTestDatabase, type TestDatabase } from './database.js';
export { uniquePrefix } from './prefix.js';
export { waitFor, WaitTimeoutError, type Truthy } from './wait-for.js';
export { captureEvents, type CapturedEvent, type EventCapture } from './capture-events.js';
export { startNatsServer, type PrivateNatsServer } from './nats-server.js';
export { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
export { reachable, freePort } from './net.js';
export { TestClock } from './test-clock.js';
export {
  startServiceUnderTest,
  type AppUnderTest,
  type ContextUnderTest,
  type ForeignEvent,
  type KitUnderTest,
  type ServiceSpec,
  type ServiceUnderTest,
  type Shutdown,
  type StartOptions,
  type TokenClaims,
} from './service-under-test.js';
export {
  assertNoServerErrors,
  type Arbitrary,
  type FastCheck,
  type HostileRoute,
  type HostileSpec,
  type InjectTarget,
  type Property,
} from './hostile-requests.js';

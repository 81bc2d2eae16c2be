export { testInfra, TestInfraUnavailableError, type TestInfra } from './infra.js';
export { createTestDatabase, type TestDatabase } from './database.js';
export { uniquePrefix } from './prefix.js';
export { waitFor, WaitTimeoutError, type Truthy } from './wait-for.js';
export { captureEvents, type CapturedEvent, type EventCapture } from './capture-events.js';
export { startNatsServer, type PrivateNatsServer } from './nats-server.js';
export { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
export { reachable, freePort } from './net.js';

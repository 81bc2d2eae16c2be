import type { Static, TObject } from '@sinclair/typebox';
import type { Logger } from 'pino';
import type { ServiceApp } from '../http/service-app-options.js';
import type { Telemetry } from '../telemetry/start-telemetry.js';

/** What `build` receives. */
export interface ServiceContext<C> {
  readonly config: C;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  /** Registers a resource to close at shutdown; closers run in reverse registration order. */
  readonly onShutdown: (name: string, close: () => Promise<void>) => void;
}

/** Options of {@link runService}. */
export interface RunServiceOptions<T extends TObject> {
  readonly name: string;
  readonly version?: string;
  /** The service's config schema (extends `BaseServiceConfig`). */
  readonly config: T;
  /** Defaults to `process.env`. */
  readonly env?: Record<string, string | undefined>;
  /** Connects dependencies and builds the app; `close` runs right after the app stops. */
  build(
    context: ServiceContext<Static<T>>,
  ): Promise<{ app: ServiceApp; close?: () => Promise<void> }>;
}

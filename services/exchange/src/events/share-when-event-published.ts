// The fan-out consumer: one durable (`exchange-fanout`) over every context's stream, public
// and internal events alike (the dead-letter stream is outside `<prefix>.>`). Each shareable
// event is also archived, in the same transaction, for departments that join later.
import type { ConsumerSpec } from '@yiwang/service-kit';
import { shareEvent } from '../app/share-event.js';
import { archiveEvent } from '../db/event-archive.js';
import type { Deps, Schema } from '../deps.js';

/** The consumer spec of the fan-out. */
export function shareWhenEventPublished(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'exchange-fanout',
    filterSubjects: [`${deps.config.EXCHANGE_BUS_PREFIX}.>`],
    concurrency: 8,
    handler: async (event, { tx, log }) => {
      // restricted events never leave the hub, so no department could ever catch up on them
      if (event.classification !== 'restricted') await archiveEvent(tx, event);
      const count = await shareEvent(deps, tx, event);
      if (count > 0) log.debug({ departments: count }, 'event shared');
    },
  };
}

// Enterprise names for pages that know only a USCC (the alarm board, offline sensors; iot-ingest
// keeps no names). Looked up in exchange's directory as the user and kept briefly, so a board
// refreshing 50 alarms is not 50 directory calls each time. A cached name is handed only to a
// user whose regions cover the enterprise, as exchange itself would decide.
import { anyRegionCovers, type Principal } from '@yiwang/service-kit';

/** What the directory says about one enterprise. */
export interface DirectoryEntry {
  readonly name: string;
  readonly region: string;
}

/**
 * One directory lookup as the user: the entry, or undefined when the directory has none, the
 * user may not see it, or the directory is unreachable (the page then shows the USCC).
 */
export type Lookup = (uscc: string) => Promise<DirectoryEntry | undefined>;

export interface EnterpriseNames {
  /** Names of those of `usccs` the user may see, by USCC. */
  resolve(
    principal: Principal,
    usccs: readonly string[],
    lookup: Lookup,
  ): Promise<Record<string, string>>;
}

interface Cached extends DirectoryEntry {
  readonly until: number;
}

/** A name cache of at most `maxEntries`, each kept `ttlMs` (names change rarely). */
export function makeEnterpriseNames(options: {
  readonly ttlMs: number;
  readonly maxEntries: number;
  readonly now: () => number;
}): EnterpriseNames {
  const cache = new Map<string, Cached>();
  const remember = (uscc: string, entry: DirectoryEntry) => {
    cache.delete(uscc);
    cache.set(uscc, {
      name: entry.name,
      region: entry.region,
      until: options.now() + options.ttlMs,
    });
    // A Map iterates in insertion order: the first key is the least recently stored.
    if (cache.size > options.maxEntries) cache.delete(cache.keys().next().value as string);
  };
  const fresh = (uscc: string): Cached | undefined => {
    const hit = cache.get(uscc);
    return hit !== undefined && hit.until > options.now() ? hit : undefined;
  };
  return {
    async resolve(principal, usccs, lookup) {
      const names: Record<string, string> = {};
      await Promise.all(
        [...new Set(usccs)].map(async (uscc) => {
          const hit = fresh(uscc);
          if (hit !== undefined) {
            if (anyRegionCovers(principal.regions, hit.region)) names[uscc] = hit.name;
            return;
          }
          const entry = await lookup(uscc);
          if (entry === undefined) return;
          remember(uscc, entry);
          names[uscc] = entry.name;
        }),
      );
      return names;
    },
  };
}

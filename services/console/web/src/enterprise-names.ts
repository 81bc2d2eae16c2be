// Enterprise names for pages that know only a USCC (alarms, sensors), from the console's
// directory lookup. Names already known are kept for the life of the page; a USCC without a
// name (unknown, outside the user's regions, directory down) shows as itself.
import { useEffect, useState } from 'react';
import { api } from './api';

/** The console answers at most this many USCCs per call. */
const BATCH = 50;
const known = new Map<string, string>();
/** USCCs already asked for: a failed lookup is not repeated on every render. */
const asked = new Set<string>();

async function lookUp(usccs: readonly string[]): Promise<void> {
  for (let i = 0; i < usccs.length; i += BATCH) {
    const batch = usccs.slice(i, i + BATCH);
    const { names } = await api<{ names: Record<string, string> }>(
      `/enterprise-names?uscc=${batch.join(',')}`,
    );
    for (const [uscc, name] of Object.entries(names)) known.set(uscc, name);
  }
}

/** Forgets every name and lookup: a new session may see other regions. */
export function forgetEnterpriseNames(): void {
  known.clear();
  asked.clear();
}

/** `nameOf(uscc)`: the enterprise's name once the directory has answered, else the USCC. */
export function useEnterpriseNames(usccs: readonly string[]): (uscc: string) => string {
  const [, setAnswered] = useState(0);
  const missing = [...new Set(usccs)].filter((u) => !asked.has(u)).sort();
  const key = missing.join(',');
  useEffect(() => {
    if (key === '') return;
    const batch = key.split(',');
    for (const uscc of batch) asked.add(uscc);
    lookUp(batch)
      .catch(() => undefined)
      .finally(() => setAnswered((n) => n + 1));
  }, [key]);
  return (uscc) => known.get(uscc) ?? uscc;
}

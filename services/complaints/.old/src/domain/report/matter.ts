// "The same matter" (安全生产领域举报奖励办法 2018, art. 10: only the first reporter of the same
// matter is rewarded): same enterprise, same scope, within a time window. The enterprise is
// its USCC when known, else its name with spaces, punctuation and case removed.

/** The grouping key of a report's enterprise. */
export function matterKey(enterprise: {
  uscc?: string | undefined;
  name?: string | undefined;
}): string {
  if (enterprise.uscc !== undefined) return `uscc:${enterprise.uscc}`;
  const name = (enterprise.name ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  return `name:${name}`;
}

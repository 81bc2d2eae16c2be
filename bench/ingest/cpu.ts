// CPU time of another process (user + system), from /proc/<pid>/stat: the service's and the
// bare server's CPU per request are the machine-independent half of (d)/(a), and are not
// distorted by other processes competing for the cores the way requests/s are.
import { readFileSync } from 'node:fs';
import type { Throughput } from './http.js';

// USER_HZ, the unit of utime/stime; 100 on every Linux architecture Node supports.
const TICKS_PER_SECOND = 100;

// CPU seconds `pid` has used so far, or undefined where /proc is not available.
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name (which may contain spaces): utime is the
    // 14th field of the line, stime the 15th (proc(5)).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Runs `measure` and adds the CPU µs `pid` spent per operation (undefined without /proc). */
export async function withCpu(
  pid: number | undefined,
  measure: () => Promise<Throughput>,
): Promise<Throughput & { cpuMicros: number | undefined }> {
  const before = cpuSeconds(pid);
  const result = await measure();
  const after = cpuSeconds(pid);
  const cpuMicros =
    before === undefined || after === undefined || result.operations === 0
      ? undefined
      : ((after - before) * 1e6) / result.operations;
  return { ...result, cpuMicros };
}

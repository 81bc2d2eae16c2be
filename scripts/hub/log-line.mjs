// Makes a pino JSON line readable in a terminal: time, level, message, trace id.
const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info ', 40: 'warn ', 50: 'error', 60: 'fatal' };
const COLORS = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[31m' };

/** A pino JSON line becomes `12:00:01 info  message  key=value… trace=…`; other lines stay. */
export function formatLine(line) {
  if (!line.startsWith('{')) return line;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  const {
    time,
    level,
    msg,
    trace_id,
    pid: _p,
    hostname: _h,
    service: _s,
    span_id: _sp,
    ...rest
  } = entry;
  const clock = new Date(time ?? Date.now()).toISOString().slice(11, 19);
  const extras = Object.entries(rest)
    .filter(([, v]) => v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const color = COLORS[level] ?? '';
  const trace = trace_id ? ` \x1b[2mtrace=${trace_id}\x1b[0m` : '';
  return `${clock} ${color}${LEVELS[level] ?? level}\x1b[0m ${msg ?? ''}${extras ? `  \x1b[2m${extras}\x1b[0m` : ''}${trace}`;
}

// CPU time of a local PostgreSQL server, read from /proc: the postmaster (its own time and that of children it has
// reaped) plus every live child (backends, checkpointer, WAL writer, autovacuum). The bench's own CPU time does not
// see the server's work, so a fair ingest or query figure adds the two. null when the server is not on this machine
// (or /proc cannot be read): the comparison then says it counts the bench's CPU alone.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticks: number | null = null;
function ticksPerSecond(): number {
  if (ticks === null) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** The fields of /proc/PID/stat after the command name (index 0 is the state, 1 the parent's pid, 11-14 the times). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The postmaster of a backend: the backend's parent process. */
export function postmasterOf(backendPid: number): number | null {
  const fields = statFields(backendPid);
  const parent = Number(fields?.[1]);
  return Number.isInteger(parent) && parent > 1 ? parent : null;
}

/** CPU seconds the server has used so far (postmaster, its reaped children and its live children). */
export function serverCpuSeconds(postmaster: number): number | null {
  const own = statFields(postmaster);
  if (!own) return null;
  const sum = (fields: readonly string[], from: number, to: number) => {
    let total = 0;
    for (let i = from; i <= to; i++) total += Number(fields[i] ?? 0);
    return total;
  };
  let total = sum(own, 11, 14); // utime, stime, cutime, cstime
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === postmaster) total += sum(fields, 11, 12);
  }
  return total / ticksPerSecond();
}

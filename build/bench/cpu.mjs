// CPU time of the workerd process that miniflare started, read from /proc (Linux only).
// req/s mixes a Worker's cost with how much CPU the load generator and everything else on the
// machine leave to workerd; CPU time per request is the Worker's cost alone (plus workerd's HTTP
// work, the same for both). Contention still inflates it somewhat (cache, context switches).
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this runs on

function stat(pid) {
  const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const comm = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
  // Fields after ")": state ppid ... utime is field 14 and stime 15 of the whole line.
  const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { comm, ppid: Number(rest[1]), cpuSeconds: (Number(rest[11]) + Number(rest[12])) / TICKS_PER_SECOND };
}

/** The pid of this process's workerd child, or null where /proc is missing or it isn't found. */
export function findWorkerdPid() {
  try {
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const s = stat(entry);
        if (s.ppid === process.pid && s.comm === "workerd") return Number(entry);
      } catch {
        // the process ended while we looked
      }
    }
  } catch {
    // no /proc: not Linux
  }
  return null;
}

/** CPU seconds (user + system) used so far by `pid`, or NaN when unknown. */
export function cpuSeconds(pid) {
  if (pid === null) return NaN;
  try {
    return stat(pid).cpuSeconds;
  } catch {
    return NaN;
  }
}

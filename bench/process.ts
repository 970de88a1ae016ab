import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { createInterface } from "node:readline";

/** Stops registered by whatever the bench started, run on exit, error or Ctrl-C. */
const stops: (() => Promise<void>)[] = [];

export function onCleanup(stop: () => Promise<void>) {
  stops.push(stop);
}

export async function cleanup() {
  // Last started, first stopped; each stop runs once.
  for (const stop of stops.splice(0).reverse()) {
    await stop().catch((error: unknown) => console.error("cleanup failed:", error));
  }
}

let interrupted = false;

/** True after Ctrl-C: what is still running stops, and nothing more should start or print. */
export function wasInterrupted(): boolean {
  return interrupted;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping…`);
    void cleanup().finally(() => process.exit(130));
  });
}

export type Group = { child: ChildProcess; exited: Promise<number | null>; stop: () => Promise<void> };

/**
 * Runs a Node script in a process group of its own, its output prefixed with `label`. A
 * group, because `next start` leaves `next-server` holding the port when only its parent dies.
 */
export function spawnGroup(
  label: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Group {
  const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      // The server's access log (a line per request) would cost the bench's own CPU to print.
      if (!line.includes('"msg":"request"')) console.log(`  ${label} │ ${line}`);
      onLine?.(line);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let stopped = false;
  const stop = async () => {
    if (stopped || child.exitCode !== null || child.signalCode !== null) return;
    stopped = true;
    signalGroup(child, "SIGTERM");
    const timer = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), 10_000).unref());
    if ((await Promise.race([exited, timer])) === "late") signalGroup(child, "SIGKILL");
  };
  onCleanup(stop);
  return { child, exited, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Polls `url` until it answers 200; fails at once if the process behind it exits. */
export async function waitForOk(url: string, group: Group, timeoutMs: number): Promise<void> {
  let exitCode: number | null | undefined;
  void group.exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the process serving ${url} exited (code ${exitCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}

/** The first port from `start` on which nothing listens (on any interface, as Next binds). */
export async function freePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${start}–${start + 99}`);
}

import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * A real Dovecot IMAP server on loopback, in its own temp dir and on its own free port, configured from
 * scratch (nothing in /etc is read or touched). Tests start one per file and always `stop()` it.
 */

const run = promisify(execFile);

const DOVECOT_PATHS = ["/usr/sbin/dovecot", "/usr/local/sbin/dovecot"];
const DOVEADM_PATHS = ["/usr/bin/doveadm", "/usr/local/bin/doveadm"];

export interface DovecotUser {
  user: string;
  password: string;
}

export interface DovecotServer {
  readonly host: string;
  readonly port: number;
  readonly dir: string;
  /** `imap://user:password@127.0.0.1:port/folder` for one of the configured users. */
  imapUrl(user: string, folder?: string): string;
  /** The maildir of a user's INBOX (files can be written straight into its `new/`). */
  maildir(user: string): string;
  /** Stops the server; the data stays, and `start()` brings it back on the same port. */
  halt(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server for good and removes its temp dir. */
  stop(): Promise<void>;
}

/** Why Dovecot cannot be used here, or null when it can. */
export function dovecotUnavailableReason(): string | null {
  if (!findBinary(DOVECOT_PATHS)) return "dovecot is not installed (apt-get install -y dovecot-imapd)";
  if (!findBinary(DOVEADM_PATHS)) return "doveadm is not installed (apt-get install -y dovecot-imapd)";
  return null;
}

/**
 * Call at the top of a Dovecot test file. Returns true when the suite can run. Without Dovecot it prints
 * the reason and returns false locally, and throws in CI (CI=true) so a missing server can never pass as
 * a silent skip.
 */
export function requireDovecot(): boolean {
  const reason = dovecotUnavailableReason();
  if (!reason) return true;
  if (process.env.CI === "true" || process.env.CI === "1") {
    throw new Error(`Dovecot IMAP tests cannot run in CI: ${reason}`);
  }
  console.warn(`[tests/email] SKIPPING Dovecot IMAP tests: ${reason}`);
  return false;
}

/** Starts a server for `users`; `extraConfig` is appended to the generated dovecot.conf. */
export async function startDovecot(users: DovecotUser[], extraConfig = ""): Promise<DovecotServer> {
  const dovecot = findBinary(DOVECOT_PATHS);
  const doveadm = findBinary(DOVEADM_PATHS);
  if (!dovecot || !doveadm) throw new Error(dovecotUnavailableReason() ?? "dovecot not found");

  const dir = await mkdtemp(join(tmpdir(), "orderhub-dovecot-"));
  await chmod(dir, 0o755);
  const port = await freePort();
  const conf = join(dir, "dovecot.conf");
  const ids = await dovecotIds();
  for (const sub of ["run", "state", "mail"]) await mkdir(join(dir, sub), { recursive: true });
  await chown(join(dir, "mail"), ids.uid, ids.gid);
  await writeFile(join(dir, "users"), `${users.map((u) => `${u.user}:{PLAIN}${u.password}`).join("\n")}\n`);
  await chmod(join(dir, "users"), 0o644);
  await writeFile(conf, config(dir, port, ids) + extraConfig);

  const host = "127.0.0.1";
  let running = false;

  const server: DovecotServer = {
    host,
    port,
    dir,
    imapUrl(user, folder = "INBOX") {
      const u = users.find((x) => x.user === user);
      if (!u) throw new Error(`unknown dovecot user ${user}`);
      return `imap://${encodeURIComponent(u.user)}:${encodeURIComponent(u.password)}@${host}:${port}/${encodeURIComponent(folder)}`;
    },
    maildir(user) {
      return join(dir, "mail", user);
    },
    async start() {
      if (running) return;
      await daemon(dovecot, ["-c", conf]);
      running = true;
      await waitForPort(host, port, true);
    },
    async halt() {
      if (!running) return;
      // Dovecot lets open IMAP sessions live on for a while after the master stops; an outage in a
      // test must cut them at once, so this instance's own processes are killed too.
      const sessions = await descendants(join(dir, "run", "master.pid"));
      for (const pid of sessions) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      await run(doveadm, ["-c", conf, "stop"]).catch(() => undefined);
      running = false;
      await waitForPort(host, port, false);
    },
    async stop() {
      await server.halt();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** Creates a user's maildir owned by the dovecot user, so files can be dropped into `new/` before login. */
export async function prepareMaildir(server: DovecotServer, user: string): Promise<string> {
  const { uid, gid } = await dovecotIds();
  const root = server.maildir(user);
  for (const sub of ["", "new", "cur", "tmp"]) {
    await mkdir(join(root, sub), { recursive: true });
    await chown(join(root, sub), uid, gid);
  }
  return root;
}

interface RunAs {
  uid: number;
  gid: number;
  user: string;
  group: string;
  /** The unprivileged login user (dovenull as root; ourselves otherwise). */
  loginUser: string;
}

/**
 * Who owns the mail and runs Dovecot's processes: the dovecot user when we are root (Dovecot refuses to
 * run its login process as root), or simply ourselves when we are not (CI without root).
 */
export async function dovecotIds(): Promise<RunAs> {
  if (process.getuid?.() === 0) {
    const { stdout: u } = await run("id", ["-u", "dovecot"]);
    const { stdout: g } = await run("id", ["-g", "dovecot"]);
    const { stdout: gn } = await run("id", ["-gn", "dovecot"]);
    return { uid: Number(u.trim()), gid: Number(g.trim()), user: "dovecot", group: gn.trim(), loginUser: "dovenull" };
  }
  const me = userInfo();
  const { stdout: gn } = await run("id", ["-gn"]);
  return { uid: me.uid, gid: me.gid, user: me.username, group: gn.trim(), loginUser: me.username };
}

/** Every process below the master whose pid is in `pidFile` (this instance only). */
async function descendants(pidFile: string): Promise<number[]> {
  let master: number;
  try {
    master = Number((await readFile(pidFile, "utf8")).trim());
  } catch {
    return [];
  }
  const { stdout } = await run("ps", ["-e", "-o", "pid=,ppid="]);
  const children = new Map<number, number[]>();
  for (const line of stdout.trim().split("\n")) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (pid === undefined || ppid === undefined) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const queue = [master];
  while (queue.length) {
    const next = queue.shift() as number;
    for (const child of children.get(next) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

/** Runs a self-daemonizing command; stdio is detached so the daemon child does not keep us waiting. */
function daemon(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

function findBinary(paths: string[]): string | null {
  return paths.find((p) => existsSync(p)) ?? null;
}

function config(dir: string, port: number, ids: RunAs): string {
  return `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%u
default_internal_user = ${ids.user}
default_internal_group = ${ids.group}
default_login_user = ${ids.loginUser}
first_valid_uid = 1
# Wrong-password tests must not slow down the other mailboxes' logins from the same loopback address.
login_trusted_networks = 127.0.0.0/8
auth_failure_delay = 0
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  chroot =
}
service anvil {
  chroot =
}
service auth-worker {
  user = ${ids.user}
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${ids.uid} gid=${ids.gid} home=${dir}/mail/%u
}
`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(host: string, port: number, open: boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await canConnect(host, port)) === open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`dovecot on ${host}:${port} did not ${open ? "start" : "stop"} within ${timeoutMs} ms`);
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The serving topology: `next start` behind nginx (deploy/nginx.conf.template), on loopback.
 * Used by `npm run serve:edge`, the edge tests and `npm run bench:serve`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type EdgeOptions = {
  /** Where nginx listens (loopback). */
  port: number;
  /** Where `next start` listens (loopback). */
  appPort: number;
  /** Extra environment for the app, e.g. NEXT_DIST_DIR, CONTENT_ROOTS, PREVIEW_SECRET. */
  appEnv?: Record<string, string>;
  /** Also serve this folder of plain HTML files on `staticPort` (for the benchmark's ceiling). */
  staticRoot?: string;
  staticPort?: number;
  workers?: number;
  /**
   * Addresses of a CDN in front (nginx's set_real_ip_from: addresses or CIDR ranges) whose X-Forwarded-For names the
   * reader: throttling then keys on the reader, not on the CDN. None by default: nginx's peer is the client.
   */
  realIpFrom?: readonly string[];
};

export type Edge = {
  url: string;
  appUrl: string;
  runDir: string;
  startApp(): Promise<void>;
  stopApp(): Promise<void>;
  stop(): Promise<void>;
};

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => fs.existsSync(candidate));
const deployDir = path.dirname(new URL(import.meta.url).pathname);

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs / 1000} s`);
}

function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

export function renderConfig(options: EdgeOptions, runDir: string): string {
  const root = process.getuid?.() === 0;
  const staticServer = options.staticRoot
    ? `server {\n    listen 127.0.0.1:${options.staticPort};\n    root ${options.staticRoot};\n    location / { try_files $uri $uri.html $uri/index.html =404; }\n  }`
    : "";
  const realIp = options.realIpFrom?.length
    ? `${options.realIpFrom.map((from) => `set_real_ip_from ${from};`).join("\n    ")}\n    real_ip_header X-Forwarded-For;`
    : "";
  return fs
    .readFileSync(path.join(deployDir, "nginx.conf.template"), "utf8")
    .replaceAll("{{USER}}", root ? "user nobody nogroup;" : "")
    .replaceAll("{{WORKERS}}", String(options.workers ?? 1))
    .replaceAll("{{RUN}}", runDir)
    .replaceAll("{{APP_PORT}}", String(options.appPort))
    .replaceAll("{{PORT}}", String(options.port))
    .replaceAll("{{REAL_IP}}", realIp)
    .replaceAll("{{DEPLOY}}", deployDir)
    .replaceAll("{{STATIC_SERVER}}", staticServer);
}

export async function startEdge(options: EdgeOptions): Promise<Edge> {
  if (!NGINX) throw new Error("nginx is not installed: apt-get install -y nginx (scripts/install-system-packages.sh does it)");
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "edge-"));
  fs.chmodSync(runDir, 0o755);
  for (const dir of ["cache", "client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    fs.mkdirSync(path.join(runDir, dir));
    // Workers run as nobody when nginx starts as root; they must be able to write the cache.
    if (process.getuid?.() === 0) fs.chownSync(path.join(runDir, dir), 65534, 65534);
  }
  const config = path.join(runDir, "nginx.conf");
  fs.writeFileSync(config, renderConfig(options, runDir));
  const check = spawnSync(NGINX, ["-t", "-q", "-c", config, "-p", runDir, "-e", path.join(runDir, "error.log")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused its configuration: ${check.stderr}`);

  let app: ChildProcess | null = null;
  const appUrl = `http://127.0.0.1:${options.appPort}`;
  const startApp = async () => {
    app = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(options.appPort), "-H", "127.0.0.1"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.appEnv },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitFor(`${appUrl}/robots.txt`);
  };
  const stopApp = () => stopProcess(app);

  await startApp();
  const nginx = spawn(NGINX, ["-c", config, "-p", runDir, "-e", path.join(runDir, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(`${url}/robots.txt`);
  return {
    url,
    appUrl,
    runDir,
    startApp,
    stopApp,
    async stop() {
      await Promise.all([stopApp(), stopProcess(nginx)]);
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}

/**
 * Fetches through the edge every page the sitemap lists, every page of the site those link to (the article's
 * one-issue views, for instance) and every share card they name, so the cache holds them before readers come.
 */
export async function warmCache(url: string): Promise<number> {
  const sitemap = await (await fetch(`${url}/sitemap.xml`)).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  const seen = new Set(listed);
  for (const page of listed) {
    const html = await (await fetch(`${url}${page}`)).text();
    // Links, and the share card each page names (drawn on its first request, so warming draws it once, here).
    const cards = [...html.matchAll(/<meta property="og:image" content="([^"]+)"/g)].map(([, content]) => {
      const card = new URL(content.replaceAll("&amp;", "&"));
      return card.pathname + card.search;
    });
    for (const link of [...[...html.matchAll(/href="(\/[^"#]*)"/g)].map(([, href]) => href.replaceAll("&amp;", "&")), ...cards]) {
      if (!seen.has(link) && !link.startsWith("/api/") && !link.startsWith("/_next/")) {
        seen.add(link);
        await (await fetch(`${url}${link}`)).arrayBuffer();
      }
    }
  }
  return seen.size;
}

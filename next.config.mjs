import os from "node:os";
import createMDX from "@next/mdx";
import { PAGES_WITH_RUNTIME, PREVIEW_ENTRY_PATH } from "./lib/routes.mjs";

// Public pages carry no script but JSON-LD (scripts/static-pages.ts strips Next's runtime), so their policy
// allows no inline script at all. Preview pages are rendered by Next per request, with its inline
// bootstrap scripts, so they get 'unsafe-inline', as do the pages listed as keeping the runtime on purpose;
// the dev server's tooling also needs 'unsafe-eval'.
const dev = process.env.NODE_ENV === "development";
const policy = (scripts) =>
  [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
const publicPolicy = policy(dev ? "'self' 'unsafe-inline' 'unsafe-eval'" : "'self'");
const previewPolicy = policy(dev ? "'self' 'unsafe-inline' 'unsafe-eval'" : "'self' 'unsafe-inline'");
const previewCookie = [{ type: "cookie", key: "__prerender_bypass" }];

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run bench` adds app/bench/bare/page.bench.tsx, the framework's floor, to its own build only; the
  // preview-fixture build adds the static step's test page, which uses a client component.
  pageExtensions: ["ts", "tsx", "mdx", ...(process.env.BENCH_BARE === "1" ? ["bench.tsx"] : []), ...(process.env.FIXTURE_PAGES === "1" ? ["fixture.tsx"] : [])],
  poweredByHeader: false,
  // The content engine's libraries run as they are in Node, not bundled: bundling them was half the compile time.
  serverExternalPackages: ["compromise", "parse5", "yaml", "zod", "unified", "remark-parse", "remark-mdx", "remark-frontmatter", "mdast-util-to-string", "feed"],
  // Types are checked once, by `npm run typecheck` in `npm test`, not again inside every build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Prerender on every core: Next leaves one idle by default, which on two cores halves the build's pace.
    cpus: Math.max(1, os.availableParallelism()),
    // Prefetch hints serve client navigation, which public pages do not have (the static step removes the router).
    prefetchInlining: false,
    // Builds start cold (CI, a deploy from a clean clone): writing Turbopack's cache for a next build costs 3-10 s.
    turbopackFileSystemCacheForBuild: false,
    // Four pages at a time per worker, not eight: as fast on two cores (paired runs at 100 stories: 0.97 of the
    // time) and the workers hold less at once (peak of the build's processes 1.8-1.9 GB instead of 1.9-2.0 GB).
    staticGenerationMaxConcurrency: 4,
  },
  agentRules: false,
  // A separate output folder lets a fixture build sit beside the real one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/:path*", missing: previewCookie, headers: [{ key: "Content-Security-Policy", value: publicPolicy }] },
      { source: "/:path*", has: previewCookie, headers: [{ key: "Content-Security-Policy", value: previewPolicy }] },
      // Pages that keep Next's runtime on purpose need the policy Next-rendered pages get.
      ...PAGES_WITH_RUNTIME.map((page) => ({ source: page, headers: [{ key: "Content-Security-Policy", value: previewPolicy }] })),
      // Prerendered, but no cache should keep the page editors type the secret into (Next keeps a header set here).
      { source: PREVIEW_ENTRY_PATH, headers: [{ key: "Cache-Control", value: "private, no-store" }] },
    ];
  },
};

// Only the site's own page (app/about/page.mdx) goes through @next/mdx; editors' content is read by lib/document.ts.
const withMDX = createMDX({});

export default withMDX(nextConfig);

import createMDX from "@next/mdx";

const slug = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "mdx"],
  poweredByHeader: false,
  agentRules: false,
  // A separate output folder lets a fixture build sit beside the real one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async rewrites() {
    return {
      // `?issue=<slug>` is served from a prerendered variant of the article, not rendered per request.
      beforeFiles: [
        {
          source: "/stories/:story/article",
          has: [{ type: "query", key: "issue", value: `(?<issue>${slug})` }],
          destination: "/stories/:story/article/:issue",
        },
      ],
    };
  },
};

const withMDX = createMDX({
  options: { remarkPlugins: ["remark-frontmatter"] },
});

export default withMDX(nextConfig);

import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { PreviewBanner } from "@/components/PreviewBanner";
import { SITE_NAME, SITE_TAGLINE, siteUrl } from "@/lib/metadata";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1917" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The origin lets the print stylesheet print every link as a full URL.
    <html lang="en" style={{ "--site-origin": JSON.stringify(siteUrl().origin) } as CSSProperties}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <PreviewBanner />
        <header className="border-b border-line">
          <div className="mx-auto flex max-w-6xl items-baseline justify-between gap-4 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-bold text-ink no-underline">
              Explainer
            </Link>
            <nav aria-label="Site">
              <Link href="/about" className="text-sm">
                How this works
              </Link>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-line">
          <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
            Every statement of an explainer here ends with a citation of the report&rsquo;s paragraphs, unless it is marked as our own; the build checks its quotations word for word, and its names, numbers and dates against the paragraphs it cites.{" "}
            <Link href="/about">How we write and check them</Link>.
          </p>
        </footer>
      </body>
    </html>
  );
}

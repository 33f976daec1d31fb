import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { PreviewBanner } from "@/components/PreviewBanner";
import { SITE_NAME, siteUrl } from "@/lib/metadata";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: "News explained sentence by sentence, each claim one click from the original report.",
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
            Every fact here comes from the original report, and every sentence links to the paragraph it rests on.
          </p>
        </footer>
      </body>
    </html>
  );
}

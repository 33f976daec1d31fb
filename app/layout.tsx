import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { PreviewBanner } from "@/components/PreviewBanner";
import { fontVariables } from "./fonts";
import { SITE_LINE, SITE_NAME, SITE_TAGLINE, siteUrl } from "@/lib/metadata";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_TAGLINE,
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#171614" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The origin lets the print stylesheet print every link as a full URL.
    <html lang="en" className={fontVariables} style={{ "--site-origin": JSON.stringify(siteUrl().origin) } as CSSProperties}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <PreviewBanner />
        <header className="site-header">
          <div className="site-header-inner">
            <p>
              <Link href="/" className="site-name">
                {SITE_NAME}
              </Link>{" "}
              <span className="site-tagline">{SITE_LINE}</span>
            </p>
            <nav aria-label="Site">
              <Link href="/about">How this works</Link>
            </nav>
          </div>
        </header>
        <main id="main" className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Every paragraph of an explainer here ends with a citation of the report&rsquo;s paragraphs it rests on, unless it is marked as our own; the build checks its quotations word for word, and its names, numbers, dates and times of day against the paragraphs it cites.{" "}
            <Link href="/about">How we write and check them</Link>.
          </p>
        </footer>
      </body>
    </html>
  );
}

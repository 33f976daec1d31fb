import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PreviewBanner } from "@/components/PreviewBanner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Explainer", template: "%s · Explainer" },
  description: "News explained sentence by sentence, each claim one click from the original report.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <PreviewBanner />
        <header className="border-b border-stone-200">
          <div className="mx-auto flex max-w-6xl items-baseline justify-between gap-4 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-bold text-stone-900 no-underline">
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
        <footer className="border-t border-stone-200">
          <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600">
            Every fact here comes from the original report, and every sentence links to the paragraph it rests on.
          </p>
        </footer>
      </body>
    </html>
  );
}

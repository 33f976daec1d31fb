/**
 * The framework's floor for `npm run bench`: an empty page in this site's root layout. Built only when
 * BENCH_BARE=1 (next.config.mjs adds the "bench.tsx" page extension), so it never ships.
 */
export const metadata = { title: "Bare page", description: "An empty page: what Next.js and the site's layout cost alone." };

export default function BarePage() {
  return <p>Bare page.</p>;
}

import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="mt-4">
        There is no page at this address. <Link href="/">See all stories</Link>.
      </p>
    </>
  );
}

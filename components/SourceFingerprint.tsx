import Link from "next/link";
import type { Story } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { changesPath } from "@/lib/paths";

/** Which version of the report this is, with its SHA-256 in full, so anyone can check an archived copy against it. */
export function SourceFingerprint({ story }: { story: Story }) {
  const updates = story.updates.length;
  return (
    <p className="source-fingerprint page-line">
      {updates === 0 ? "Text as received on " : `Version ${updates + 1} of the report, received on `}
      <time dateTime={story.meta.source.received}>{formatDate(story.meta.source.received)}</time>, SHA-256 <code>{story.sourceHash}</code>
      {updates > 0 && (
        <>
          . <Link href={changesPath(story.slug)}>What changed since the first version</Link>
        </>
      )}
    </p>
  );
}

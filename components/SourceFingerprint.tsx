import type { Story } from "@/lib/content";
import { formatDate } from "@/lib/format";

/** The text's SHA-256, in full, so anyone can check an archived copy against what this site shows. */
export function SourceFingerprint({ story }: { story: Story }) {
  return (
    <p className="source-fingerprint">
      Text as received on <time dateTime={story.meta.source.received}>{formatDate(story.meta.source.received)}</time>, SHA-256{" "}
      <code>{story.sourceHash}</code>
    </p>
  );
}

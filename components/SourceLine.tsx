import type { Story } from "@/lib/content";
import { formatDate } from "@/lib/format";

/** Where the original comes from, as the story's frontmatter gives it. */
export function SourceLine({ story }: { story: Story }) {
  const { publisher, date, headline } = story.meta.source;
  return (
    <p className="source-line page-line">
      Source: {headline && (
        <>
          <cite>{headline}</cite>,{" "}
        </>
      )}
      {publisher}, <time dateTime={date}>{formatDate(date)}</time>.
    </p>
  );
}

import { lastModified, type Story } from "@/lib/content";
import { formatDate } from "@/lib/format";

/** When a story was published and, if it has changed since (a correction, an updated report), when it last did. */
export function StoryDates({ story }: { story: Story }) {
  const updated = lastModified(story);
  return (
    <>
      <span>
        Published <time dateTime={story.meta.published}>{formatDate(story.meta.published)}</time>
      </span>
      {updated !== story.meta.published && (
        <span>
          Updated <time dateTime={updated}>{formatDate(updated)}</time>
        </span>
      )}
    </>
  );
}

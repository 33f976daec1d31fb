import type { Story } from "@/lib/content";
import { parseCitation } from "@/lib/document";
import { Citations } from "./Citation";

/** The order of events, each dated as far as the report allows and cited; from the story's frontmatter. */
export function Timeline({ story }: { story: Story }) {
  const events = story.meta.timeline ?? [];
  if (events.length === 0) return null;
  return (
    <ol className="timeline not-prose" aria-label="Timeline of events">
      {events.map((event, index) => {
        const id = `timeline-${index + 1}`;
        return (
          <li key={id}>
            <time dateTime={event.when}>{event.label}</time>
            <span id={id} className="cited-passage">
              {event.text} <Citations story={story.slug} passageId={id} paragraphs={parseCitation(event.cite) ?? []} texts={story.source.paragraphs} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}

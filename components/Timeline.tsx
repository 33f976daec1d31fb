import type { Story } from "@/lib/content";
import { plainText } from "@/lib/document";
import { Citations } from "./Citation";
import { Inlines } from "./StoryBody";

/** The order of events, each dated as far as the report allows and cited; from the story's frontmatter. */
export function Timeline({ story }: { story: Story }) {
  if (story.timeline.length === 0) return null;
  return (
    <ol className="timeline not-prose" aria-label="Timeline of events">
      {story.timeline.map(({ when, label, text }) => (
        <li key={text.id}>
          <time dateTime={when}>{plainText(label.children)}</time>
          <span id={text.id} className="cited-passage">
            <Inlines items={text.children} />
            <Citations story={story.slug} passages={[text, label]} texts={story.source.paragraphs} />
          </span>
        </li>
      ))}
    </ol>
  );
}

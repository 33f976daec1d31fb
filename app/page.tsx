import type { Metadata } from "next";
import Link from "next/link";
import { DraftBadge } from "@/components/DraftBadge";
import { SourceLine } from "@/components/SourceLine";
import { StandingBrief } from "@/components/StandingBrief";
import { Statement } from "@/components/StoryBody";
import { formatDate } from "@/lib/format";
import { pageMetadata, SITE_NAME, SITE_TAGLINE } from "@/lib/metadata";
import { articlePath, storyPath } from "@/lib/paths";
import { getStories } from "@/lib/site";
import { isPreview } from "@/lib/view";

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_TAGLINE, path: "/" }),
  title: { absolute: `${SITE_NAME}: news explained from the original report` },
};

export default async function Home() {
  const [lead, ...rest] = getStories(await isPreview());
  if (!lead) return <h1>No stories yet</h1>;
  return (
    <>
      <article aria-labelledby="lead-title">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">Lead story</p>
        <h1 id="lead-title" className="mt-1">
          <Link href={storyPath(lead.slug)} className="text-inherit no-underline hover:underline">
            {lead.meta.title}
          </Link>
          <DraftBadge status={lead.meta.status} />
        </h1>
        <p className="lede">
          <Statement story={lead} passage={lead.lead} />
        </p>
        <SourceLine story={lead} />
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={storyPath(lead.slug)}>Read the explainer</Link>
          <Link href={articlePath(lead.slug)}>Read the original with its {lead.issues.length} issues beside it</Link>
        </p>
        <StandingBrief story={lead} />
      </article>
      <section aria-labelledby="all-stories" className="mt-12">
        <h2 id="all-stories" className="font-serif text-2xl font-bold">
          All stories
        </h2>
        <ul className="mt-4 divide-y divide-line">
          {[lead, ...rest].map((story) => (
            <li key={story.slug} className="py-3">
              <Link href={storyPath(story.slug)} className="font-serif text-lg font-semibold">
                {story.meta.title}
              </Link>
              <DraftBadge status={story.meta.status} />
              <p className="text-sm text-muted">
                Published <time dateTime={story.meta.published}>{formatDate(story.meta.published)}</time> · {story.issues.length} issues
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

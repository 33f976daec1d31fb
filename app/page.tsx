import type { Metadata } from "next";
import { FrontPage } from "@/components/FrontPage";
import { pageMetadata, SITE_NAME, SITE_TAGLINE } from "@/lib/metadata";
import { getStories } from "@/lib/site";
import { isPreview } from "@/lib/view";

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_TAGLINE, path: "/" }),
  title: { absolute: `${SITE_NAME}: news explained from the original report` },
};

export default async function Home() {
  const stories = getStories(await isPreview());
  if (stories.length === 0) return <h1>No stories yet</h1>;
  return <FrontPage stories={stories} />;
}

import { SITE_TAGLINE } from "@/lib/metadata";
import { shareImage, shareImageSize } from "@/lib/share-image";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "Explainer: news explained from the original report";

export default async function Image() {
  return shareImage({ kicker: "Explainer", title: "News explained from the original report", summary: SITE_TAGLINE });
}

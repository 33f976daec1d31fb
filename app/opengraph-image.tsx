import { shareImage, shareImageSize, siteCard } from "@/lib/share-image";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "Explainer: news explained from the original report";

export default async function Image() {
  return shareImage(siteCard());
}

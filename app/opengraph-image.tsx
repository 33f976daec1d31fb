import { shareImage, shareImageSize } from "@/lib/share-image";

export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "Explainer: news explained sentence by sentence";

export default async function Image() {
  return shareImage({ kicker: "Explainer", title: "News explained, sentence by sentence", summary: "Every fact from the original report, every sentence one click from the paragraph it rests on." });
}

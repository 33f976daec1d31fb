/** Whether this request is an editor's preview (Next's Draft Mode). False while prerendering. */
import { draftMode } from "next/headers";

export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled;
}

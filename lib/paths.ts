/** Every URL the site links to is built here, so that routes and links cannot drift apart. */
export const storyPath = (story: string) => `/stories/${story}`;
export const articlePath = (story: string, issue?: string) => `/stories/${story}/article${issue ? `?issue=${encodeURIComponent(issue)}` : ""}`;
export const paragraphPath = (story: string, paragraph: number) => `/stories/${story}/article#p-${paragraph}`;
export const issuePath = (story: string, issue: string) => `/stories/${story}/issues/${issue}`;
export const cardId = (issue: string, paragraph: number) => `card-${issue}-p${paragraph}`;

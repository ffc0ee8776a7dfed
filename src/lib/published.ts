/**
 * Which write-ups a build publishes: the build, the link-preview drawer beside it and anything
 * else that lists published write-ups ask here. `POSTMORTEMS_VISIBILITY=public`
 * (npm run build:public) publishes only `visibility: public` write-ups; drafts are shown only by
 * the development server.
 */

export function isPublicBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env.POSTMORTEMS_VISIBILITY === 'public';
}

export function isPublished(writeUp: { draft: boolean; visibility: string }, build: { publicBuild: boolean; drafts: boolean }): boolean {
  return (build.drafts || !writeUp.draft) && (!build.publicBuild || writeUp.visibility === 'public');
}

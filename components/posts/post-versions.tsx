import { FullTimestamp } from "@/components/ui/full-timestamp";
import type { PostVersion } from "@/lib/posts/history";
import { ContentWarning } from "./content-warning";
import { PostText } from "./post-text";

function versionName(version: PostVersion, postCreatedAt: Date): string {
  if (version.current) return "Current version";
  return version.createdAt.getTime() === postCreatedAt.getTime() ? "Original" : "Earlier version";
}

type PostVersionsProps = {
  versions: PostVersion[];
  postCreatedAt: Date;
  /** The accounts the versions mention that are shown, linked as on the post (LinkedText). */
  mentioned: readonly string[];
};

/**
 * The versions of a post as its history page lists them: each one's text and image
 * descriptions, folded behind the content warning it had, and when it was published.
 */
export function PostVersions({ versions, postCreatedAt, mentioned }: PostVersionsProps) {
  return (
    <ol className="mt-4">
      {versions.map((version) => {
        const name = versionName(version, postCreatedAt);
        const published = version.createdAt.getTime() === postCreatedAt.getTime() ? "Posted" : "Edited";
        return (
          <li key={version.id} className="border-b border-zinc-200 py-4 dark:border-zinc-800">
            <article aria-label={name}>
              <h2 className="text-sm font-semibold">{name}</h2>
              <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
                {`${published} `}
                <FullTimestamp date={version.createdAt} />
              </p>
              <ContentWarning warning={version.contentWarning}>
                <PostText text={version.text} mentioned={mentioned} />
                {version.altTexts.length > 0 && (
                  <dl className="mt-2 space-y-1 text-sm">
                    {version.altTexts.map((alt, position) => (
                      <div key={position} className="flex gap-2">
                        <dt className="shrink-0 font-medium">{`Image ${position + 1}:`}</dt>
                        <dd className="text-zinc-700 dark:text-zinc-300">{alt || <i>no description</i>}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </ContentWarning>
            </article>
          </li>
        );
      })}
    </ol>
  );
}

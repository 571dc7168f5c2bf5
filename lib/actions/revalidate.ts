import { revalidatePath } from "next/cache";
import { SESSIONS_PATH, SETTINGS_PATH, TWO_FACTOR_PATH, postHref } from "@/lib/routes";

// Which cached pages a write makes stale, stated once. The rule: revalidate every
// page that shows what changed. Nearly everything shows on every page (feeds,
// profiles, counts, the navigation's picture and name), so most writes revalidate
// the whole layout; a comment shows only on its post's page.

/** A post was created, edited or deleted, or liked: it shows in feeds, on profiles, in search and on its own pages. */
export function afterPostChange(): void {
  revalidatePath("/", "layout");
}

/**
 * A bookmark was set or taken back: its state shows on the post's card in every
 * feed, on profiles and post pages, and the post joins or leaves /bookmarks.
 */
export function afterBookmarkChange(): void {
  revalidatePath("/", "layout");
}

/** A comment was added or deleted: only its post's page and its threads' pages (/p/<id>/c/<comment>) list comments. */
export function afterCommentChange(postId: string): void {
  revalidatePath(postHref(postId), "layout");
}

/**
 * Whom someone follows shows on both profiles, on anyone's follower lists (as
 * the button's state), in the home feed and in suggestions: every page.
 */
export function afterFollowChange(): void {
  revalidatePath("/", "layout");
}

/** A name, bio or picture shows beside every post and comment and in the navigation. */
export function afterProfileChange(): void {
  revalidatePath("/", "layout");
}

/** An address verified: the banner that asks for it is on every page (app/layout.tsx), and goes. */
export function afterAddressVerified(): void {
  revalidatePath("/", "layout");
}

/** An address change asked for: the settings page says which address a link waits at. */
export function afterEmailChangeRequested(): void {
  revalidatePath(SETTINGS_PATH);
}

/** A suspension hides or shows an account's profile, posts and comments everywhere. */
export function afterSuspensionChange(): void {
  revalidatePath("/", "layout");
}

/** The theme is a class on <html>, rendered by the root layout for every page. */
export function afterThemeChange(): void {
  revalidatePath("/", "layout");
}

/** Only the sessions page lists sessions; an ended one's browser finds out on its next request. */
export function afterSessionsChange(): void {
  revalidatePath(SESSIONS_PATH);
}

/** Two-factor changes show on its settings page, and end other sessions (listed on the sessions page). */
export function afterTwoFactorChange(): void {
  revalidatePath(TWO_FACTOR_PATH);
  revalidatePath(SESSIONS_PATH);
}

/** A report or its resolution changes the moderation queue and log (and a removal or suspension, every page). */
export function afterReportChange(): void {
  revalidatePath("/", "layout");
}

/** A block, mute or muted word changes what one person sees on every page, and a block removes follows. */
export function afterSafetyChange(): void {
  revalidatePath("/", "layout");
}

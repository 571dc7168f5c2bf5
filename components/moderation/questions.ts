// What an admin is asked before an action that cannot be taken back, the same wherever it is taken:
// on a card, on a profile, or in the reports queue.

/** Before removing someone else's post or comment; `what` names it ("this post", "the comment by @ada"). */
export function removeQuestion(what: string): string {
  return `Remove ${what} for everyone? This cannot be undone.`;
}

/** Before suspending an account. */
export function suspendQuestion(username: string): string {
  return `Suspend @${username}? They are logged out, cannot log in, and their posts and comments are hidden until you lift it.`;
}

/**
 * What deleting an account does, said on Settings before the form opens in place and on the
 * confirmation page a browser without JavaScript is led to: the same words either way.
 */
export function deletionConsequences(username: string): string {
  return (
    "Your profile, posts, comments, likes, follows and pictures are removed for good, and you are logged out everywhere. " +
    "A comment others replied to stays, empty, as “This comment was deleted”, so their replies keep their place. " +
    `Your username, @${username}, stays reserved: no one, you included, can sign up with it again.`
  );
}

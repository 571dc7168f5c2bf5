import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { Confirmation, confirmationTextStyle } from "@/components/ui/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { DELETE_ACCOUNT_PATH } from "@/lib/routes";

export const metadata: Metadata = { title: "Delete your account" };

// Where Settings' "Delete my account…" leads without JavaScript (with it, the form opens in place).
export default async function DeleteAccountPage() {
  const { username } = await requireUser(DELETE_ACCOUNT_PATH);
  return (
    <Confirmation title="Delete your account?">
      <p className={confirmationTextStyle}>
        Your profile, posts, comments, likes, follows and pictures are removed for good, and you are logged out
        everywhere. A comment others replied to stays, empty, as “This comment was deleted”, so their replies keep
        their place. Your username, @{username}, stays reserved: no one, you included, can sign up with it again.
      </p>
      <div className="mt-6">
        <DeleteAccountForm cancelHref="/settings" />
      </div>
    </Confirmation>
  );
}

import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { deletionConsequences } from "@/components/settings/deletion-consequences";
import { Confirmation, confirmationTextStyle } from "@/components/ui/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { DELETE_ACCOUNT_PATH } from "@/lib/routes";

export const metadata: Metadata = { title: "Delete your account" };

// Where Settings' "Delete my account…" leads without JavaScript (with it, the form opens in place).
export default async function DeleteAccountPage() {
  const { username } = await requireUser(DELETE_ACCOUNT_PATH);
  return (
    <Confirmation title="Delete your account?">
      <p className={confirmationTextStyle}>{deletionConsequences(username)}</p>
      <div className="mt-6">
        <DeleteAccountForm cancelHref="/settings" />
      </div>
    </Confirmation>
  );
}

import { logIn } from "@/lib/accounts/actions";
import { isCodeStep } from "@/lib/two-factor/schema";
import { TEST_PASSWORD } from "./factories";
import { RedirectError } from "./next/runtime";
import { form } from "./next/session";

// The two steps of the login form for an account with two-factor login, through the real action.

/** The password step: answers the hidden proof of the password that the form carries to the code step. */
export async function passwordStep(identifier: string, password = TEST_PASSWORD): Promise<string> {
  const answer = await logIn(null, form({ identifier, password }));
  if (!isCodeStep(answer)) throw new Error(`Expected the code step, got ${JSON.stringify(answer)}`);
  return answer.pendingLogin;
}

/** The code step with that proof: the form's answer, or where it led once logged in (to /settings). */
export async function codeStep(pendingLogin: string, code: string) {
  try {
    return await logIn(null, form({ pendingLogin, code, callbackUrl: "/settings" }));
  } catch (error) {
    if (error instanceof RedirectError) return { redirectedTo: error.url };
    throw error;
  }
}

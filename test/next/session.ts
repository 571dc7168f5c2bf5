import { cookies } from "next/headers";
import { startSession } from "@/lib/auth/session-cookie";
import { request } from "./runtime";

/** Signs `userId` in on the current test browser (see runtime.ts), as a successful login would. */
export async function signInAs(userId: string): Promise<void> {
  await startSession({ id: userId });
}

export function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

export type Browser = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * A browser of its own in which `userId` is signed in. Calls made through it
 * act as that user even while other users' calls run at the same time.
 */
export async function browserSignedInAs(userId: string): Promise<Browser> {
  const cookieList = await request.inBrowser([], async () => {
    await signInAs(userId);
    return (await cookies()).getAll();
  });
  return (work) => request.inBrowser(cookieList, work);
}

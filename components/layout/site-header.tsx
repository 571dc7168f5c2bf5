import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { logOut } from "@/lib/accounts/actions";
import { getCurrentUser } from "@/lib/auth/current-user";

const linkStyle = "rounded px-1 py-0.5 hover:text-zinc-900 dark:hover:text-white";

/** `online: false` while the database is unreachable: the header then leaves out the account links. */
export async function SiteHeader({ online }: { online: boolean }) {
  const user = online ? await getCurrentUser() : null;
  return (
    <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/85">
      <nav aria-label="Main" className="mx-auto flex h-14 max-w-2xl items-center gap-4 px-4">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Commons
        </Link>
        <ul className="flex flex-1 items-center gap-3 overflow-x-auto text-sm font-medium text-zinc-600 sm:gap-4 dark:text-zinc-300">
          <li>
            <Link href="/" className={linkStyle}>
              Home
            </Link>
          </li>
          <li>
            <Link href="/explore" className={linkStyle}>
              Explore
            </Link>
          </li>
          <li>
            <Link href="/search" className={linkStyle}>
              Search
            </Link>
          </li>
          {user ? (
            <>
              <li>
                <Link href="/settings" className={linkStyle}>
                  Settings
                </Link>
              </li>
              <li className="ml-auto">
                <form action={logOut}>
                  <button type="submit" className={linkStyle}>
                    Log out
                  </button>
                </form>
              </li>
              <li>
                <Link href={`/@${user.username}`} className="block rounded-full" aria-label="Your profile">
                  <Avatar user={user} size={32} />
                </Link>
              </li>
            </>
          ) : online ? (
            <>
              <li className="ml-auto">
                <Link href="/login" className={linkStyle}>
                  Log in
                </Link>
              </li>
              <li>
                <Link
                  href="/signup"
                  className="rounded-full bg-sky-700 px-3 py-1.5 text-white hover:bg-sky-800"
                >
                  Sign up
                </Link>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}

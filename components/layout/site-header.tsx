import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/85 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/85">
      <nav aria-label="Main" className="mx-auto flex h-14 max-w-2xl items-center gap-6 px-4">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Commons
        </Link>
        <ul className="flex items-center gap-4 text-sm font-medium text-zinc-600 dark:text-zinc-300">
          <li>
            <Link href="/" className="rounded px-1 py-0.5 hover:text-zinc-900 dark:hover:text-white">
              Home
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}

import Link from "next/link";

/** The body of a 404 page: what is missing, why, and the way home. */
export function NotFoundMessage({ title, reason }: { title: string; reason: string }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">{reason}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-sky-700 underline dark:text-sky-400">
        Back to the home page
      </Link>
    </div>
  );
}

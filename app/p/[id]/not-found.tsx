import Link from "next/link";

export default function PostNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">This post isn’t here</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">It may have been deleted by its author.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-sky-700 underline dark:text-sky-400">
        Back to the home page
      </Link>
    </div>
  );
}

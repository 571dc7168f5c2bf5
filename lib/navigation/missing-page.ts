import { notFound } from "next/navigation";
import { notePageMissing } from "@/lib/server/page-status";

/**
 * What a page answers when what its address names is not there: `message` (the not-found
 * message of its segment), rendered in its place inside the layouts, with the 404 that the
 * production server sets (lib/server/page-status.ts).
 *
 * Not Next.js's notFound(): in a production build its answer is a 404 whose body holds only
 * scripts, the message being in the RSC payload alone, so the page is blank without JavaScript
 * and to anything that reads the HTML (vercel/next.js#62228, still open in 16.5). Outside the
 * production server (`next dev`, where that answer renders; a plain `next start`), it is notFound().
 */
export function missingPage<Message>(message: Message): Message {
  if (!notePageMissing()) notFound();
  return message;
}

import type { Metadata } from "next";
import { PageNotFound } from "@/components/ui/not-found-pages";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return <PageNotFound />;
}

import { emptyStateStyle } from "@/components/ui/empty-state";

/** The box shown instead of results: a prompt before searching, or why nothing was found. */
export function SearchNotice({ children }: { children: React.ReactNode }) {
  return (
    <div className={`space-y-2 ${emptyStateStyle}`}>
      {children}
    </div>
  );
}

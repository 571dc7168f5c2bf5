/** The frame of the sign-up and login pages. */
export function AuthCard({ title, children, footer }: { title: string; children: React.ReactNode; footer: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-sm py-6">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <div className="mt-6">{children}</div>
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">{footer}</p>
    </div>
  );
}

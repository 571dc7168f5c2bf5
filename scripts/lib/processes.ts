import { readFile, readdir } from "node:fs/promises";

export type ProcessEntry = { pid: number; command: string };

/** Whether process `pid` exists (a process we may not signal still exists). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !(error instanceof Error && "code" in error && error.code === "ESRCH");
  }
}

/** Process `pid` and all its descendants with their command names (Linux /proc). */
export async function processTree(pid: number): Promise<ProcessEntry[]> {
  try {
    const command = (await readFile(`/proc/${pid}/comm`, "utf8")).trim();
    const tree: ProcessEntry[] = [{ pid, command }];
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const children = (await readFile(`/proc/${pid}/task/${task}/children`, "utf8")).trim();
      for (const child of children ? children.split(" ") : []) tree.push(...(await processTree(Number(child))));
    }
    return tree;
  } catch {
    // The process ended while we looked: it has no tree left.
    return [];
  }
}

import { LOG_LEVELS } from "@/lib/logging/logger";
import { storageConfigProblem } from "@/lib/uploads/storage-config";

type Env = Record<string, string | undefined>;

/** The whole-number settings, each with the values it can take (README's configuration table). */
const WHOLE_NUMBERS = [
  { name: "DATABASE_POOL_SIZE", min: 1, max: 1_000 },
  { name: "DATABASE_STATEMENT_TIMEOUT_MS", min: 0, max: 3_600_000 },
  { name: "DATABASE_CONNECT_TIMEOUT_MS", min: 0, max: 600_000 },
  { name: "LIVE_MAX_STREAMS_PER_USER", min: 1, max: 1_000 },
] as const;

function wholeNumberProblem({ name, min, max }: (typeof WHOLE_NUMBERS)[number], env: Env): string | null {
  const text = env[name];
  if (text === undefined || text === "") return null;
  const value = Number(text);
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? null : `${name} must be a whole number from ${min} to ${max}, not "${text}".`;
}

/** SMTP_URL as nodemailer reads it: an smtp:// or smtps:// address; anything else failed every page. */
function smtpProblem(env: Env): string | null {
  const text = env.SMTP_URL;
  if (!text) return null;
  const protocol = URL.canParse(text) ? new URL(text).protocol : null;
  return protocol === "smtp:" || protocol === "smtps:" ? null : "SMTP_URL must be an smtp:// or smtps:// address, such as smtps://user:password@mail.example.org:465.";
}

function logLevelProblem(env: Env): string | null {
  const text = env.LOG_LEVEL?.trim().toLowerCase();
  return !text || LOG_LEVELS.some((level) => level === text) ? null : `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not "${env.LOG_LEVEL}".`;
}

/**
 * Settings the server cannot run with, each said in a sentence that names its variable; none
 * when it can start. Checked before it serves anything (instrumentation.ts, `npm start`): a
 * setting read only when first needed failed pages instead, or was silently taken for another.
 */
export function environmentProblems(env: Env = process.env): string[] {
  const problems = [
    storageConfigProblem(env),
    smtpProblem(env),
    logLevelProblem(env),
    ...WHOLE_NUMBERS.map((setting) => wholeNumberProblem(setting, env)),
  ];
  return problems.filter((problem): problem is string => problem !== null);
}

import { redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cache } from "react";
import { db } from "@/lib/db";
import { authenticate } from "./auth/authenticate";
import { loginUrl } from "./auth/callback-url";
import { clientIpFromHeaders } from "./auth/client-ip";
import { authSecret } from "./auth/secret";
import { SESSION_MAX_AGE_SECONDS, readSession, sessionCookie } from "./auth/session-cookie";

declare module "next-auth" {
  interface Session {
    userId: string;
    sessionVersion: number;
  }
  interface User {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}

/**
 * next-auth: JWT sessions in an httpOnly, SameSite=Lax cookie, signed in with
 * username or email and password. The login form uses the same `authenticate`
 * through a server action (so it works without JavaScript); the provider
 * serves API clients at /api/auth/callback/credentials.
 */
export const authOptions: NextAuthOptions = {
  // A getter, so `next build` can import this module without the production secret.
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  cookies: { sessionToken: sessionCookie() },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Username or email",
      credentials: { identifier: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const ip = clientIpFromHeaders(request.headers);
        const result = await authenticate(credentials?.identifier ?? "", credentials?.password ?? "", ip);
        return result.ok ? { id: result.user.id, sessionVersion: result.user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sv = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub ?? "", sessionVersion: token.sv ?? -1 };
    },
  },
};

export const currentUserSelect = {
  id: true,
  username: true,
  displayName: true,
  avatarKey: true,
  role: true,
} as const;

/**
 * The signed-in user, or null. A session is valid only while its version
 * matches the user's: changing the password, deleting the account or being
 * suspended bumps or removes it, which ends every other session. A suspended
 * account counts as signed out even with a session of the current version.
 * Cached per request.
 */
export const getCurrentUser = cache(async () => {
  const session = await readSession();
  if (!session) return null;
  return db.user.findFirst({
    where: { id: session.id, sessionVersion: session.sessionVersion, suspendedAt: null },
    select: currentUserSelect,
  });
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/** The signed-in user; anyone else is sent to the login page and back to `returnTo` afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(returnTo));
  return user;
}

import { redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cache } from "react";
import { db } from "@/lib/db";
import { authenticate } from "./auth/authenticate";
import { loginUrl, safeAuthRedirect } from "./auth/callback-url";
import { clientIpFromHeaders } from "./auth/client-ip";
import { authSecret } from "./auth/secret";
import { readSession, sessionCookie } from "./auth/session-cookie";
import { SESSION_MAX_AGE_SECONDS, createSession, revokeSession } from "./auth/sessions";

declare module "next-auth" {
  interface Session {
    userId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The id of the session row (see startSession), as in the cookies the login form sets. */
    sid?: string;
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
        return result.ok ? { id: result.user.id } : null;
      },
    }),
  ],
  callbacks: {
    redirect: safeAuthRedirect,
    // `user` is there only when the Credentials provider has just signed someone in.
    async jwt({ token, user }) {
      if (user) token.sid = await createSession(user.id);
      return token;
    },
    // Only reached for a session getCurrentUser accepts: see app/api/auth/[...nextauth]/route.ts.
    session({ session, token }) {
      return { ...session, userId: token.sub ?? "" };
    },
  },
  events: {
    async signOut({ token }) {
      if (token.sid) await revokeSession(token.sid);
    },
  },
};

export const currentUserSelect = {
  id: true,
  username: true,
  displayName: true,
  avatarKey: true,
  role: true,
  theme: true,
} as const;

/**
 * The signed-in user, or null. A session is valid only while its row exists
 * and has not expired: logging out, changing the password, being suspended or
 * deleting the account removes rows, which ends those sessions wherever their
 * cookie was copied. A suspended account counts as signed out whatever its
 * sessions. One query (it runs for every page), cached per request.
 */
export const getCurrentUser = cache(async () => {
  const session = await readSession();
  if (!session) return null;
  return db.user.findFirst({
    where: {
      id: session.userId,
      suspendedAt: null,
      sessions: { some: { id: session.sessionId, expiresAt: { gt: new Date() } } },
    },
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

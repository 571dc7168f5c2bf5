import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkLogInCode } from "@/lib/two-factor/log-in";
import { authenticate } from "./authenticate";
import { safeAuthRedirect } from "./callback-url";
import { clientIpFromHeaders } from "./client-ip";
import { requestDevice } from "./device";
import { authSecret } from "./secret";
import { sessionCookie } from "./session-cookie";
import { SESSION_MAX_AGE_SECONDS, createSession, revokeSession } from "./sessions";

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
 * username or email and password (and a code, for two-factor accounts). The login form uses the same `authenticate`
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
      // `code`: the two-factor code (or a recovery code), in the same request, for accounts that have it on.
      credentials: { identifier: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, request) {
        const ip = clientIpFromHeaders(request.headers);
        const result = await authenticate(credentials?.identifier ?? "", credentials?.password ?? "", ip);
        if (!result.ok) return null;
        if (!result.needsCode) return { id: result.user.id };
        const second = await checkLogInCode(result.user.id, credentials?.code ?? "", ip);
        return second.ok ? { id: second.user.id } : null;
      },
    }),
  ],
  callbacks: {
    redirect: safeAuthRedirect,
    // `user` is there only when the Credentials provider has just signed someone in;
    // this runs inside the route handler's request, so its headers name the device.
    async jwt({ token, user }) {
      if (user) token.sid = await createSession(user.id, await requestDevice());
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

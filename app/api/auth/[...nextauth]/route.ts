import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { type NextRequest, NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authRequestRefusal } from "@/lib/auth/auth-request";
import { authOptions } from "@/lib/auth/next-auth-options";
import { sessionCookie } from "@/lib/auth/session-cookie";

const nextAuth = NextAuth(authOptions);

/**
 * next-auth answers /api/auth/session from the JWT alone, and re-issues the
 * cookie for another 30 days. A session that was logged out, or whose account
 * was deleted or suspended, gets what the pages give it instead: no user, and
 * its cookie cleared. Only a session the pages accept reaches next-auth.
 */
async function handler(request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) {
  const [action] = (await context.params).nextauth;
  const refusal = authRequestRefusal(request.method, action, request.headers.get("content-type"));
  if (refusal) return new Response(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8", ...refusal.headers } });
  if (action === "session" && !(await getCurrentUser())) return signedOut();
  return nextAuth(request, context);
}

async function signedOut(): Promise<Response> {
  // The headers next-auth sends with a session: nobody may cache who is signed in.
  const response = NextResponse.json({}, { headers: { "Cache-Control": "private, no-cache, no-store", Pragma: "no-cache", Expires: "0" } });
  const { name, options } = sessionCookie();
  if ((await cookies()).has(name)) response.cookies.set(name, "", { ...options, maxAge: 0 });
  return response;
}

export { handler as GET, handler as POST };

import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeEmail } from "@/lib/email-addresses/actions";
import { TEST_PASSWORD, createUser } from "@/test/factories";
import { stubProductionWithoutMail } from "@/test/mail/mail-settings";
import { form, signInAs } from "@/test/next/session";
import SettingsPage from "./page";

afterEach(() => vi.unstubAllEnvs());

async function settingsAs(userId: string, query: Record<string, string> = {}): Promise<string> {
  await signInAs(userId);
  return renderToStaticMarkup(await SettingsPage({ params: Promise.resolve({}), searchParams: Promise.resolve(query) }));
}

describe("the settings page's email section", () => {
  it("offers a new address, confirmed by a mailed link, where mail goes out", async () => {
    const user = await createUser();
    const html = await settingsAs(user.id);
    expect(html).toContain("counts once you open the link we mail to it");
    expect(html).toContain('Change email');
  });

  it("offers none on a production server that cannot send mail, and says why", async () => {
    const user = await createUser();
    stubProductionWithoutMail();
    const html = await settingsAs(user.id);
    expect(html).toContain(`Your address is ${user.email}. This site cannot send email yet, so it cannot confirm an address`);
    expect(html).not.toContain("the link we mail to it");
    expect(html).not.toContain('Change email');
  });

  it("says an address is not verified yet, whether or not mail goes out", async () => {
    const user = await createUser({ unverified: true });
    expect(await settingsAs(user.id)).toContain(`Mail goes to ${user.email} (not verified yet).`);
    stubProductionWithoutMail();
    expect(await settingsAs(user.id)).toContain(`Your address is ${user.email} (not verified yet). This site cannot send email yet`);
  });
});

describe("the settings page's delete section", () => {
  it("says all that deleting does before the form opens in place, as the page without JavaScript does", async () => {
    const user = await createUser();
    const html = await settingsAs(user.id);
    expect(html).toContain("stays, empty, as “This comment was deleted”");
    expect(html).toContain(`Your username, @${user.username}, stays reserved`);
  });
});

describe("the settings page while an address change waits for its link", () => {
  it("says which address it waits at, and only once on the page a change sent without JavaScript leads to", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await changeEmail(null, form({ email: "waiting@example.test", password: TEST_PASSWORD }))).toMatchObject({ ok: true });
    expect(await settingsAs(user.id)).toContain("Waiting for you to open the link sent to <strong");
    const afterChange = await settingsAs(user.id, { saved: "email" });
    expect(afterChange).toContain("Open the link we sent to waiting@example.test to confirm it.");
    expect(afterChange).not.toContain("Waiting for you to open the link");
  });
});

describe("the settings page a form sent without JavaScript leads to", () => {
  it("says what was saved, as the form says it in place, and nothing for a value it does not know, nor repeats it", async () => {
    const user = await createUser();
    expect(await settingsAs(user.id, { saved: "profile" })).toMatch(/<p role="status"[^>]*>Profile saved\.<\/p>/);
    const unknown = await settingsAs(user.id, { saved: "Your account was deleted" });
    expect(unknown).not.toContain("Your account was deleted");
    expect(unknown).not.toContain('role="status"');
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createUser } from "@/test/factories";
import { searchPeople } from "./queries";

async function usernamesFor(query: string) {
  return (await searchPeople(query, 1)).items.map((person) => person.username);
}

describe("searchPeople", () => {
  beforeAll(async () => {
    await createUser({ username: "ada", displayName: "Ada Okafor" });
    await createUser({ username: "adrian", displayName: "Adrian Mole" });
    await createUser({ username: "bruno", displayName: "Bruno Costa" });
    await createUser({ username: "lena", displayName: "Lena Fischer" });
    await createUser({ username: "gardener_joe", displayName: "Joe Bloggs" });
    await createUser({ username: "x_ray", displayName: "Zed One" });
    await createUser({ username: "xeray", displayName: "Zed Two" });
    await createUser({ username: "elif", displayName: "Elif Yılmaz" });
    await createUser({ username: "jomartinez", displayName: "Jo Martínez" });
    await createUser({ username: "irmak", displayName: "İrmak Öztürk" });
    await createUser({ username: "sasha", displayName: "Саша Ёлкина" });
    const baker = await createUser({ username: "farah", displayName: "Farah Haddad" });
    await db.user.update({ where: { id: baker.id }, data: { bio: "Baker. Sourdough starter named Gerald; crème brûlée on Fridays." } });
    const bread = await createUser({ username: "sourdough_sam", displayName: "Sam Bread" });
    await db.user.update({ where: { id: bread.id }, data: { bio: "Sourdough every day." } });
  });

  it("finds usernames by prefix, with or without an @", async () => {
    expect(await usernamesFor("ad")).toEqual(expect.arrayContaining(["ada", "adrian"]));
    expect(await usernamesFor("@AD")).toEqual(expect.arrayContaining(["ada", "adrian"]));
    expect(await usernamesFor("ad")).not.toContain("bruno");
  });

  it("puts an exact username first", async () => {
    expect((await usernamesFor("ada"))[0]).toBe("ada");
  });

  it("finds display names by a word in them", async () => {
    expect(await usernamesFor("Okafor")).toEqual(["ada"]);
  });

  it.each([
    ["gardn", "gardener_joe"],
    ["bruon", "bruno"],
    ["Lena Fisher", "lena"],
    ["Okafr", "ada"],
  ])("tolerates the typo %s for %s", async (typo, username) => {
    expect(await usernamesFor(typo)).toContain(username);
  });

  it.each([
    ["yilmaz", "elif"],
    ["YILMAZ", "elif"],
    ["Yılmaz", "elif"],
    ["elif yilmaz", "elif"],
    ["martinez", "jomartinez"],
    ["Martínez", "jomartinez"],
    ["jo martinez", "jomartinez"],
    ["irmak", "irmak"],
    ["IRMAK ozturk", "irmak"],
    ["саша", "sasha"],
    ["елкина", "sasha"],
  ])("ignores accents and case: %s finds %s", async (query, username) => {
    expect(await usernamesFor(query)).toContain(username);
  });

  it("finds people by a word in their bio, accents ignored, after those it names", async () => {
    expect(await usernamesFor("creme brulee")).toEqual(["farah"]);
    expect(await usernamesFor("gerald")).toEqual(["farah"]);
    // Sam's username starts with the word; Farah only mentions it.
    expect(await usernamesFor("sourdough")).toEqual(["sourdough_sam", "farah"]);
  });

  it("matches characters that fold into LIKE wildcards literally", async () => {
    // A full-width ％ folds to %, which must not become a wildcard after folding.
    expect(await usernamesFor("x％r")).not.toContain("xeray");
    expect(await usernamesFor("x＿r")).toEqual(["x_ray"]);
  });

  it("does not look for the words a search leaves out of posts, and finds no one when that is all it has", async () => {
    // Searched for, the excluded word found exactly the people it was meant to leave out.
    for (const query of ["-sourdough", "- sourdough", "-sourdough -gerald", '-"sourdough every day"', "(-sourdough)"]) {
      expect({ query, found: await usernamesFor(query) }).toEqual({ query, found: [] });
    }
    expect(await usernamesFor("gerald -sourdough")).toEqual(["farah"]);
    expect(await usernamesFor("-sourdough @ada")).toEqual(await usernamesFor("@ada"));
    // Two minus signs cancel out in posts, and so here.
    expect(await usernamesFor("--gerald")).toEqual(["farah"]);
  });

  it("finds no one for an unrelated word", async () => {
    expect(await usernamesFor("qwertzuiop")).toEqual([]);
  });

  it("matches _ and % literally rather than as LIKE wildcards", async () => {
    // Unescaped, "x_r%" and "x%y%" would both match "xeray".
    expect(await usernamesFor("x_r")).toEqual(["x_ray"]);
    expect(await usernamesFor("x%y")).not.toContain("xeray");
  });

  it("returns profile fields for the result list", async () => {
    const [ada] = (await searchPeople("ada", 1)).items;
    expect(ada).toEqual({ id: expect.any(String), username: "ada", displayName: "Ada Okafor", avatarKey: null, role: "USER", bio: "" });
  });

  it("pages through many matches without duplicates", async () => {
    const created = [];
    for (let index = 0; index < PAGE_SIZE + 5; index++) created.push(await createUser({ username: `pager_${index}` }));

    const first = await searchPeople("pager", 1);
    const second = await searchPeople("pager", 2);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(second.hasMore).toBe(false);
    const seen = [...first.items, ...second.items].map((person) => person.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(created.map((user) => user.id).sort());
  });
});

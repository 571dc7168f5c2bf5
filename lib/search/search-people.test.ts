import { beforeAll, describe, expect, it } from "vitest";
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

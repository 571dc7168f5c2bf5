import { describe, expect, it } from "vitest";
import { databaseName, schemaName, serverAddress, withDatabase } from "./postgres-url";

const url = "postgresql://user:secret@db.example:6543/app?schema=tenant&sslmode=require";

describe("postgres-url", () => {
  it("reads the database, server address and schema", () => {
    expect(databaseName(url)).toBe("app");
    expect(serverAddress(url)).toBe("db.example:6543");
    expect(schemaName(url)).toBe("tenant");
  });

  it("defaults the port and leaves the schema unset", () => {
    expect(serverAddress("postgresql://localhost/app")).toBe("localhost:5432");
    expect(schemaName("postgresql://localhost/app")).toBeUndefined();
  });

  it("points a URL at another database, keeping credentials and parameters", () => {
    expect(withDatabase(url, "shadow db")).toBe(
      "postgresql://user:secret@db.example:6543/shadow%20db?schema=tenant&sslmode=require",
    );
    expect(databaseName(withDatabase(url, "shadow db"))).toBe("shadow db");
  });
});

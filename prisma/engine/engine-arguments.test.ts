import { describe, expect, it } from "vitest";
import { EngineArgumentsError, parseEngineArguments } from "./engine-arguments";

const datasource = JSON.stringify({ url: "postgresql://u:p@localhost:5432/app" });

describe("parseEngineArguments", () => {
  it("reads the JSON-RPC server invocation", () => {
    expect(parseEngineArguments(["--datamodels", "/a.prisma", "/b.prisma", "--datasource", datasource])).toEqual({
      datamodelPaths: ["/a.prisma", "/b.prisma"],
      datasourceUrl: "postgresql://u:p@localhost:5432/app",
      mode: { kind: "rpc-server" },
    });
  });

  it("reads a cli subcommand", () => {
    expect(parseEngineArguments(["--datasource", datasource, "cli", "can-connect-to-database"])).toEqual({
      datamodelPaths: [],
      datasourceUrl: "postgresql://u:p@localhost:5432/app",
      mode: { kind: "cli", command: "can-connect-to-database" },
    });
  });

  it("skips flags the WebAssembly engine has no use for", () => {
    const invocation = parseEngineArguments(["--enabled-preview-features", "views", "--datasource", datasource]);
    expect(invocation.datasourceUrl).toBe("postgresql://u:p@localhost:5432/app");
  });

  it("allows a datasource without url", () => {
    expect(parseEngineArguments(["--datasource", "{}"]).datasourceUrl).toBeUndefined();
  });

  it.each([
    [["--verbose"], "Unknown argument: --verbose"],
    [["--datasource"], "--datasource needs a value"],
    [["--datasource", "not json"], "--datasource is not valid JSON"],
    [["--datasource", '{"url":1}'], "--datasource url must be a string"],
    [["cli"], "`cli` needs a subcommand"],
  ])("rejects %j", (argv, message) => {
    expect(() => parseEngineArguments(argv)).toThrow(new EngineArgumentsError(message));
  });
});

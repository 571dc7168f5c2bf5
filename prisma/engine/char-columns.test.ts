import { ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { CharColumnsAsTextClient, restoreCharColumns } from "./char-columns";

type RowDescription = { fields: Array<{ name: string; dataTypeID: number }> };

/** What the client's row-description hook turns a column of the given type into. */
function describedAs(dataTypeID: number): { name: string; dataTypeID: number } {
  const client = new CharColumnsAsTextClient();
  const message: RowDescription = { fields: [{ name: "contype", dataTypeID }] };
  client.connection.emit("rowDescription", message);
  const [field] = message.fields;
  if (field === undefined) throw new Error("field vanished");
  return field;
}

describe("char columns", () => {
  it('lets "char" columns through the adapter as text, and restores them as characters', () => {
    const field = describedAs(18);
    expect(field.dataTypeID).toBe(25);

    const fromAdapter: SqlResultSet = {
      columnNames: ["conname", field.name],
      columnTypes: [ColumnTypeEnum.Text, ColumnTypeEnum.Text],
      rows: [["User_pkey", "p"]],
    };
    expect(restoreCharColumns(fromAdapter)).toEqual({
      columnNames: ["conname", "contype"],
      columnTypes: [ColumnTypeEnum.Text, ColumnTypeEnum.Character],
      rows: [["User_pkey", "p"]],
    });
  });

  it("leaves other columns alone", () => {
    expect(describedAs(25)).toEqual({ name: "contype", dataTypeID: 25 });
    const result: SqlResultSet = { columnNames: ["a"], columnTypes: [ColumnTypeEnum.Int32], rows: [[1]] };
    expect(restoreCharColumns(result)).toBe(result);
  });
});

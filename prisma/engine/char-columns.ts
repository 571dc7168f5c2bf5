import pg from "pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";

/**
 * Support for PostgreSQL's internal one-byte `"char"` type (OID 18), which @prisma/adapter-pg
 * rejects ("Column type 'char' could not be deserialized") but the schema engine needs: catalog
 * columns such as `pg_class.relkind` and `pg_constraint.contype` are `"char"`, and the engine
 * reads them as characters whenever it describes a database (drift detection in `migrate dev`,
 * replaying migrations for `migrate diff --from-migrations`).
 *
 * The type is fixed in two steps, because the adapter's column-type mapping cannot be extended:
 * the `pg` client reports `"char"` columns as `text` with a marked name, so the adapter accepts
 * them; a wrapper around the adapter then restores the name and types the column as a character.
 */
const CHAR_OID = 18;
const TEXT_OID = 25;

// Cannot occur in a real column name: PostgreSQL identifiers cannot contain NUL.
const CHAR_COLUMN_MARKER = "\u0000char\u0000";

type RowDescription = { fields: Array<{ name: string; dataTypeID: number }> };

export class CharColumnsAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Registered before the client attaches its own listener on connect(), so it runs first.
    this.connection.on("rowDescription", (message: RowDescription) => {
      for (const field of message.fields) {
        if (field.dataTypeID === CHAR_OID) {
          field.dataTypeID = TEXT_OID;
          field.name = CHAR_COLUMN_MARKER + field.name;
        }
      }
    });
  }
}

export function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  if (!result.columnNames.some((name) => name.startsWith(CHAR_COLUMN_MARKER))) return result;
  const columnTypes = [...result.columnTypes];
  const columnNames = result.columnNames.map((name, index) => {
    if (!name.startsWith(CHAR_COLUMN_MARKER)) return name;
    columnTypes[index] = ColumnTypeEnum.Character;
    return name.slice(CHAR_COLUMN_MARKER.length);
  });
  return { ...result, columnNames, columnTypes };
}

export function withCharColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    ...delegateQueryable(adapter),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: async (isolationLevel) => withCharColumnsInTransaction(await adapter.startTransaction(isolationLevel)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
  };
}

function withCharColumnsInTransaction(transaction: Transaction): Transaction {
  return {
    ...delegateQueryable(transaction),
    options: transaction.options,
    commit: () => transaction.commit(),
    rollback: () => transaction.rollback(),
    createSavepoint: transaction.createSavepoint?.bind(transaction),
    rollbackToSavepoint: transaction.rollbackToSavepoint?.bind(transaction),
    releaseSavepoint: transaction.releaseSavepoint?.bind(transaction),
  };
}

function delegateQueryable(queryable: SqlQueryable): SqlQueryable {
  return {
    provider: queryable.provider,
    adapterName: queryable.adapterName,
    queryRaw: async (query) => restoreCharColumns(await queryable.queryRaw(query)),
    executeRaw: (query) => queryable.executeRaw(query),
  };
}

-- Sessions become rows (see the Session model): logging out deletes one, so a
-- copied cookie stops working. They replace users.session_version. Cookies
-- issued before this migration name no row, so everyone logs in once more.
ALTER TABLE "users" DROP COLUMN "session_version";

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sessions_expire_after_creation_check" CHECK ("expires_at" > "created_at")
);

-- CreateIndex
CREATE INDEX "sessions_user_expires_idx" ON "sessions"("user_id", "expires_at");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

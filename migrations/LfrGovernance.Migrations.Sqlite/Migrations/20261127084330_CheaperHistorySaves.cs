using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CheaperHistorySaves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_History_RecordType_OccurredAt",
                table: "History");

            migrationBuilder.DropIndex(
                name: "IX_History_RecordType_RecordId_Version",
                table: "History");

            migrationBuilder.CreateIndex(
                name: "IX_History_RecordType_RecordId_OccurredAt",
                table: "History",
                columns: new[] { "RecordType", "RecordId", "OccurredAt" });

            // The database moves the chain head as each history entry is inserted, in the same transaction, so that a
            // save with history sends one statement fewer (see HistoryInterceptor).
            migrationBuilder.Sql(
                "CREATE TRIGGER \"History_MovesHead\" AFTER INSERT ON \"History\" BEGIN "
                + "INSERT INTO \"HistoryChainHead\" (\"Id\", \"LastSequence\", \"LastHash\") VALUES (1, new.\"Sequence\", new.\"Hash\") "
                + "ON CONFLICT (\"Id\") DO UPDATE SET \"LastSequence\" = excluded.\"LastSequence\", \"LastHash\" = excluded.\"LastHash\"; END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"History_MovesHead\";");

            migrationBuilder.DropIndex(
                name: "IX_History_RecordType_RecordId_OccurredAt",
                table: "History");

            migrationBuilder.CreateIndex(
                name: "IX_History_RecordType_OccurredAt",
                table: "History",
                columns: new[] { "RecordType", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_History_RecordType_RecordId_Version",
                table: "History",
                columns: new[] { "RecordType", "RecordId", "Version" });
        }
    }
}

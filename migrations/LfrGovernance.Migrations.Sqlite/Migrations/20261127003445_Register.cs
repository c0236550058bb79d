using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Register : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserRoles = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Filters = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Forces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Forces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "History",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    ChangeSetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserRoles = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_History", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "HistoryChainHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HistoryChainHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CollarOrWarrantNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AccountObjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RanksHeld",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", maxLength: 50, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RanksHeld", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RanksHeld_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RanksHeld_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_OccurredAt",
                table: "AccessLog",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_RecordType_RecordId",
                table: "AccessLog",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Forces_Code",
                table: "Forces",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_History_OccurredAt",
                table: "History",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_History_RecordType_OccurredAt",
                table: "History",
                columns: new[] { "RecordType", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_History_RecordType_RecordId_Version",
                table: "History",
                columns: new[] { "RecordType", "RecordId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ForceId",
                table: "Organisations",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_People_AccountObjectId",
                table: "People",
                column: "AccountObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_People_ForceId",
                table: "People",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_People_Name",
                table: "People",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_RanksHeld_ForceId",
                table: "RanksHeld",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_RanksHeld_PersonId_From",
                table: "RanksHeld",
                columns: new[] { "PersonId", "From" });

            // Defence in depth: the application never updates or deletes history or access log rows, and the
            // database refuses to as well. (Someone with direct access to the file can drop these triggers:
            // the hash chain is what shows tampering.)
            foreach (var table in new[] { "History", "AccessLog" })
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"{table}_NoUpdate\" BEFORE UPDATE ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"{table}_NoDelete\" BEFORE DELETE ON \"{table}\" BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "History", "AccessLog" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_NoUpdate\";");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_NoDelete\";");
            }

            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "History");

            migrationBuilder.DropTable(
                name: "HistoryChainHead");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "RanksHeld");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Forces");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Authorisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApplicantAccountObjectId",
                table: "Deployments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Added with its foreign key in one statement, which SQLite allows for a column that defaults to null: adding
            // the key afterwards (AddForeignKey) would rebuild the deployments table at the end of the migration,
            // after any statement here could restore the text index's triggers that the rebuild drops.
            migrationBuilder.Sql("ALTER TABLE \"Deployments\" ADD \"ApplicantId\" TEXT NULL "
                + "CONSTRAINT \"FK_Deployments_People_ApplicantId\" REFERENCES \"People\" (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "Deployments",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "Deployments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegitimateAim",
                table: "Deployments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Necessity",
                table: "Deployments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Proportionality",
                table: "Deployments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuthorisationDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DeciderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RankHeld = table.Column<int>(type: "INTEGER", maxLength: 50, nullable: false),
                    DeciderAccountObjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeciderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UrgencyReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProcessFollowed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DpiaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DpiaDocumentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DpiaRecordVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Readiness = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    SupersedesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorisationDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuthorisationDecisions_Assessments_DpiaId",
                        column: x => x.DpiaId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuthorisationDecisions_AuthorisationDecisions_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "AuthorisationDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuthorisationDecisions_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuthorisationDecisions_People_DeciderId",
                        column: x => x.DeciderId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_ApplicantId",
                table: "Deployments",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationDecisions_DeciderId",
                table: "AuthorisationDecisions",
                column: "DeciderId");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationDecisions_DpiaId",
                table: "AuthorisationDecisions",
                column: "DpiaId");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationDecisions_ForceId",
                table: "AuthorisationDecisions",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationDecisions_Outcome_DecidedAt",
                table: "AuthorisationDecisions",
                columns: new[] { "Outcome", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationDecisions_SubjectKind_SubjectId_DecidedAt",
                table: "AuthorisationDecisions",
                columns: new[] { "SubjectKind", "SubjectId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationDecisions_SupersedesId",
                table: "AuthorisationDecisions",
                column: "SupersedesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Deployments_People_ApplicantId",
                table: "Deployments");

            migrationBuilder.DropTable(
                name: "AuthorisationDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_ApplicantId",
                table: "Deployments");

            migrationBuilder.DropColumn(
                name: "ApplicantAccountObjectId",
                table: "Deployments");

            migrationBuilder.DropColumn(
                name: "ApplicantId",
                table: "Deployments");

            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "Deployments");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "Deployments");

            migrationBuilder.DropColumn(
                name: "LegitimateAim",
                table: "Deployments");

            migrationBuilder.DropColumn(
                name: "Necessity",
                table: "Deployments");

            migrationBuilder.DropColumn(
                name: "Proportionality",
                table: "Deployments");

            // SQLite drops a column with a foreign key by rebuilding the table, at the end of the migration: the text
            // index's triggers go with the old table. Rolling back this migration therefore needs the DeploymentSearch
            // migration rolled back and applied again (or its CreateSql run) to bring the index back.
        }
    }
}

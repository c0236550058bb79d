using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FoiRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExemptionTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NeitherConfirmNorDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    HarmStatement = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FactorsFavouringDisclosure = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FactorsAgainstDisclosure = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Balance = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemptionTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemptionTemplates_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FoiRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequesterCategory = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Legislation = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScopeFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScopeTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScopeKinds = table.Column<int>(type: "INTEGER", maxLength: 50, nullable: false),
                    ExtendedDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InternalReviewRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InternalReviewExtended = table.Column<bool>(type: "INTEGER", nullable: false),
                    InternalReviewDoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IcoComplaintOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoiRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FoiRequests_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FoiRequests_People_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OneOffBankHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Nations = table.Column<int>(type: "INTEGER", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOffBankHolidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FoiClarifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IsFee = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoiClarifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FoiClarifications_FoiRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "FoiRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FoiClarifications_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FoiQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CatalogueKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    GeneratedDraft = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    GeneratedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GeneratedAsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GeneratedFingerprint = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GeneratedFigures = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    IsFinal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoiQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FoiQuestions_FoiRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "FoiRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FoiQuestions_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FoiRequesters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PostalAddress = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoiRequesters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FoiRequesters_FoiRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "FoiRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FoiRequesters_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FoiExemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NeitherConfirmNorDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    HarmStatement = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FactorsFavouringDisclosure = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FactorsAgainstDisclosure = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Balance = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoiExemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FoiExemptions_ExemptionTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ExemptionTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FoiExemptions_FoiQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "FoiQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FoiExemptions_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExemptionTemplates_ForceId",
                table: "ExemptionTemplates",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiClarifications_ForceId",
                table: "FoiClarifications",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiClarifications_RequestId",
                table: "FoiClarifications",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiExemptions_ForceId",
                table: "FoiExemptions",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiExemptions_QuestionId",
                table: "FoiExemptions",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiExemptions_TemplateId",
                table: "FoiExemptions",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiQuestions_CatalogueKey",
                table: "FoiQuestions",
                column: "CatalogueKey");

            migrationBuilder.CreateIndex(
                name: "IX_FoiQuestions_ForceId",
                table: "FoiQuestions",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiQuestions_RequestId_Position",
                table: "FoiQuestions",
                columns: new[] { "RequestId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_FoiRequesters_ForceId",
                table: "FoiRequesters",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiRequesters_RequestId",
                table: "FoiRequesters",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiRequests_AssigneeId",
                table: "FoiRequests",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiRequests_ForceId",
                table: "FoiRequests",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_FoiRequests_ForceId_Reference",
                table: "FoiRequests",
                columns: new[] { "ForceId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FoiRequests_ReceivedOn",
                table: "FoiRequests",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_FoiRequests_RetiredAt_Status_ReceivedOn",
                table: "FoiRequests",
                columns: new[] { "RetiredAt", "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOffBankHolidays_Date",
                table: "OneOffBankHolidays",
                column: "Date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FoiClarifications");

            migrationBuilder.DropTable(
                name: "FoiExemptions");

            migrationBuilder.DropTable(
                name: "FoiRequesters");

            migrationBuilder.DropTable(
                name: "OneOffBankHolidays");

            migrationBuilder.DropTable(
                name: "ExemptionTemplates");

            migrationBuilder.DropTable(
                name: "FoiQuestions");

            migrationBuilder.DropTable(
                name: "FoiRequests");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CollaborationDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApplicantAccountObjectId",
                table: "Collaborations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ApplicantId",
                table: "Collaborations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionCase",
                table: "Collaborations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecisionRequestedAt",
                table: "Collaborations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedFrom",
                table: "AuthorisationDecisions",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_ApplicantId",
                table: "Collaborations",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_DecisionRequestedAt",
                table: "Collaborations",
                column: "DecisionRequestedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Collaborations_People_ApplicantId",
                table: "Collaborations",
                column: "ApplicantId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Collaborations_People_ApplicantId",
                table: "Collaborations");

            migrationBuilder.DropIndex(
                name: "IX_Collaborations_ApplicantId",
                table: "Collaborations");

            migrationBuilder.DropIndex(
                name: "IX_Collaborations_DecisionRequestedAt",
                table: "Collaborations");

            migrationBuilder.DropColumn(
                name: "ApplicantAccountObjectId",
                table: "Collaborations");

            migrationBuilder.DropColumn(
                name: "ApplicantId",
                table: "Collaborations");

            migrationBuilder.DropColumn(
                name: "DecisionCase",
                table: "Collaborations");

            migrationBuilder.DropColumn(
                name: "DecisionRequestedAt",
                table: "Collaborations");

            migrationBuilder.DropColumn(
                name: "RecordedFrom",
                table: "AuthorisationDecisions");
        }
    }
}

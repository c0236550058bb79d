using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeploymentStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deployments_ActualStart",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_PlannedStart",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_Status_ActualStart",
                table: "Deployments");

            migrationBuilder.AddColumn<DateTime>(
                name: "StartsAt",
                table: "Deployments",
                type: "TEXT",
                nullable: true);

            // Deployments recorded before the column existed: their start is the actual start, else the planned one.
            migrationBuilder.Sql("UPDATE \"Deployments\" SET \"StartsAt\" = COALESCE(\"ActualStart\", \"PlannedStart\");");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_Reference",
                table: "Deployments",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_RetiredAt_DoNotConfirmOrDeny_StartsAt",
                table: "Deployments",
                columns: new[] { "RetiredAt", "DoNotConfirmOrDeny", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_RetiredAt_ReviewedOn_ActualEnd_DoNotConfirmOrDeny",
                table: "Deployments",
                columns: new[] { "RetiredAt", "ReviewedOn", "ActualEnd", "DoNotConfirmOrDeny" });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_StartsAt",
                table: "Deployments",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_Status_StartsAt",
                table: "Deployments",
                columns: new[] { "Status", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deployments_Reference",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_RetiredAt_DoNotConfirmOrDeny_StartsAt",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_RetiredAt_ReviewedOn_ActualEnd_DoNotConfirmOrDeny",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_StartsAt",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_Status_StartsAt",
                table: "Deployments");

            migrationBuilder.DropColumn(
                name: "StartsAt",
                table: "Deployments");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_ActualStart",
                table: "Deployments",
                column: "ActualStart");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_PlannedStart",
                table: "Deployments",
                column: "PlannedStart");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_Status_ActualStart",
                table: "Deployments",
                columns: new[] { "Status", "ActualStart" });
        }
    }
}

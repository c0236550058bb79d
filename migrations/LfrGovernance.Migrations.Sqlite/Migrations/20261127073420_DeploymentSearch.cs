using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeploymentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deployments_RetiredAt_LocationName_Id",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_RetiredAt_Reference_Id",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_RetiredAt_StartsAt_Id",
                table: "Deployments");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_ListFigures",
                table: "Deployments",
                columns: new[] { "RetiredAt", "Kind", "Status", "SystemId", "StartsAt", "ActualEnd", "ReviewedOn", "DoNotConfirmOrDeny", "FacesSeen", "TotalAlerts", "FalseAlertsConfirmed", "FalseAlertsUnconfirmed", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_RetiredAt_LocationName_Id_DoNotConfirmOrDeny",
                table: "Deployments",
                columns: new[] { "RetiredAt", "LocationName", "Id", "DoNotConfirmOrDeny" });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_RetiredAt_Reference_Id_DoNotConfirmOrDeny",
                table: "Deployments",
                columns: new[] { "RetiredAt", "Reference", "Id", "DoNotConfirmOrDeny" });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_RetiredAt_StartsAt_Id_DoNotConfirmOrDeny",
                table: "Deployments",
                columns: new[] { "RetiredAt", "StartsAt", "Id", "DoNotConfirmOrDeny" });

            // The deployments' text index (an FTS5 trigram table kept by triggers), filled from the deployments there are.
            foreach (var statement in SqliteRecordTextSearch.CreateSql())
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in SqliteRecordTextSearch.DropSql())
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropIndex(
                name: "IX_Deployments_ListFigures",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_RetiredAt_LocationName_Id_DoNotConfirmOrDeny",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_RetiredAt_Reference_Id_DoNotConfirmOrDeny",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_RetiredAt_StartsAt_Id_DoNotConfirmOrDeny",
                table: "Deployments");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_RetiredAt_LocationName_Id",
                table: "Deployments",
                columns: new[] { "RetiredAt", "LocationName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_RetiredAt_Reference_Id",
                table: "Deployments",
                columns: new[] { "RetiredAt", "Reference", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_RetiredAt_StartsAt_Id",
                table: "Deployments",
                columns: new[] { "RetiredAt", "StartsAt", "Id" });
        }
    }
}

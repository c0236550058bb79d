using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeploymentListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deployments_LocationName",
                table: "Deployments");

            migrationBuilder.DropIndex(
                name: "IX_Deployments_Reference",
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
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
                name: "IX_Deployments_LocationName",
                table: "Deployments",
                column: "LocationName");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_Reference",
                table: "Deployments",
                column: "Reference");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LfrGovernance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegisterRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DoNotConfirmOrDeny",
                table: "RanksHeld",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "DoNotConfirmOrDeny",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "DoNotConfirmOrDeny",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "DoNotConfirmOrDeny",
                table: "Forces",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DocumentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SupersedesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProcessingDescription = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    NecessityAndProportionality = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Consultation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AuthoredByPartner = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScrutinisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScrutinisedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScrutinyOutcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DpoAdviceGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DpoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DpoAdviceSummary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DpoAdviceOutcome = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DpoAdviceDecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DpoAdviceOverruledReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IcoConsultationNeeded = table.Column<bool>(type: "INTEGER", nullable: true),
                    IcoConsultationSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IcoAdvice = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    MeasuresApprovedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidualRisksApprovedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConsultationReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    KeptUnderReviewById = table.Column<Guid>(type: "TEXT", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_Assessments_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Organisations_PartnerOrganisationId",
                        column: x => x.PartnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_People_ConsultationReviewedById",
                        column: x => x.ConsultationReviewedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_People_DpoAdviceDecidedById",
                        column: x => x.DpoAdviceDecidedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_People_DpoId",
                        column: x => x.DpoId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_People_KeptUnderReviewById",
                        column: x => x.KeptUnderReviewById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_People_MeasuresApprovedById",
                        column: x => x.MeasuresApprovedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_People_ResidualRisksApprovedById",
                        column: x => x.ResidualRisksApprovedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_People_ScrutinisedById",
                        column: x => x.ScrutinisedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Collaborations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Manner = table.Column<int>(type: "INTEGER", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Locations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CostPence = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DataSharingAgreement = table.Column<bool>(type: "INTEGER", nullable: true),
                    DataSharingAgreementReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ControllerRoles = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MatchAlertProtocol = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Alerts = table.Column<int>(type: "INTEGER", nullable: true),
                    AlertsActedOn = table.Column<int>(type: "INTEGER", nullable: true),
                    TruePositives = table.Column<int>(type: "INTEGER", nullable: true),
                    FalsePositives = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_Collaborations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Collaborations_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Collaborations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DocumentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Policies_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Policies_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetainedImageCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OtherCategory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CountedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    BeyondPolicy = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonBeyondPolicy = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetainedImageCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetainedImageCounts_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Systems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AlgorithmVersion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DefaultThreshold = table.Column<double>(type: "REAL", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContractReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContractStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CapitalCostPence = table.Column<long>(type: "INTEGER", nullable: true),
                    AnnualCostPence = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
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
                    table.PrimaryKey("PK_Systems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Systems_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Systems_Organisations_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentCoverage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentCoverage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentCoverage_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentCoverage_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentRisks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Likelihood = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Overall = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentRisks_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentRisks_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImageSharings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SharedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ImageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceDataset = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SecurityProtocol = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImageSharings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImageSharings_Collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "Collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImageSharings_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OtherCategory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodUnit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DeletionMethod = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PolicyDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppliesFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionRules_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RetentionRules_Policies_PolicyDocumentId",
                        column: x => x.PolicyDocumentId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccuracyEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Evaluator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AlgorithmVersion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Threshold = table.Column<double>(type: "REAL", nullable: false),
                    TruePositiveIdentificationRate = table.Column<double>(type: "REAL", nullable: true),
                    FalsePositiveRate = table.Column<double>(type: "REAL", nullable: true),
                    WatchlistSize = table.Column<int>(type: "INTEGER", nullable: true),
                    DemographicImbalanceFound = table.Column<bool>(type: "INTEGER", nullable: false),
                    DemographicFindings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccuracyEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccuracyEvaluations_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccuracyEvaluations_Systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "Systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Deployments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IntelligenceCase = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LocationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LocationAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PlannedStart = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PlannedEnd = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ActualStart = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ActualEnd = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WatchlistSize = table.Column<int>(type: "INTEGER", nullable: true),
                    WatchlistCriteria = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WatchlistBuiltAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WatchlistReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    WatchlistReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WatchlistDestroyedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    WatchlistDestroyedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ThresholdUsed = table.Column<double>(type: "REAL", nullable: true),
                    CameraCount = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicNoticeGiven = table.Column<bool>(type: "INTEGER", nullable: true),
                    PublicNoticeMethods = table.Column<int>(type: "INTEGER", maxLength: 50, nullable: false),
                    PublicNoticeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublicNoticeNotGivenReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FacesSeen = table.Column<long>(type: "INTEGER", nullable: true),
                    TotalAlerts = table.Column<int>(type: "INTEGER", nullable: true),
                    TrueAlertsConfirmed = table.Column<int>(type: "INTEGER", nullable: true),
                    TrueAlertsUnconfirmed = table.Column<int>(type: "INTEGER", nullable: true),
                    FalseAlertsConfirmed = table.Column<int>(type: "INTEGER", nullable: true),
                    FalseAlertsUnconfirmed = table.Column<int>(type: "INTEGER", nullable: true),
                    Engagements = table.Column<int>(type: "INTEGER", nullable: true),
                    Arrests = table.Column<int>(type: "INTEGER", nullable: true),
                    OtherAction = table.Column<int>(type: "INTEGER", nullable: true),
                    NoAction = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewFindings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewActions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
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
                    table.PrimaryKey("PK_Deployments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deployments_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deployments_People_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deployments_People_WatchlistDestroyedById",
                        column: x => x.WatchlistDestroyedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deployments_People_WatchlistReviewedById",
                        column: x => x.WatchlistReviewedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deployments_Systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "Systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RiskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ResidualRisk = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Approved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentMeasures_AssessmentRisks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "AssessmentRisks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentMeasures_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentMeasures_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Adjudication = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ImageRetainedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Alerts_Deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "Deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Alerts_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WatchlistCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    ImageSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Marking = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DoNotConfirmOrDeny = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchlistCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WatchlistCategories_Deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "Deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WatchlistCategories_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccuracyEvaluations_ForceId",
                table: "AccuracyEvaluations",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_AccuracyEvaluations_SystemId_EvaluatedOn",
                table: "AccuracyEvaluations",
                columns: new[] { "SystemId", "EvaluatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_DeploymentId_OccurredAt",
                table: "Alerts",
                columns: new[] { "DeploymentId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_ForceId",
                table: "Alerts",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCoverage_AssessmentId",
                table: "AssessmentCoverage",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCoverage_ForceId",
                table: "AssessmentCoverage",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCoverage_SubjectType_SubjectId",
                table: "AssessmentCoverage",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentMeasures_AssessmentId",
                table: "AssessmentMeasures",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentMeasures_ForceId",
                table: "AssessmentMeasures",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentMeasures_RiskId",
                table: "AssessmentMeasures",
                column: "RiskId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentRisks_AssessmentId",
                table: "AssessmentRisks",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentRisks_ForceId",
                table: "AssessmentRisks",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ConsultationReviewedById",
                table: "Assessments",
                column: "ConsultationReviewedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_DpoAdviceDecidedById",
                table: "Assessments",
                column: "DpoAdviceDecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_DpoId",
                table: "Assessments",
                column: "DpoId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ForceId",
                table: "Assessments",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ForceId_Reference_DocumentVersion",
                table: "Assessments",
                columns: new[] { "ForceId", "Reference", "DocumentVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_KeptUnderReviewById",
                table: "Assessments",
                column: "KeptUnderReviewById");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_Kind_Status",
                table: "Assessments",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_MeasuresApprovedById",
                table: "Assessments",
                column: "MeasuresApprovedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_NextReviewOn",
                table: "Assessments",
                column: "NextReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_PartnerOrganisationId",
                table: "Assessments",
                column: "PartnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ResidualRisksApprovedById",
                table: "Assessments",
                column: "ResidualRisksApprovedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ScrutinisedById",
                table: "Assessments",
                column: "ScrutinisedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SupersedesId",
                table: "Assessments",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_ForceId",
                table: "Collaborations",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_ForceId_Reference",
                table: "Collaborations",
                columns: new[] { "ForceId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_OrganisationId",
                table: "Collaborations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_ActualStart",
                table: "Deployments",
                column: "ActualStart");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_ForceId",
                table: "Deployments",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_ForceId_Reference",
                table: "Deployments",
                columns: new[] { "ForceId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_LocationName",
                table: "Deployments",
                column: "LocationName");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_PlannedStart",
                table: "Deployments",
                column: "PlannedStart");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_ReviewerId",
                table: "Deployments",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_Status_ActualStart",
                table: "Deployments",
                columns: new[] { "Status", "ActualStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_SystemId",
                table: "Deployments",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_WatchlistDestroyedById",
                table: "Deployments",
                column: "WatchlistDestroyedById");

            migrationBuilder.CreateIndex(
                name: "IX_Deployments_WatchlistReviewedById",
                table: "Deployments",
                column: "WatchlistReviewedById");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ForceId",
                table: "Documents",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_SubjectType_SubjectId",
                table: "Documents",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImageSharings_CollaborationId",
                table: "ImageSharings",
                column: "CollaborationId");

            migrationBuilder.CreateIndex(
                name: "IX_ImageSharings_ForceId",
                table: "ImageSharings",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_ForceId",
                table: "Policies",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Kind_Title",
                table: "Policies",
                columns: new[] { "Kind", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_NextReviewOn",
                table: "Policies",
                column: "NextReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_OwnerId",
                table: "Policies",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_RetainedImageCounts_Category_CountedOn",
                table: "RetainedImageCounts",
                columns: new[] { "Category", "CountedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RetainedImageCounts_ForceId",
                table: "RetainedImageCounts",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_Category",
                table: "RetentionRules",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_ForceId",
                table: "RetentionRules",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_PolicyDocumentId",
                table: "RetentionRules",
                column: "PolicyDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Systems_ForceId",
                table: "Systems",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Systems_Name",
                table: "Systems",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Systems_SupplierId",
                table: "Systems",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_WatchlistCategories_DeploymentId",
                table: "WatchlistCategories",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_WatchlistCategories_ForceId",
                table: "WatchlistCategories",
                column: "ForceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccuracyEvaluations");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "AssessmentCoverage");

            migrationBuilder.DropTable(
                name: "AssessmentMeasures");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "ImageSharings");

            migrationBuilder.DropTable(
                name: "RetainedImageCounts");

            migrationBuilder.DropTable(
                name: "RetentionRules");

            migrationBuilder.DropTable(
                name: "WatchlistCategories");

            migrationBuilder.DropTable(
                name: "AssessmentRisks");

            migrationBuilder.DropTable(
                name: "Collaborations");

            migrationBuilder.DropTable(
                name: "Policies");

            migrationBuilder.DropTable(
                name: "Deployments");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "Systems");

            migrationBuilder.DropColumn(
                name: "DoNotConfirmOrDeny",
                table: "RanksHeld");

            migrationBuilder.DropColumn(
                name: "DoNotConfirmOrDeny",
                table: "People");

            migrationBuilder.DropColumn(
                name: "DoNotConfirmOrDeny",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "DoNotConfirmOrDeny",
                table: "Forces");
        }
    }
}

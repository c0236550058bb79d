using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Organisations;

namespace LfrGovernance.Tests.Integration.Transparency;

/// <summary>A register to publish from, made once for the tests of a class: two systems (one flagged "do not confirm or
/// deny"), deployments that took place in 2024 and 2025 and ones that must never be published (flagged, retired, a
/// draft, a refused application, one on the flagged system), decisions, assessments and a policy.</summary>
/// <remarks>Published in calendar year 2025: TR-001 (14 March) and TR-002 (1 July, planned start only). Their totals:
/// faces 42,120; alerts 16; true 11 confirmed and 2 unconfirmed; false 2 confirmed and 1 unconfirmed (1 in 14,040);
/// arrests 6; other action 3; no action 7. Decisions in 2025: authorised (TR-001), authorised urgently and ratified
/// (TR-002), refused (TR-REFUSED). Assessments approved in 2025: DPIA-TR-1.</remarks>
public sealed class TransparencyRegister : ClockedAppFactory
{
    public const string Formula = "=HYPERLINK(\"http://example.invalid\",\"Click\")";
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private bool _seeded;

    public Guid VansId { get; private set; }

    public Guid CovertSystemId { get; private set; }

    public Guid FirstId { get; private set; }

    public Guid SecondId { get; private set; }

    public Guid NcndDeploymentId { get; private set; }

    public Guid DpiaId { get; private set; }

    public async Task SeedAsync()
    {
        await _seeding.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await QueryAsync(async db =>
                {
                    Build(db);
                    await db.SaveChangesAsync();
                    return 0;
                });
                _seeded = true;
            }
        }
        finally
        {
            _seeding.Release();
        }
    }

    private void Build(GovernanceDbContext db)
    {
        var supplier = new Organisation { Name = "NEC Software Solutions", Kind = OrganisationKind.Vendor };
        var vans = new FacialRecognitionSystem
        {
            Name = "LFR vans", Product = "NEC NeoFace Live", Kind = FacialRecognitionKind.Live, Status = SystemStatus.InService,
            SupplierId = supplier.Id, AlgorithmVersion = "4.0", DefaultThreshold = 0.6, ContractReference = "C-2023-17",
        };
        var covert = new FacialRecognitionSystem { Name = "Hidden cameras", Product = "Covert kit", Kind = FacialRecognitionKind.Live, DoNotConfirmOrDeny = true };
        db.AddRange(supplier, vans, covert);
        VansId = vans.Id;
        CovertSystemId = covert.Id;
        db.AccuracyEvaluations.AddRange(
            new AccuracyEvaluation { SystemId = vans.Id, Evaluator = "National Physical Laboratory", EvaluatedOn = new DateOnly(2023, 4, 5), Threshold = 0.6,
                TruePositiveIdentificationRate = 89, FalsePositiveRate = 0.017, WatchlistSize = 10000 },
            new AccuracyEvaluation { SystemId = vans.Id, Evaluator = "National Physical Laboratory", EvaluatedOn = new DateOnly(2023, 4, 5), Threshold = 0.58,
                DemographicImbalanceFound = true, DemographicFindings = "Statistically significant imbalance at 0.58 and below" });

        var first = Deployment("TR-001", vans.Id, DeploymentStatus.Completed, Formula, PolicingObjective.WantedOffenders,
            new DateTime(2025, 3, 14, 10, 0, 0, DateTimeKind.Utc), new DateTime(2025, 3, 14, 16, 0, 0, DateTimeKind.Utc),
            faces: 12120, total: 11, trueConfirmed: 8, trueUnconfirmed: 2, falseConfirmed: 1, falseUnconfirmed: 0, arrests: 4, other: 3, none: 4);
        first.WatchlistSize = 9756;
        first.ThresholdUsed = 0.6;
        var second = new Deployment
        {
            Reference = "TR-002", SystemId = vans.Id, Kind = FacialRecognitionKind.Live, Objective = PolicingObjective.MissingPersons,
            Purpose = "Find a missing person", LocationName = "Cardiff Queen Street",
            PlannedStart = new DateTime(2025, 7, 1, 8, 0, 0, DateTimeKind.Utc), PlannedEnd = new DateTime(2025, 7, 1, 10, 30, 0, DateTimeKind.Utc),
            FacesSeen = 30000, TotalAlerts = 5, TrueAlertsConfirmed = 3, TrueAlertsUnconfirmed = 0, FalseAlertsConfirmed = 1, FalseAlertsUnconfirmed = 1,
            Arrests = 2, OtherAction = 0, NoAction = 3,
        };
        second.RecordHistoric(DeploymentStatus.Live);
        var ncnd = Deployment("TR-NCND", vans.Id, DeploymentStatus.Completed, "Covert location", PolicingObjective.CounterTerrorism,
            new DateTime(2025, 5, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2025, 5, 1, 12, 0, 0, DateTimeKind.Utc),
            faces: 99999, total: 70, trueConfirmed: 50, trueUnconfirmed: 0, falseConfirmed: 20, falseUnconfirmed: 0, arrests: 50, other: 0, none: 0);
        ncnd.DoNotConfirmOrDeny = true;
        var retired = Deployment("TR-RETIRED", vans.Id, DeploymentStatus.Completed, "Entered in error", PolicingObjective.Other,
            new DateTime(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc),
            faces: 5000, total: 1, trueConfirmed: 1, trueUnconfirmed: 0, falseConfirmed: 0, falseUnconfirmed: 0, arrests: 1, other: 0, none: 0);
        retired.Retire("Entered twice", new DateTime(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc));
        var draft = new Deployment
        {
            Reference = "TR-DRAFT", SystemId = vans.Id, Kind = FacialRecognitionKind.Live, Objective = PolicingObjective.MajorEvent,
            Purpose = "Concert", LocationName = "Draft arena", PlannedStart = new DateTime(2025, 8, 1, 9, 0, 0, DateTimeKind.Utc),
        };
        var refused = new Deployment
        {
            Reference = "TR-REFUSED", SystemId = vans.Id, Kind = FacialRecognitionKind.Live, Objective = PolicingObjective.CrimeHotspot,
            Purpose = "Hotspot", LocationName = "Refused square", PlannedStart = new DateTime(2025, 9, 1, 9, 0, 0, DateTimeKind.Utc),
        };
        refused.RecordHistoric(DeploymentStatus.Refused);
        var before = Deployment("TR-2024", vans.Id, DeploymentStatus.Reviewed, "New Year's Eve, city centre", PolicingObjective.MajorEvent,
            new DateTime(2024, 12, 31, 20, 0, 0, DateTimeKind.Utc), new DateTime(2024, 12, 31, 23, 30, 0, DateTimeKind.Utc),
            faces: 20000, total: 2, trueConfirmed: 2, trueUnconfirmed: 0, falseConfirmed: 0, falseUnconfirmed: 0, arrests: 1, other: 1, none: 0);
        var onCovert = Deployment("TR-COVSYS", covert.Id, DeploymentStatus.Completed, "Covert system location", PolicingObjective.Other,
            new DateTime(2025, 4, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2025, 4, 1, 12, 0, 0, DateTimeKind.Utc),
            faces: 777, total: 0, trueConfirmed: 0, trueUnconfirmed: 0, falseConfirmed: 0, falseUnconfirmed: 0, arrests: 0, other: 0, none: 0);
        db.Deployments.AddRange(first, second, ncnd, retired, draft, refused, before, onCovert);
        FirstId = first.Id;
        SecondId = second.Id;
        NcndDeploymentId = ncnd.Id;
        db.WatchlistCategories.Add(new WatchlistCategory
        {
            DeploymentId = first.Id, Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Size = 9756, ImageSource = "Custody images (PND)", LegalBasis = "Common law",
        });

        var officer = new Person { Name = "Supt Morgan" };
        db.People.Add(officer);
        db.AuthorisationDecisions.AddRange(
            Decision(first.Id, officer, DecisionOutcome.Authorised, new DateTime(2025, 3, 10, 12, 0, 0, DateTimeKind.Utc)),
            Decision(second.Id, officer, DecisionOutcome.UrgentlyAuthorised, new DateTime(2025, 6, 30, 12, 0, 0, DateTimeKind.Utc)),
            Decision(second.Id, officer, DecisionOutcome.Ratified, new DateTime(2025, 7, 1, 12, 0, 0, DateTimeKind.Utc)),
            Decision(refused.Id, officer, DecisionOutcome.Refused, new DateTime(2025, 8, 20, 12, 0, 0, DateTimeKind.Utc)),
            Decision(ncnd.Id, officer, DecisionOutcome.Authorised, new DateTime(2025, 4, 28, 12, 0, 0, DateTimeKind.Utc), ncnd: true),
            Decision(before.Id, officer, DecisionOutcome.Authorised, new DateTime(2024, 12, 20, 12, 0, 0, DateTimeKind.Utc)));

        var dpia = new Assessment
        {
            Reference = "DPIA-TR-1", Title = "LFR vans DPIA", Kind = AssessmentKind.Dpia, DocumentVersion = "2.0", Status = AssessmentStatus.Approved,
            ApprovedOn = new DateOnly(2025, 2, 1), NecessityAndProportionality = "Needed to find wanted offenders quickly",
        };
        var hidden = new Assessment
        {
            Reference = "DPIA-SECRET", Title = "Covert DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Approved,
            ApprovedOn = new DateOnly(2025, 3, 1), DoNotConfirmOrDeny = true,
        };
        var older = new Assessment
        {
            Reference = "EIA-TR-0", Title = "Equality impact", Kind = AssessmentKind.EqualityImpact, Status = AssessmentStatus.Approved,
            ApprovedOn = new DateOnly(2024, 11, 1),
        };
        db.Assessments.AddRange(dpia, hidden, older);
        DpiaId = dpia.Id;
        var risk = new AssessmentRisk { AssessmentId = dpia.Id, Description = "Bias against some groups", Likelihood = "Possible", Severity = "Severe", Overall = "High" };
        db.AssessmentRisks.Add(risk);
        db.AssessmentMeasures.Add(new AssessmentMeasure
        {
            AssessmentId = dpia.Id, RiskId = risk.Id, Description = "Threshold at 0.6 or above", Effect = "Reduced", ResidualRisk = "Low", Approved = true,
        });
        db.AssessmentCoverage.AddRange(
            new AssessmentCoverage { AssessmentId = dpia.Id, SubjectType = AssessedRecordType.System, SubjectId = vans.Id },
            new AssessmentCoverage { AssessmentId = hidden.Id, SubjectType = AssessedRecordType.System, SubjectId = vans.Id, DoNotConfirmOrDeny = true });
        db.Policies.Add(new PolicyDocument { Title = "LFR deployment policy", Kind = PolicyKind.DeploymentPolicy, CreatedOn = new DateOnly(2024, 1, 1), ApprovedOn = new DateOnly(2024, 2, 1) });
    }

    private static Deployment Deployment(string reference, Guid systemId, DeploymentStatus status, string location, PolicingObjective objective,
        DateTime start, DateTime end, long faces, int total, int trueConfirmed, int trueUnconfirmed, int falseConfirmed, int falseUnconfirmed,
        int arrests, int other, int none)
    {
        var deployment = new Deployment
        {
            Reference = reference, SystemId = systemId, Kind = FacialRecognitionKind.Live, Objective = objective, Purpose = $"Purpose of {reference}",
            LocationName = location, ActualStart = start, ActualEnd = end, FacesSeen = faces, TotalAlerts = total,
            TrueAlertsConfirmed = trueConfirmed, TrueAlertsUnconfirmed = trueUnconfirmed, FalseAlertsConfirmed = falseConfirmed,
            FalseAlertsUnconfirmed = falseUnconfirmed, Arrests = arrests, OtherAction = other, NoAction = none,
        };
        deployment.RecordHistoric(status);
        return deployment;
    }

    private static AuthorisationDecision Decision(Guid subject, Person officer, DecisionOutcome outcome, DateTime at, bool ncnd = false) => new()
    {
        SubjectKind = DecisionSubject.Deployment, SubjectId = subject, Outcome = outcome, DeciderId = officer.Id, RankHeld = Rank.Superintendent,
        DeciderAccountObjectId = "officer", DeciderName = officer.Name, DecidedAt = at, Rationale = "Necessary and proportionate",
        UrgencyReason = outcome == DecisionOutcome.UrgentlyAuthorised ? "Missing child" : null, DoNotConfirmOrDeny = ncnd,
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _seeding.Dispose();
        }
        base.Dispose(disposing);
    }
}

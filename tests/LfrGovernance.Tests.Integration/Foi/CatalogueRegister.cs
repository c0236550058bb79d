using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Documents;
using LfrGovernance.Core.Forces;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Systems;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.Foi;

/// <summary>A register with known facts for the FOI catalogue, saved through the real context at 9:00 on 1 March 2024.
/// The request asked about runs from 1 January 2018 to 31 December 2019 for the test force. Each record the request must
/// leave out is there too: before or after the period, of another force, retired, or flagged "do not confirm or deny".
/// Every flagged record, and every record that cannot be told without one, has "Secret" in its name, so a test can check
/// that no answer mentions it.</summary>
public static class CatalogueRegister
{
    public static readonly DateOnly From = new(2018, 1, 1);
    public static readonly DateOnly To = new(2019, 12, 31);

    public static DateTime At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    /// <summary>Saves the register; returns the ids tests name.</summary>
    public static Ids Build(GovernanceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var otherForce = new Force { Name = "Other Constabulary", Code = "OTH" };
        var centre = new Organisation { Name = "Example Centre Ltd", Kind = OrganisationKind.Landowner };
        var museum = new Organisation { Name = "Museum of Example", Kind = OrganisationKind.Museum };
        var supplier = new Organisation { Name = "NEC", Kind = OrganisationKind.Vendor };
        var secretPartner = new Organisation { Name = "Secret Partner Ltd", Kind = OrganisationKind.Retailer, DoNotConfirmOrDeny = true };
        db.AddRange(otherForce, centre, museum, supplier, secretPartner);

        var live = new FacialRecognitionSystem
        {
            Name = "LFR vans", Kind = FacialRecognitionKind.Live, Product = "NeoFace Live", AlgorithmVersion = "4.1", SupplierId = supplier.Id,
            Status = SystemStatus.InService, ContractReference = "C-12", ContractStart = new(2017, 4, 1), ContractEnd = new(2021, 3, 31),
            CapitalCostPence = 25_000_000, AnnualCostPence = 4_000_050,
        };
        var retrospective = new FacialRecognitionSystem { Name = "Image search", Kind = FacialRecognitionKind.Retrospective, Product = "Search 2", Status = SystemStatus.InService };
        var secretKit = new FacialRecognitionSystem { Name = "Secret kit", Kind = FacialRecognitionKind.Live, Product = "Hidden", Status = SystemStatus.InService, DoNotConfirmOrDeny = true };
        var proposed = new FacialRecognitionSystem { Name = "Phone app", Kind = FacialRecognitionKind.OperatorInitiated, Product = "Mobile ID", Status = SystemStatus.Proposed };
        var otherSystem = new FacialRecognitionSystem { ForceId = otherForce.Id, Name = "Other vans", Kind = FacialRecognitionKind.Live, Product = "NeoFace Live", Status = SystemStatus.InService };
        db.AddRange(live, retrospective, secretKit, proposed, otherSystem);

        var cardiff = Deployment("LFR-001", live, DeploymentStatus.Completed, At(2018, 5, 3), At(2018, 5, 3, 16), "Cardiff city centre");
        cardiff.WatchlistSize = 9_756;
        cardiff.WatchlistCriteria = "Wanted on warrant for serious offences; missing people at high risk";
        (cardiff.FacesSeen, cardiff.TotalAlerts, cardiff.TrueAlertsConfirmed, cardiff.TrueAlertsUnconfirmed) = (12_120, 11, 8, 2);
        (cardiff.FalseAlertsConfirmed, cardiff.FalseAlertsUnconfirmed, cardiff.Engagements, cardiff.Arrests, cardiff.OtherAction, cardiff.NoAction) = (1, 0, 7, 4, 1, 6);
        var search = Deployment("RFR-001", retrospective, DeploymentStatus.Reviewed, At(2019, 6, 10), At(2019, 6, 12), "Force headquarters");
        search.WatchlistSize = 40;
        (search.FacesSeen, search.TotalAlerts, search.TrueAlertsConfirmed, search.FalseAlertsConfirmed) = (300, 2, 2, 0);
        var deployments = new[]
        {
            cardiff, search,
            Deployment("LFR-OLD", live, DeploymentStatus.Completed, At(2017, 5, 1), At(2017, 5, 1, 15), "Old town"),
            Deployment("LFR-LATE", live, DeploymentStatus.Completed, At(2020, 1, 2), At(2020, 1, 2, 15), "New town"),
            Retired(Deployment("LFR-GONE", live, DeploymentStatus.Completed, At(2018, 7, 1), At(2018, 7, 1, 15), "Entered twice")),
            Flagged(Deployment("LFR-SECRET-1", live, DeploymentStatus.Completed, At(2018, 8, 1), At(2018, 8, 1, 15), "Secret place")),
            Deployment("LFR-SECRET-KIT", secretKit, DeploymentStatus.Completed, At(2018, 9, 1), At(2018, 9, 1, 15), "Secret kit place"),
            Deployment("LFR-REFUSED", live, DeploymentStatus.Refused, At(2018, 10, 1), At(2018, 10, 1, 15), "Refused place"),
            Deployment("OTH-001", otherSystem, DeploymentStatus.Completed, At(2018, 5, 5), At(2018, 5, 5, 15), "Other city", otherForce.Id),
            Deployment("LFR-LIVE", live, DeploymentStatus.Live, At(2024, 2, 29), null, "Stadium"),
            Deployment("LFR-PLAN", live, DeploymentStatus.Draft, At(2024, 6, 1), At(2024, 6, 1, 16), "Seafront"),
        };
        db.AddRange(deployments);
        db.AddRange(
            new WatchlistCategory { DeploymentId = cardiff.Id, Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Size = 9_700, ImageSource = "Custody images (PND)", LegalBasis = "DPA 2018 s.35" },
            new WatchlistCategory { DeploymentId = cardiff.Id, Category = WatchlistCategoryKind.MissingOrVulnerable, Size = 56, ImageSource = "Supplied by families", LegalBasis = "DPA 2018 s.35" },
            new WatchlistCategory { DeploymentId = deployments[5].Id, Category = WatchlistCategoryKind.Suspects, Size = 3, ImageSource = "Secret source", LegalBasis = "Secret basis" });
        db.AddRange(
            Alert(cardiff, WatchlistCategoryKind.WantedByPoliceOrCourts, AlertAdjudication.TrueAlert, true, AlertAction.Arrest),
            Alert(cardiff, WatchlistCategoryKind.WantedByPoliceOrCourts, AlertAdjudication.TrueAlert, true, AlertAction.Arrest),
            Alert(cardiff, WatchlistCategoryKind.WantedByPoliceOrCourts, AlertAdjudication.FalseAlert, true, AlertAction.NoAction),
            Alert(cardiff, WatchlistCategoryKind.MissingOrVulnerable, AlertAdjudication.TrueAlert, false, AlertAction.Engagement),
            Alert(deployments[5], WatchlistCategoryKind.Suspects, AlertAdjudication.TrueAlert, true, AlertAction.Arrest),
            Alert(deployments[6], WatchlistCategoryKind.Suspects, AlertAdjudication.TrueAlert, true, AlertAction.Arrest));

        var trial = new Collaboration
        {
            Reference = "COL-001", Title = "Trial at the Example Centre", OrganisationId = centre.Id, Manner = CollaborationManner.ImageSharing | CollaborationManner.JointOperation,
            Status = CollaborationStatus.Ceased, StartedOn = new(2018, 3, 1), EndedOn = new(2018, 6, 30), Locations = "Example Centre, Sheffield",
            CostPence = 1_250_000, PaidBy = "the partner", DataSharingAgreement = true, DataSharingAgreementReference = "DSA-12",
            ControllerRoles = "The force is controller of the watchlist", MatchAlertProtocol = "Centre staff call the force, and an officer attends to verify",
            Alerts = 5, AlertsActedOn = 2, TruePositives = 4, FalsePositives = 1,
        };
        var advice = new Collaboration
        {
            Reference = "COL-002", Title = "Advice to the museum", OrganisationId = museum.Id, Manner = CollaborationManner.Advice,
            Status = CollaborationStatus.Active, StartedOn = new(2019, 1, 10),
        };
        var collaborations = new[]
        {
            trial, advice,
            Flagged(new Collaboration { Reference = "COL-SECRET", Title = "Secret work", OrganisationId = centre.Id, Manner = CollaborationManner.JointOperation, Status = CollaborationStatus.Ceased, StartedOn = new(2018, 4, 1), EndedOn = new(2018, 5, 1) }),
            new Collaboration { Reference = "COL-SECRET-PARTNER", Title = "Secret partner work", OrganisationId = secretPartner.Id, Manner = CollaborationManner.Advice, Status = CollaborationStatus.Active, StartedOn = new(2018, 4, 1) },
            new Collaboration { Reference = "COL-PLAN", Title = "Proposed trial", OrganisationId = museum.Id, Manner = CollaborationManner.JointOperation, Status = CollaborationStatus.Proposed },
            new Collaboration { Reference = "COL-OLD", Title = "Earlier work", OrganisationId = museum.Id, Manner = CollaborationManner.Advice, Status = CollaborationStatus.Ceased, StartedOn = new(2016, 1, 1), EndedOn = new(2016, 12, 31) },
        };
        db.AddRange(collaborations);
        db.AddRange(
            new ImageSharing { CollaborationId = trial.Id, SharedOn = new(2018, 3, 5), Direction = ImageSharingDirection.ForceToPartner, ImageCount = 5, SourceDataset = "custody images (PND)", Purposes = "locating wanted offenders", LegalBasis = "DPA 2018 s.35", SecurityProtocol = "Encrypted transfer, deleted after the trial" },
            new ImageSharing { CollaborationId = collaborations[2].Id, SharedOn = new(2018, 4, 2), Direction = ImageSharingDirection.ForceToPartner, ImageCount = 9, SourceDataset = "Secret dataset", Purposes = "Secret", LegalBasis = "Secret" });

        var superintendent = new Person { Name = "Sam Price" };
        db.Add(superintendent);
        db.AddRange(
            Decision(trial, superintendent, At(2018, 2, 20), "Minutes of the LFR board, 20 February 2018"),
            Decision(collaborations[2], superintendent, At(2018, 3, 20), null));

        var lfrDpia = new Assessment
        {
            Reference = "DPIA-LFR", Title = "Live facial recognition DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Approved, ApprovedOn = new(2017, 12, 1),
            DpoAdviceGivenOn = new(2017, 11, 20), DpoAdviceOutcome = DpoAdviceOutcome.Accepted, IcoConsultationNeeded = true, IcoConsultationSentOn = new(2017, 11, 25),
            IcoAdvice = "Proceed with the safeguards described",
        };
        var collaborationDpia = new Assessment { Reference = "DPIA-COL", Title = "Example Centre trial DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Approved, ApprovedOn = new(2018, 2, 15) };
        var rfrDpia = new Assessment { Reference = "DPIA-RFR", Title = "Image search DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Approved, ApprovedOn = new(2019, 5, 1) };
        var assessments = new[]
        {
            lfrDpia, collaborationDpia, rfrDpia,
            new Assessment { Reference = "EIA-001", Title = "Equality impact of LFR", Kind = AssessmentKind.EqualityImpact, Status = AssessmentStatus.Approved, ApprovedOn = new(2018, 4, 1) },
            new Assessment { Reference = "P-DPIA", Title = "Centre's DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Approved, AuthoredByPartner = true, PartnerOrganisationId = centre.Id, ScrutinisedOn = new(2018, 2, 10), ScrutinyOutcome = "Adequate once the retention period was shortened" },
            Flagged(new Assessment { Reference = "DPIA-SECRET", Title = "Secret DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Approved, ApprovedOn = new(2018, 3, 1) }),
            new Assessment { Reference = "DPIA-2021", Title = "Later DPIA", Kind = AssessmentKind.Dpia, Status = AssessmentStatus.Approved, ApprovedOn = new(2021, 1, 1) },
        };
        db.AddRange(assessments);
        db.AddRange(
            new AssessmentCoverage { AssessmentId = lfrDpia.Id, SubjectType = AssessedRecordType.System, SubjectId = live.Id },
            new AssessmentCoverage { AssessmentId = collaborationDpia.Id, SubjectType = AssessedRecordType.Collaboration, SubjectId = trial.Id },
            new AssessmentCoverage { AssessmentId = rfrDpia.Id, SubjectType = AssessedRecordType.Deployment, SubjectId = search.Id });

        var collaborationPolicy = new PolicyDocument { Title = "Working with partners", Kind = PolicyKind.CollaborationPolicy, DocumentVersion = "1.0", CreatedOn = new(2017, 10, 1), ApprovedOn = new(2017, 11, 1) };
        var retentionPolicy = new PolicyDocument { Title = "Retention of images", Kind = PolicyKind.RetentionPolicy, DocumentVersion = "2.0", CreatedOn = new(2018, 1, 15) };
        db.AddRange(collaborationPolicy, retentionPolicy,
            new PolicyDocument { Title = "LFR operating procedure", Kind = PolicyKind.StandardOperatingProcedure, CreatedOn = new(2018, 2, 1), ApprovedOn = new(2018, 2, 10) },
            Flagged(new PolicyDocument { Title = "Secret procedure", Kind = PolicyKind.RetentionPolicy, CreatedOn = new(2018, 2, 1) }),
            new PolicyDocument { Title = "Later guidance", Kind = PolicyKind.Guidance, CreatedOn = new(2020, 2, 1) },
            new RecordDocument { SubjectType = nameof(PolicyDocument), SubjectId = collaborationPolicy.Id, Title = "Working with partners (PDF)", FileName = "partners.pdf", ContentType = "application/pdf", SizeBytes = 1000, Sha256 = new string('a', 64) });
        db.AddRange(
            new RetentionRule { Category = RetainedDataCategory.AlertImages, Period = 31, PeriodUnit = RetentionPeriodUnit.Days, DeletionMethod = "Manual deletion", AppliesFrom = new(2016, 1, 1) },
            new RetentionRule { Category = RetainedDataCategory.AlertImages, Period = 24, PeriodUnit = RetentionPeriodUnit.Hours, DeletionMethod = "Automatic deletion", AppliesFrom = new(2018, 1, 15), PolicyDocumentId = retentionPolicy.Id },
            new RetentionRule { Category = RetainedDataCategory.NonMatchedBiometric, Period = 1, PeriodUnit = RetentionPeriodUnit.Days, DeletionMethod = "Overwritten", AppliesFrom = new(2015, 1, 1) },
            new RetentionRule { Category = RetainedDataCategory.NonMatchedBiometric, Period = 0, PeriodUnit = RetentionPeriodUnit.Immediately, DeletionMethod = "Automatic deletion", AppliesFrom = new(2017, 1, 1) },
            Flagged(new RetentionRule { Category = RetainedDataCategory.Other, OtherCategory = "Secret images", Period = 5, PeriodUnit = RetentionPeriodUnit.Years, DeletionMethod = "Secret" }),
            new RetainedImageCount { Category = RetainedDataCategory.AlertImages, CountedOn = new(2018, 6, 30), Count = 12 },
            new RetainedImageCount { Category = RetainedDataCategory.AlertImages, CountedOn = new(2019, 12, 31), Count = 15, BeyondPolicy = 2, ReasonBeyondPolicy = "Evidence in a prosecution" },
            new RetainedImageCount { Category = RetainedDataCategory.AlertImages, CountedOn = new(2020, 6, 30), Count = 99 });
        db.SaveChanges();
        return new Ids(cardiff.Id, search.Id, trial.Id, live.Id, otherForce.Id);
    }

    public sealed record Ids(Guid Cardiff, Guid Search, Guid Trial, Guid LiveSystem, Guid OtherForce);

    private static Deployment Deployment(string reference, FacialRecognitionSystem system, DeploymentStatus status, DateTime start, DateTime? end, string location,
        Guid? force = null)
    {
        var deployment = new Deployment
        {
            Reference = reference, SystemId = system.Id, Kind = system.Kind, Objective = PolicingObjective.WantedOffenders, Purpose = "Locate wanted offenders",
            LocationName = location, PlannedStart = start, PlannedEnd = end,
            ActualStart = status is DeploymentStatus.Completed or DeploymentStatus.Reviewed or DeploymentStatus.Live ? start : null,
            ActualEnd = status is DeploymentStatus.Completed or DeploymentStatus.Reviewed ? end : null,
        };
        if (force is { } id)
        {
            deployment.ForceId = id;
        }
        deployment.RecordHistoric(status);
        return deployment;
    }

    private static DeploymentAlert Alert(Deployment deployment, WatchlistCategoryKind category, AlertAdjudication adjudication, bool confirmed, AlertAction action) =>
        new() { DeploymentId = deployment.Id, OccurredAt = deployment.StartsAt!.Value.AddHours(1), Category = category, Adjudication = adjudication, Confirmed = confirmed, Action = action };

    private static AuthorisationDecision Decision(Collaboration subject, Person decider, DateTime at, string? recordedFrom) => new()
    {
        SubjectKind = DecisionSubject.Collaboration, SubjectId = subject.Id, Outcome = DecisionOutcome.Authorised, DeciderId = decider.Id, RankHeld = Rank.Superintendent,
        DeciderAccountObjectId = "oid-sam", DeciderName = decider.Name, DecidedAt = at, Rationale = "Necessary and proportionate",
        ProcessFollowed = "Collaboration board review", RecordedFrom = recordedFrom,
    };

    private static T Flagged<T>(T record) where T : Core.Records.RegisterRecord
    {
        record.DoNotConfirmOrDeny = true;
        return record;
    }

    private static Deployment Retired(Deployment deployment)
    {
        deployment.Retire("Entered twice by mistake", At(2024, 3, 1, 8));
        return deployment;
    }
}

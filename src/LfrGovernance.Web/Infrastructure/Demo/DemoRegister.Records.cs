using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Register;

namespace LfrGovernance.Web.Infrastructure.Demo;

/// <summary>The demonstration register's facial recognition records: systems with an accuracy evaluation, about 30
/// deployments over three years with plausible figures (in the range large forces publish), an advice-only
/// collaboration with a venue and an image-sharing trial with a retailer, assessments in several states, policies,
/// retention rules and retained-image counts. Fictional throughout; the figures come from a fixed seed, so every
/// demonstration shows the same register.</summary>
public static partial class DemoRegister
{
    private static readonly string[] Locations =
    [
        "Exampleton city centre, High Street", "Northgate Shopping Centre approach", "Exampleton railway station forecourt",
        "Riverside night-time economy area", "Example Arena, event day", "Old Town market square", "Westfield Road retail park",
    ];

    private static int AddRecords(GovernanceDbContext db, IReadOnlyList<Person> people, IReadOnlyList<Organisation> organisations)
    {
        var today = UkTime.Today(db.Clock);
        var supplier = organisations.Single(o => o.Kind == OrganisationKind.Vendor);
        var venue = organisations.Single(o => o.Kind == OrganisationKind.Venue);
        var landowner = organisations.Single(o => o.Kind == OrganisationKind.Landowner);
        var superintendent = people.Single(p => p.Name == "Chris Okafor");
        var inspector = people.Single(p => p.Name == "Priya Nair");
        var dpo = people.Single(p => p.Name == "Dana Price");
        var ig = people.Single(p => p.Name == "Bea Hughes");

        var live = new FacialRecognitionSystem
        {
            Name = "Live facial recognition vans", Kind = FacialRecognitionKind.Live, Product = "FaceMatch Live", SupplierId = supplier.Id,
            AlgorithmVersion = "4.2", DefaultThreshold = 0.6, Status = SystemStatus.InService, ContractReference = "PRC-2023-117",
            ContractStart = new DateOnly(2023, 9, 1), ContractEnd = new DateOnly(2027, 8, 31), CapitalCostPence = 48_500_000,
            AnnualCostPence = 9_800_000, Notes = "Two marked vans with roof cameras. Fictional demonstration record.",
        };
        var retrospective = new FacialRecognitionSystem
        {
            Name = "Retrospective facial recognition search", Kind = FacialRecognitionKind.Retrospective, Product = "FaceMatch Search",
            SupplierId = supplier.Id, AlgorithmVersion = "4.2", DefaultThreshold = 0.62, Status = SystemStatus.InService,
            ContractReference = "PRC-2023-118", ContractStart = new DateOnly(2023, 9, 1), AnnualCostPence = 4_200_000,
            Notes = "Searches of custody images after the event. Fictional demonstration record.",
        };
        var mobile = new FacialRecognitionSystem
        {
            Name = "Operator-initiated facial recognition app", Kind = FacialRecognitionKind.OperatorInitiated, Product = "FaceMatch Mobile",
            SupplierId = supplier.Id, Status = SystemStatus.Proposed, Notes = "Under consideration; no use yet. Fictional demonstration record.",
        };
        db.Systems.AddRange(live, retrospective, mobile);
        db.AccuracyEvaluations.AddRange(
            new AccuracyEvaluation
            {
                SystemId = live.Id, Evaluator = "National test laboratory (fictional)", EvaluatedOn = new DateOnly(2023, 4, 5), AlgorithmVersion = "4.2",
                Threshold = 0.6, TruePositiveIdentificationRate = 89, FalsePositiveRate = 0.017, WatchlistSize = 10_000,
                DemographicFindings = "No statistically significant difference by sex or ethnicity at this threshold.",
            },
            new AccuracyEvaluation
            {
                SystemId = live.Id, Evaluator = "National test laboratory (fictional)", EvaluatedOn = new DateOnly(2023, 4, 5), AlgorithmVersion = "4.2",
                Threshold = 0.58, TruePositiveIdentificationRate = 91, FalsePositiveRate = 0.03, WatchlistSize = 10_000, DemographicImbalanceFound = true,
                DemographicFindings = "At 0.58 and below, false positives fell disproportionately on Black subjects (statistically significant).",
            });

        var policies = AddPolicies(db, ig, superintendent);
        var dpia = AddAssessments(db, live, dpo, superintendent, ig, today);
        var deployments = AddDeployments(db, live, superintendent, inspector, ig, today);
        var collaborations = AddCollaborations(db, venue, landowner, organisations.Single(o => o.Kind == OrganisationKind.Academic), ig);

        db.ChangeReason = Reason;
        db.SaveChanges();
        AddDecisions(db, deployments, collaborations, people, dpia, today);
        AddFoiCasework(db, people, today);
        // What the DPIA covers: the system and every live deployment.
        db.AssessmentCoverage.Add(new AssessmentCoverage { AssessmentId = dpia.Id, SubjectType = AssessedRecordType.System, SubjectId = live.Id });
        db.AssessmentCoverage.AddRange(deployments.Select(d => new AssessmentCoverage { AssessmentId = dpia.Id, SubjectType = AssessedRecordType.Deployment, SubjectId = d.Id }));
        db.SaveChanges();
        return 3 + deployments.Count + policies;
    }

    private static List<Deployment> AddDeployments(GovernanceDbContext db, FacialRecognitionSystem live, Person authoriser, Person inspector, Person ig, DateOnly today)
    {
        var random = new Random(2024);
        var deployments = new List<Deployment>();
        for (var n = 1; n <= 30; n++)
        {
            // About one a month over the last three years, the latest still to come.
            var day = n == 30 ? today.AddDays(12) : today.AddDays(-1095 + (n * 37) + random.Next(-4, 5));
            var location = Locations[random.Next(Locations.Length)];
            var objective = location.Contains("Arena", StringComparison.Ordinal) ? PolicingObjective.MajorEvent
                : random.Next(4) == 0 ? PolicingObjective.MissingPersons : PolicingObjective.WantedOffenders;
            var start = UkTime.FromLocal(day.ToDateTime(new TimeOnly(random.Next(10, 15), 0)))!.Value;
            var hours = random.Next(4, 9);
            var past = day < today;
            var deployment = new Deployment
            {
                Reference = $"LFR-{day.Year}-{n:D3}",
                SystemId = live.Id,
                Kind = FacialRecognitionKind.Live,
                Objective = objective,
                Purpose = objective switch
                {
                    PolicingObjective.MajorEvent => "Locate people wanted for violent offences and people subject to banning orders attending a major event.",
                    PolicingObjective.MissingPersons => "Locate high-risk missing people believed to be in the area, and people wanted on warrant.",
                    _ => "Locate people wanted on warrant or for serious offences in a crime hotspot.",
                },
                IntelligenceCase = "Fictional: recent increase in robbery and violence in the area; several wanted people believed to frequent it.",
                LocationName = location,
                PlannedStart = start,
                PlannedEnd = start.AddHours(hours),
                WatchlistCriteria = "People wanted by police or the courts for offences carrying 12 months' imprisonment or more; high-risk missing people; people subject to court orders relevant to the location.",
                ThresholdUsed = 0.6,
                CameraCount = random.Next(1, 3),
                PublicNoticeGiven = true,
                PublicNoticeMethods = PublicNoticeMethods.Signage | PublicNoticeMethods.Website | (random.Next(2) == 0 ? PublicNoticeMethods.SocialMedia : PublicNoticeMethods.None),
                PublicNoticeAt = start.AddDays(-2),
                WatchlistBuiltAt = start.AddHours(-20),
                WatchlistReviewedById = inspector.Id,
                WatchlistReviewedAt = start.AddHours(-3),
                Notes = "Fictional demonstration record.",
            };
            var categories = new List<WatchlistCategory>
            {
                new() { DeploymentId = deployment.Id, Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Size = random.Next(5_000, 9_000), ImageSource = "Custody images (force custody system)", LegalBasis = "DPA 2018 Part 3, s.35; common law policing purpose" },
                new() { DeploymentId = deployment.Id, Category = WatchlistCategoryKind.Suspects, Size = random.Next(200, 900), ImageSource = "Custody images (force custody system)", LegalBasis = "DPA 2018 Part 3, s.35" },
                new() { DeploymentId = deployment.Id, Category = WatchlistCategoryKind.MissingOrVulnerable, Size = random.Next(5, 40), ImageSource = "Images supplied by families and carers", LegalBasis = "DPA 2018 Part 3, s.35 (protecting life)" },
            };
            deployment.WatchlistSize = categories.Sum(c => c.Size);
            if (past)
            {
                // Entered as they stand, not walked through the lifecycle: the demonstration register holds no
                // decisions on past deployments.
                deployment.RecordHistoric(DeploymentStatus.Completed);
            }
            else
            {
                // A coming deployment is an application awaiting a decision, made by the governance editor, so that
                // an authorising officer has something to decide; none is shown as authorised without a decision.
                deployment.LegitimateAim = "Preventing and detecting crime, and protecting people at risk, in a fictional hotspot.";
                deployment.Necessity = "Fictional: patrols and appeals have not found the wanted people believed to frequent the area.";
                deployment.Proportionality = "Fictional: one location, a few hours, a watchlist limited to the criteria, signage and notice online.";
                deployment.ApplicantId = ig.Id;
                deployment.ApplicantAccountObjectId = ig.AccountObjectId;
                if (deployment.Move(DeploymentTransition.Submit, db.Clock.GetUtcNow().UtcDateTime) is { Count: > 0 } refused)
                {
                    throw new InvalidOperationException($"A demonstration application could not be submitted: {refused[0].Message}");
                }
            }
            if (past)
            {
                deployment.ActualStart = start.AddMinutes(random.Next(0, 20));
                deployment.ActualEnd = deployment.ActualStart.Value.AddHours(hours).AddMinutes(-random.Next(0, 30));
                deployment.WatchlistDestroyedById = inspector.Id;
                deployment.WatchlistDestroyedAt = deployment.ActualEnd.Value.AddHours(2);
                var faces = random.Next(3_000, 26_000);
                var trueAlerts = random.Next(0, 14);
                var falseAlerts = n % 6 == 2 ? 1 : 0;
                var trueConfirmed = random.Next(0, trueAlerts + 1);
                deployment.FacesSeen = faces;
                deployment.TotalAlerts = trueAlerts + falseAlerts;
                deployment.TrueAlertsConfirmed = trueConfirmed;
                deployment.TrueAlertsUnconfirmed = trueAlerts - trueConfirmed;
                deployment.FalseAlertsConfirmed = falseAlerts;
                deployment.FalseAlertsUnconfirmed = 0;
                deployment.Engagements = trueAlerts + falseAlerts - random.Next(0, Math.Min(2, trueAlerts) + 1);
                deployment.Arrests = random.Next(0, trueConfirmed + 1);
                deployment.OtherAction = random.Next(0, trueAlerts - deployment.Arrests.Value + 1);
                deployment.NoAction = deployment.TotalAlerts - deployment.Arrests - deployment.OtherAction;
                // Recent deployments still await their review, so the dashboard has something to point at.
                if (day < today.AddDays(-60))
                {
                    deployment.RecordHistoric(DeploymentStatus.Reviewed);
                    deployment.ReviewedOn = DateOnly.FromDateTime(deployment.ActualEnd.Value).AddDays(random.Next(3, 14));
                    deployment.ReviewerId = ig.Id;
                    deployment.ReviewFindings = deployment.FalseAlerts > 0
                        ? "One false alert, resolved at engagement without detention. Signage and briefing were adequate."
                        : "Deployment ran as authorised. Signage and briefing were adequate.";
                    deployment.ReviewActions = "None.";
                }
            }
            if (DeploymentRules.Check(deployment, categories) is { Count: > 0 } breaches)
            {
                throw new InvalidOperationException($"Demonstration deployment {deployment.Reference} breaks a rule: {breaches[0].Message}");
            }
            db.Deployments.Add(deployment);
            db.WatchlistCategories.AddRange(categories);
            deployments.Add(deployment);
        }

        // Tomorrow's match: an application put forward this morning and authorised urgently by the Inspector (the
        // decision is added with the others), so that the Superintendent has an urgent authorisation to ratify or cancel.
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var matchStart = UkTime.FromLocal(today.AddDays(1).ToDateTime(new TimeOnly(12, 0)))!.Value;
        var urgent = new Deployment
        {
            Reference = $"LFR-{today.Year}-031", SystemId = live.Id, Kind = FacialRecognitionKind.Live, Objective = PolicingObjective.MajorEvent,
            Purpose = "Locate a man wanted for a stabbing, expected at tomorrow's match (fictional).",
            IntelligenceCase = "Fictional: intelligence received this morning that a man wanted for a stabbing will attend the match.",
            LocationName = "Example Arena, event day", PlannedStart = matchStart, PlannedEnd = matchStart.AddHours(5),
            WatchlistCriteria = "People wanted by police or the courts for offences of serious violence.", ThresholdUsed = 0.6, CameraCount = 2,
            PublicNoticeGiven = true, PublicNoticeMethods = PublicNoticeMethods.Signage | PublicNoticeMethods.SocialMedia, WatchlistSize = 640,
            LegitimateAim = "Preventing and detecting crime: arresting a man wanted for serious violence (fictional).",
            Necessity = "Fictional: he has evaded arrest for three weeks; officers alone cannot pick him out of a crowd of 30,000.",
            Proportionality = "Fictional: one event, five hours, a watchlist limited to serious violence, signage at every entrance.",
            ApplicantId = ig.Id, ApplicantAccountObjectId = ig.AccountObjectId, Notes = "Fictional demonstration record.",
        };
        var urgentCategory = new WatchlistCategory
        {
            DeploymentId = urgent.Id, Category = WatchlistCategoryKind.WantedByPoliceOrCourts, Size = 640, ImageSource = "Custody images (force custody system)",
            LegalBasis = "DPA 2018 Part 3, s.35; common law policing purpose", Justification = "Wanted for serious violence and expected at the event.",
        };
        if (urgent.Move(DeploymentTransition.Submit, now.AddHours(-4)).Concat(urgent.Move(DeploymentTransition.Authorise, now.AddHours(-3))).FirstOrDefault() is { } blocked)
        {
            throw new InvalidOperationException($"The demonstration urgent deployment could not be authorised: {blocked.Message}");
        }
        db.Deployments.Add(urgent);
        db.WatchlistCategories.Add(urgentCategory);
        deployments.Add(urgent);

        // A covert retrospective use the force neither confirms nor denies: only cleared users see it.
        var covert = new Deployment
        {
            Reference = "RFR-2025-C01", SystemId = live.Id, Kind = FacialRecognitionKind.Retrospective, Objective = PolicingObjective.CounterTerrorism,
            Purpose = "Fictional covert use, recorded to show the do-not-confirm-or-deny flag.", LocationName = "Not disclosed",
            DoNotConfirmOrDeny = true, Marking = RecordMarking.OfficialSensitivePurposeRequired,
            PlannedStart = new DateTime(2025, 5, 12, 8, 0, 0, DateTimeKind.Utc), PlannedEnd = new DateTime(2025, 5, 12, 18, 0, 0, DateTimeKind.Utc),
            PublicNoticeGiven = false, PublicNoticeNotGivenReason = "Covert use (fictional).",
        };
        covert.RecordHistoric(DeploymentStatus.Completed);
        db.Deployments.Add(covert);
        return deployments;
    }

    private static Assessment AddAssessments(GovernanceDbContext db, FacialRecognitionSystem live, Person dpo, Person authoriser, Person ig, DateOnly today)
    {
        var first = new Assessment
        {
            Reference = "DPIA-LFR", Title = "Live facial recognition: data protection impact assessment", Kind = AssessmentKind.Dpia,
            DocumentVersion = "1.0", Status = AssessmentStatus.Superseded, ApprovedOn = new DateOnly(2023, 10, 20),
            ProcessingDescription = "Faces passing the cameras are compared with a watchlist; non-matches are deleted at once.",
            DpoAdviceGivenOn = new DateOnly(2023, 10, 9), DpoId = dpo.Id, DpoAdviceSummary = "Proceed with the measures listed; review after six months.",
            DpoAdviceOutcome = DpoAdviceOutcome.Accepted, DpoAdviceDecidedById = authoriser.Id, NextReviewOn = new DateOnly(2024, 10, 20),
        };
        var current = new Assessment
        {
            Reference = "DPIA-LFR", Title = "Live facial recognition: data protection impact assessment", Kind = AssessmentKind.Dpia,
            DocumentVersion = "2.0", Status = AssessmentStatus.Approved, SupersedesId = first.Id, ApprovedOn = new DateOnly(2024, 9, 30),
            ProcessingDescription = "Faces passing the cameras are compared with a watchlist built for each deployment; non-matches are deleted at once; alert images within 24 hours unless needed as evidence.",
            NecessityAndProportionality = "Targeted deployments, authorised by a Superintendent, with a watchlist limited to the approved categories.",
            Consultation = "Ethics panel (fictional), community reference group, ICO informal contact.",
            DpoAdviceGivenOn = new DateOnly(2024, 9, 12), DpoId = dpo.Id,
            DpoAdviceSummary = "Advised raising the minimum threshold to 0.6 and publishing each deployment in advance.",
            DpoAdviceOutcome = DpoAdviceOutcome.Accepted, DpoAdviceDecidedById = authoriser.Id, IcoConsultationNeeded = false,
            MeasuresApprovedById = authoriser.Id, ResidualRisksApprovedById = authoriser.Id, ConsultationReviewedById = ig.Id,
            KeptUnderReviewById = dpo.Id, NextReviewOn = today.AddMonths(4),
        };
        var mobileDpia = new Assessment
        {
            Reference = "DPIA-OIFR", Title = "Operator-initiated facial recognition: data protection impact assessment", Kind = AssessmentKind.Dpia,
            DocumentVersion = "0.3", Status = AssessmentStatus.InReview, ProcessingDescription = "Draft under review with the DPO.",
        };
        var equality = new Assessment
        {
            Reference = "EIA-LFR", Title = "Live facial recognition: equality impact assessment", Kind = AssessmentKind.EqualityImpact,
            DocumentVersion = "1.1", Status = AssessmentStatus.Approved, ApprovedOn = new DateOnly(2024, 2, 14),
            // Past its review date: the dashboard points at it.
            NextReviewOn = today.AddDays(-20),
        };
        var community = new Assessment
        {
            Reference = "CIA-LFR", Title = "Live facial recognition: community impact assessment", Kind = AssessmentKind.CommunityImpact,
            DocumentVersion = "1.0", Status = AssessmentStatus.Draft,
        };
        db.Assessments.AddRange(first, current, mobileDpia, equality, community);
        var risk = new AssessmentRisk
        {
            AssessmentId = current.Id, Description = "People wrongly stopped after a false alert.", Likelihood = "Possible", Severity = "Significant", Overall = "Medium",
        };
        var bias = new AssessmentRisk
        {
            AssessmentId = current.Id, Description = "Alerts fall disproportionately on some ethnic groups.", Likelihood = "Remote", Severity = "Severe", Overall = "Medium",
        };
        db.AssessmentRisks.AddRange(risk, bias);
        db.AssessmentMeasures.AddRange(
            new AssessmentMeasure { AssessmentId = current.Id, RiskId = risk.Id, Description = "Every alert adjudicated by a trained officer before any engagement.", Effect = "Reduced", ResidualRisk = "Low", Approved = true },
            new AssessmentMeasure { AssessmentId = current.Id, RiskId = bias.Id, Description = "Threshold never below 0.6, the lowest tested without demographic imbalance.", Effect = "Reduced", ResidualRisk = "Low", Approved = true });
        db.AssessmentCoverage.Add(new AssessmentCoverage { AssessmentId = equality.Id, SubjectType = AssessedRecordType.System, SubjectId = live.Id });
        return current;
    }

    private static IReadOnlyList<Collaboration> AddCollaborations(GovernanceDbContext db, Organisation venue, Organisation landowner, Organisation academic,
        Person ig)
    {
        var advice = new Collaboration
        {
            Reference = "COL-2024-01", Title = "Advice to Example Arena on its own camera plans", OrganisationId = venue.Id,
            Manner = CollaborationManner.Advice, Status = CollaborationStatus.Ceased, StartedOn = new DateOnly(2024, 3, 1), EndedOn = new DateOnly(2024, 4, 15),
            Locations = "Example Arena", CostPence = 0, PaidBy = "No cost", DataSharingAgreement = false,
            Description = "The venue asked for advice on facial recognition; the force gave general advice only. No images were shared and no system was installed with the force's involvement.",
        };
        db.Collaborations.Add(advice);
        var trial = new Collaboration
        {
            Reference = "COL-2025-02", Title = "Northgate Shopping Centre image-sharing trial", OrganisationId = landowner.Id,
            Manner = CollaborationManner.ImageSharing | CollaborationManner.JointOperation, Status = CollaborationStatus.Ceased,
            StartedOn = new DateOnly(2025, 2, 3), EndedOn = new DateOnly(2025, 4, 30), Locations = "Northgate Shopping Centre, main entrances",
            CostPence = 1_250_000, PaidBy = "The partner", DataSharingAgreement = true, DataSharingAgreementReference = "DSA-2025-014",
            ControllerRoles = "The partner is controller of its camera system; the force is controller of the images it supplied.",
            MatchAlertProtocol = "The centre's operator tells the police control room; no action is taken by centre staff; officers attend and verify.",
            Alerts = 6, AlertsActedOn = 4, TruePositives = 5, FalsePositives = 1,
            DecisionCase = "Fictional: the centre reported repeat thefts and a missing person seen there; a short trial with seven images, under a data-sharing agreement.",
            ApplicantId = ig.Id, ApplicantAccountObjectId = ig.AccountObjectId,
        };
        db.Collaborations.Add(trial);
        db.ImageSharings.Add(new ImageSharing
        {
            CollaborationId = trial.Id, SharedOn = new DateOnly(2025, 2, 3), Direction = ImageSharingDirection.ForceToPartner, ImageCount = 7,
            SourceDataset = "Custody images (force custody system)", Purposes = "Locating six people wanted on warrant and one high-risk missing person.",
            LegalBasis = "DPA 2018 Part 3, s.35; data-sharing agreement DSA-2025-014", SecurityProtocol = "Encrypted transfer; images deleted by the partner at the end of the trial, with written confirmation.",
        });
        // A proposal waiting for an authorising officer, so that the work queue has a collaboration in it.
        var research = new Collaboration
        {
            Reference = "COL-2026-03", Title = "University of Exampleton evaluation of alert accuracy", OrganisationId = academic.Id,
            Manner = CollaborationManner.Advice, Status = CollaborationStatus.Proposed, Locations = "Force headquarters (anonymised figures only)",
            CostPence = 0, PaidBy = "The university (research grant)", DataSharingAgreement = false,
            Description = "Fictional: the university proposes an independent evaluation of the live facial recognition alerts, using anonymised deployment figures; no images would be shared.",
        };
        if (CollaborationApplication.AskForDecision(research,
            "Fictional: an independent evaluation would test the force's accuracy figures and answer public concern; only anonymised figures leave the force.",
            ig.AccountObjectId!, ig.Id, db.Clock.GetUtcNow().UtcDateTime.AddDays(-2)) is { Count: > 0 } refused)
        {
            throw new InvalidOperationException($"The demonstration collaboration could not be put forward: {refused[0].Message}");
        }
        db.Collaborations.Add(research);
        return [advice, trial, research];
    }

    private static int AddPolicies(GovernanceDbContext db, Person owner, Person approver)
    {
        var deployment = new PolicyDocument
        {
            Title = "Live facial recognition deployment policy", Kind = PolicyKind.DeploymentPolicy, DocumentVersion = "2.0",
            CreatedOn = new DateOnly(2023, 8, 1), ApprovedOn = new DateOnly(2024, 9, 30), NextReviewOn = new DateOnly(2026, 9, 30), OwnerId = owner.Id,
            Summary = "Who may be placed on a watchlist, where deployments may take place, authorisation by a Superintendent.",
        };
        var retention = new PolicyDocument
        {
            Title = "Facial recognition image retention policy", Kind = PolicyKind.RetentionPolicy, DocumentVersion = "1.2",
            CreatedOn = new DateOnly(2023, 8, 1), ApprovedOn = new DateOnly(2024, 1, 10), NextReviewOn = new DateOnly(2027, 1, 10), OwnerId = owner.Id,
        };
        var sharing = new PolicyDocument
        {
            Title = "Sharing images with partners for facial recognition", Kind = PolicyKind.CollaborationPolicy, DocumentVersion = "1.0",
            CreatedOn = new DateOnly(2025, 1, 6), ApprovedOn = new DateOnly(2025, 1, 20), NextReviewOn = new DateOnly(2026, 1, 20), OwnerId = approver.Id,
        };
        db.Policies.AddRange(deployment, retention, sharing);
        db.RetentionRules.AddRange(
            new RetentionRule { Category = RetainedDataCategory.NonMatchedBiometric, Period = 0, PeriodUnit = RetentionPeriodUnit.Immediately, DeletionMethod = "Deleted automatically by the system at once", PolicyDocumentId = retention.Id },
            new RetentionRule { Category = RetainedDataCategory.AlertImages, Period = 24, PeriodUnit = RetentionPeriodUnit.Hours, DeletionMethod = "Deleted by the operator at the end of the deployment, checked by the supervisor", PolicyDocumentId = retention.Id },
            new RetentionRule { Category = RetainedDataCategory.Watchlist, Period = 24, PeriodUnit = RetentionPeriodUnit.Hours, DeletionMethod = "Deleted after the deployment; destruction signed off", PolicyDocumentId = retention.Id },
            new RetentionRule { Category = RetainedDataCategory.CctvFootage, Period = 31, PeriodUnit = RetentionPeriodUnit.Days, DeletionMethod = "Overwritten automatically", PolicyDocumentId = retention.Id });
        db.RetainedImageCounts.AddRange(
            new RetainedImageCount { Category = RetainedDataCategory.AlertImages, CountedOn = new DateOnly(2026, 9, 30), Count = 3, BeyondPolicy = 3, ReasonBeyondPolicy = "Kept as evidence in three prosecutions." },
            new RetainedImageCount { Category = RetainedDataCategory.Watchlist, CountedOn = new DateOnly(2026, 9, 30), Count = 0 },
            new RetainedImageCount { Category = RetainedDataCategory.CctvFootage, CountedOn = new DateOnly(2025, 12, 31), Count = 1_240 });
        return 3;
    }
}

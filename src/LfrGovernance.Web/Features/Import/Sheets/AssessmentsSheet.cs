using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Assessments;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Impact assessments, by reference and document version (each version is its own record); people (the DPO,
/// those who approved, reviewed and scrutinised) by name, the partner organisation by name, and the earlier version a
/// version revises by its document version. Risks and measures are recorded in the register; what an assessment covers
/// comes on the "Assessment coverage" sheet.</summary>
public sealed class AssessmentsSheet : IImportSheet
{
    private const int ReferenceColumn = 0;
    private const int VersionColumn = 1;
    private const int TitleColumn = 2;
    private const int KindColumn = 3;
    private const int StatusColumn = 4;
    private const int SupersedesColumn = 5;
    private const int ProcessingColumn = 6;
    private const int NecessityColumn = 7;
    private const int ConsultationColumn = 8;
    private const int DpoAdviceOnColumn = 9;
    private const int DpoColumn = 10;
    private const int DpoSummaryColumn = 11;
    private const int DpoOutcomeColumn = 12;
    private const int DpoDecidedByColumn = 13;
    private const int OverruledColumn = 14;
    private const int IcoNeededColumn = 15;
    private const int IcoSentColumn = 16;
    private const int IcoAdviceColumn = 17;
    private const int MeasuresByColumn = 18;
    private const int ResidualByColumn = 19;
    private const int ReviewedByColumn = 20;
    private const int ApprovedColumn = 21;
    private const int KeptUnderReviewByColumn = 22;
    private const int NextReviewColumn = 23;
    private const int PartnerWroteColumn = 24;
    private const int PartnerColumn = 25;
    private const int ScrutinisedOnColumn = 26;
    private const int ScrutinisedByColumn = 27;
    private const int ScrutinyColumn = 28;
    private const int NotesColumn = 29;
    private const int HandlingColumn = 30;

    private static readonly ImportChoices<AssessmentKind> Kinds = new(AssessmentFields.Kinds, AssessmentFields.KindName);

    private static readonly ImportChoices<AssessmentStatus> Statuses = new(AssessmentFields.Statuses, AssessmentFields.StatusName);

    private static readonly ImportChoices<DpoAdviceOutcome> Outcomes = new(Enum.GetValues<DpoAdviceOutcome>(), o => AssessmentFields.OutcomeName(o));

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(Assessment.Reference)] = ReferenceColumn,
        [nameof(Assessment.DocumentVersion)] = VersionColumn,
        [nameof(Assessment.Title)] = TitleColumn,
        [nameof(Assessment.Kind)] = KindColumn,
        [nameof(Assessment.Status)] = StatusColumn,
        [nameof(Assessment.SupersedesId)] = SupersedesColumn,
        [nameof(Assessment.ProcessingDescription)] = ProcessingColumn,
        [nameof(Assessment.NecessityAndProportionality)] = NecessityColumn,
        [nameof(Assessment.Consultation)] = ConsultationColumn,
        [nameof(Assessment.DpoAdviceGivenOn)] = DpoAdviceOnColumn,
        [nameof(Assessment.DpoId)] = DpoColumn,
        [nameof(Assessment.DpoAdviceSummary)] = DpoSummaryColumn,
        [nameof(Assessment.DpoAdviceOutcome)] = DpoOutcomeColumn,
        [nameof(Assessment.DpoAdviceDecidedById)] = DpoDecidedByColumn,
        [nameof(Assessment.DpoAdviceOverruledReason)] = OverruledColumn,
        [nameof(Assessment.IcoConsultationNeeded)] = IcoNeededColumn,
        [nameof(Assessment.IcoConsultationSentOn)] = IcoSentColumn,
        [nameof(Assessment.IcoAdvice)] = IcoAdviceColumn,
        [nameof(Assessment.MeasuresApprovedById)] = MeasuresByColumn,
        [nameof(Assessment.ResidualRisksApprovedById)] = ResidualByColumn,
        [nameof(Assessment.ConsultationReviewedById)] = ReviewedByColumn,
        [nameof(Assessment.ApprovedOn)] = ApprovedColumn,
        [nameof(Assessment.KeptUnderReviewById)] = KeptUnderReviewByColumn,
        [nameof(Assessment.NextReviewOn)] = NextReviewColumn,
        [nameof(Assessment.AuthoredByPartner)] = PartnerWroteColumn,
        [nameof(Assessment.PartnerOrganisationId)] = PartnerColumn,
        [nameof(Assessment.ScrutinisedOn)] = ScrutinisedOnColumn,
        [nameof(Assessment.ScrutinisedById)] = ScrutinisedByColumn,
        [nameof(Assessment.ScrutinyOutcome)] = ScrutinyColumn,
        [nameof(Assessment.Notes)] = NotesColumn,
        [nameof(Assessment.Marking)] = HandlingColumn,
    };

    private const string PersonNote = "A person, by their name on the People sheet or in the register. Optional.";

    public string Name => "Assessments";

    public int Order => 90;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "assessment";

    public string ListPath => "/assessments";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Reference", "The assessment's reference, like DPIA-LFR: with the document version, its reference on the Assessment coverage sheet. A row with the reference and version of an assessment already in the register changes it. Up to 50 characters.", Required: true, Width: 16),
        new("Document version", "The assessment's own version, like 1.0. Up to 20 characters.", Required: true, Width: 10),
        new("Title", "Up to 200 characters.", Required: true, Width: 34),
        new("Kind of assessment", Kinds.Note, Required: true, Allowed: Kinds.Allowed, Width: 34),
        new("Status", Statuses.Note, Required: true, Allowed: Statuses.Allowed, Width: 14),
        new("Supersedes", "The document version of the same reference that this version revises, on this sheet (in an earlier row) or in the register. Optional.", Width: 12),
        new("Description of the processing", "Up to 8,000 characters.", Width: 40),
        new("Necessity and proportionality", "Up to 8,000 characters.", Width: 40),
        new("Consultation", "Up to 8,000 characters.", Width: 40),
        new("DPO advice given on", ImportCells.DayNote, Width: 14),
        new("Data Protection Officer", PersonNote, Width: 24),
        new("Summary of the DPO's advice", "Up to 8,000 characters.", Width: 40),
        new("DPO advice accepted or overruled", Outcomes.Note + " Optional.", Allowed: Outcomes.Allowed, Width: 14),
        new("DPO advice accepted or overruled by", PersonNote + " Required when the advice was overruled.", Width: 24),
        new("Why the DPO's advice was overruled", "Required when it was. Up to 2,000 characters.", Width: 36),
        new("Prior consultation with the ICO needed", ImportCells.YesNoNote + " Blank if not decided.", Allowed: ["Yes", "No"], Width: 14),
        new("Prior consultation sent to the ICO on", ImportCells.DayNote, Width: 14),
        new("The ICO's advice", "Up to 8,000 characters.", Width: 36),
        new("Measures approved by", PersonNote, Width: 24),
        new("Residual risks approved by", PersonNote, Width: 24),
        new("Consultation responses reviewed by", PersonNote, Width: 24),
        new("Approved on", ImportCells.DayNote + " Required once approved.", Width: 14),
        new("Kept under review by", PersonNote, Width: 24),
        new("Next review", ImportCells.DayNote + " After the date it was approved.", Width: 14),
        new("Written by a partner", ImportCells.YesNoNote + " Blank: No.", Allowed: ["Yes", "No"], Width: 12),
        new("Partner organisation", "The organisation that wrote it, by its name on the Organisations sheet or in the register. Required when written by a partner.", Width: 26),
        new("Scrutinised by the force on", ImportCells.DayNote + " For an assessment a partner wrote.", Width: 14),
        new("Scrutinised by", PersonNote, Width: 24),
        new("Outcome of the force's scrutiny", "Up to 2,000 characters.", Width: 36),
        new("Notes", "Up to 8,000 characters.", Width: 40),
        .. SheetHandling.Columns,
    ];

    /// <summary>How other sheets name an assessment version: "DPIA-LFR version 1.0".</summary>
    public static string Reference(string reference, string version) => $"{reference.Trim()} version {version.Trim()}";

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<Assessment>.LoadAsync(batch.Db.Assessments,
            a => new { a.Id, a.Reference, a.DocumentVersion, a.RetiredAt, a.DoNotConfirmOrDeny },
            a => new StoredKey(a.Id, Reference(a.Reference, a.DocumentVersion), a.RetiredAt != null, a.DoNotConfirmOrDeny),
            rows.Select(r => r[ReferenceColumn] is { } reference && r[VersionColumn] is { } version ? Reference(reference, version) : null), cancellationToken);
        var people = await SheetReferences.PeopleAsync(batch.Db, cancellationToken);
        var organisations = await SheetReferences.OrganisationsAsync(batch.Db, cancellationToken);
        // Earlier versions the user may see, for "Supersedes" and the rules that compare a version with the one it revises.
        var versions = (await batch.Db.Assessments.AsNoTracking()
            .Select(a => new { a.Id, a.Reference, a.DocumentVersion, a.Kind, a.RetiredAt }).ToListAsync(cancellationToken))
            .ToLookup(a => ImportBatch.Normalise(Reference(a.Reference, a.DocumentVersion)),
                a => new Assessment { Id = a.Id, Reference = a.Reference, DocumentVersion = a.DocumentVersion, Kind = a.Kind, RetiredAt = a.RetiredAt });
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var reference = cells.Required(ReferenceColumn, "Enter the assessment's reference");
            var version = cells.Required(VersionColumn, "Enter the document version, for example 1.0");
            if (reference is null || version is null
                || !existing.TryMatch(cells, ReferenceColumn, Reference(reference, version), "reference and document version", RowDescribes, out var assessment))
            {
                continue;
            }
            Guid? Person(int column, Guid? current) => people.Find(cells, column, current, out _);
            var form = new AssessmentForm
            {
                Reference = assessment?.Reference ?? reference,
                DocumentVersion = assessment?.DocumentVersion ?? version,
                Title = cells.Text(TitleColumn),
                Kind = cells.Choice(KindColumn, Kinds),
                Status = cells.Choice(StatusColumn, Statuses),
                ProcessingDescription = cells.Text(ProcessingColumn),
                NecessityAndProportionality = cells.Text(NecessityColumn),
                Consultation = cells.Text(ConsultationColumn),
                DpoAdviceGivenOn = DateInput.From(cells.Day(DpoAdviceOnColumn)),
                DpoId = Person(DpoColumn, assessment?.DpoId),
                DpoAdviceSummary = cells.Text(DpoSummaryColumn),
                DpoAdviceOutcome = cells.Choice(DpoOutcomeColumn, Outcomes),
                DpoAdviceDecidedById = Person(DpoDecidedByColumn, assessment?.DpoAdviceDecidedById),
                DpoAdviceOverruledReason = cells.Text(OverruledColumn),
                IcoConsultationNeeded = cells.YesNo(IcoNeededColumn),
                IcoConsultationSentOn = DateInput.From(cells.Day(IcoSentColumn)),
                IcoAdvice = cells.Text(IcoAdviceColumn),
                MeasuresApprovedById = Person(MeasuresByColumn, assessment?.MeasuresApprovedById),
                ResidualRisksApprovedById = Person(ResidualByColumn, assessment?.ResidualRisksApprovedById),
                ConsultationReviewedById = Person(ReviewedByColumn, assessment?.ConsultationReviewedById),
                ApprovedOn = DateInput.From(cells.Day(ApprovedColumn)),
                KeptUnderReviewById = Person(KeptUnderReviewByColumn, assessment?.KeptUnderReviewById),
                NextReviewOn = DateInput.From(cells.Day(NextReviewColumn)),
                AuthoredByPartner = cells.YesNo(PartnerWroteColumn) ?? false,
                PartnerOrganisationId = organisations.Find(cells, PartnerColumn, assessment?.PartnerOrganisationId, out _),
                ScrutinisedOn = DateInput.From(cells.Day(ScrutinisedOnColumn)),
                ScrutinisedById = Person(ScrutinisedByColumn, assessment?.ScrutinisedById),
                ScrutinyOutcome = cells.Text(ScrutinyColumn),
                Notes = cells.Text(NotesColumn),
            };
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, assessment);
            var supersedes = Supersedes(cells, form.Reference, versions);
            if (!cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, assessment);
            var modelState = new ModelStateDictionary();
            if (!form.TryApplyTo(draft, modelState, batch.ClearedForDoNotConfirmOrDeny))
            {
                cells.Report(modelState, ColumnsByField);
                continue;
            }
            draft.SupersedesId = supersedes?.Id;
            foreach (var breach in AssessmentRules.Check(draft, supersedes))
            {
                modelState.AddModelError("Input." + breach.Field, breach.Message);
            }
            cells.Report(modelState, ColumnsByField);
            if (cells.IsValid)
            {
                Staging.Stage(this, batch, Reference(draft.Reference, draft.DocumentVersion), assessment, draft);
            }
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await SheetReferences.PeopleAsync(db, cancellationToken);
        var organisations = await SheetReferences.OrganisationsAsync(db, cancellationToken);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.RetiredAt == null).OrderBy(a => a.Reference).ThenBy(a => a.DocumentVersion)
            .ToListAsync(cancellationToken);
        var versionOf = assessments.ToDictionary(a => a.Id, a => a.DocumentVersion);
        foreach (var a in assessments)
        {
            yield return
            [
                a.Reference, a.DocumentVersion, a.Title, Kinds.Name(a.Kind), Statuses.Name(a.Status),
                a.SupersedesId is { } earlier ? versionOf.GetValueOrDefault(earlier) : null,
                a.ProcessingDescription, a.NecessityAndProportionality, a.Consultation, ImportCells.Day(a.DpoAdviceGivenOn), people.NameOf(a.DpoId),
                a.DpoAdviceSummary, Outcomes.Name(a.DpoAdviceOutcome), people.NameOf(a.DpoAdviceDecidedById), a.DpoAdviceOverruledReason,
                ImportCells.YesNo(a.IcoConsultationNeeded), ImportCells.Day(a.IcoConsultationSentOn), a.IcoAdvice, people.NameOf(a.MeasuresApprovedById),
                people.NameOf(a.ResidualRisksApprovedById), people.NameOf(a.ConsultationReviewedById), ImportCells.Day(a.ApprovedOn),
                people.NameOf(a.KeptUnderReviewById), ImportCells.Day(a.NextReviewOn), ImportCells.YesNo(a.AuthoredByPartner),
                organisations.NameOf(a.PartnerOrganisationId), ImportCells.Day(a.ScrutinisedOn), people.NameOf(a.ScrutinisedById), a.ScrutinyOutcome,
                a.Notes, .. SheetHandling.Cells(a),
            ];
        }
    }

    /// <summary>The earlier version a row says it revises: staged by an earlier row, or in the register.</summary>
    private static Assessment? Supersedes(SheetRow cells, string? reference, ILookup<string, Assessment> versions)
    {
        if (cells.Text(SupersedesColumn) is not { } version || reference is null)
        {
            return null;
        }
        var key = Reference(reference, version);
        if (cells.Batch.Find<Assessment>(key) is { } staged)
        {
            return staged;
        }
        var found = versions[ImportBatch.Normalise(key)].FirstOrDefault(a => !a.IsRetired);
        if (found is null)
        {
            cells.Reject(SupersedesColumn, $"Supersedes must be a version of {reference.Trim()} in the register or in an earlier row: there is no version {version}");
        }
        return found;
    }
}

using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Foi;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>FOI requests, by reference; the FOI officer by the person's name. The requester is recorded by category
/// only: contact details are personal data, kept apart in the register (<see cref="FoiRequester"/>), and neither
/// imported nor exported here.</summary>
public sealed class FoiRequestsSheet : IImportSheet
{
    private const int ReferenceColumn = 0;
    private const int SummaryColumn = 1;
    private const int ReceivedColumn = 2;
    private const int CategoryColumn = 3;
    private const int LegislationColumn = 4;
    private const int StatusColumn = 5;
    private const int AssigneeColumn = 6;
    private const int ScopeFromColumn = 7;
    private const int ScopeToColumn = 8;
    private const int KindsColumn = 9;
    private const int ExtendedColumn = 10;
    private const int RespondedColumn = 11;
    private const int ReviewColumn = 12;
    private const int ReviewExtendedColumn = 13;
    private const int ReviewDoneColumn = 14;
    private const int IcoColumn = 15;
    private const int ClosedColumn = 16;
    private const int NotesColumn = 17;
    private const int HandlingColumn = 18;

    private static readonly ImportChoices<FoiRequesterCategory> Categories = new(FoiFields.Categories, FoiFields.CategoryName);

    private static readonly ImportChoices<FoiLegislation> Laws = new(Enum.GetValues<FoiLegislation>(), FoiFields.LegislationName);

    private static readonly ImportChoices<FoiRequestStatus> Statuses = new(FoiFields.Statuses, FoiFields.StatusName);

    private static readonly ImportChoices<FacialRecognitionKind> Kinds = new(FoiFields.Kinds, FoiFields.KindName);

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(FoiRequestForm.Reference)] = ReferenceColumn,
        [nameof(FoiRequestForm.Summary)] = SummaryColumn,
        [nameof(FoiRequestForm.ReceivedOn)] = ReceivedColumn,
        [nameof(FoiRequestForm.RequesterCategory)] = CategoryColumn,
        [nameof(FoiRequestForm.Legislation)] = LegislationColumn,
        [nameof(FoiRequestForm.Status)] = StatusColumn,
        [nameof(FoiRequestForm.AssigneeId)] = AssigneeColumn,
        [nameof(FoiRequestForm.ScopeFrom)] = ScopeFromColumn,
        [nameof(FoiRequestForm.ScopeTo)] = ScopeToColumn,
        [nameof(FoiRequestForm.ScopeKinds)] = KindsColumn,
        [nameof(FoiRequestForm.ExtendedDueOn)] = ExtendedColumn,
        [nameof(FoiRequestForm.RespondedOn)] = RespondedColumn,
        [nameof(FoiRequestForm.InternalReviewRequestedOn)] = ReviewColumn,
        [nameof(FoiRequestForm.InternalReviewExtended)] = ReviewExtendedColumn,
        [nameof(FoiRequestForm.InternalReviewDoneOn)] = ReviewDoneColumn,
        [nameof(FoiRequestForm.IcoComplaintOn)] = IcoColumn,
        [nameof(FoiRequestForm.ClosedOn)] = ClosedColumn,
        [nameof(FoiRequestForm.Notes)] = NotesColumn,
        [nameof(FoiRequestForm.Marking)] = HandlingColumn,
    };

    public string Name => "FOI requests";

    public int Order => 130;

    public string Policy => Policies.AnswerFoi;

    public string RowDescribes => "request";

    public string ListPath => "/foi";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Reference", "The request's reference, like FOI-2024-0042 or DM2018/1152: its reference on the FOI questions sheet. A row with the reference of a request already in the register changes it. Up to 50 characters.", Required: true, Width: 18),
        new("Summary", "What the request is about, in a line. Up to 300 characters.", Required: true, Width: 40),
        new("Received", ImportCells.DayNote + " Not in the future.", Required: true, Width: 14),
        new("Requester", "Who made the request, by category only: " + string.Join(", ", Categories.Allowed) + ". The requester's name and contact details are personal data: they are not imported or exported, and can be added to the request in the register.", Required: true, Allowed: Categories.Allowed, Width: 18),
        new("Legislation", Laws.Note, Required: true, Allowed: Laws.Allowed, Width: 30),
        new("Status", Statuses.Note + " Blank: Received.", Allowed: Statuses.Allowed, Width: 22),
        new("Assigned to", "The FOI officer answering it, by their name on the People sheet or in the register. Optional.", Width: 24),
        new("Period asked about from", ImportCells.DayNote + " Optional.", Width: 14),
        new("Period asked about to", ImportCells.DayNote + " Optional.", Width: 14),
        new("Kinds of facial recognition asked about", "One or more of " + string.Join(", ", Kinds.Allowed) + ", separated by semicolons. Blank: every kind.", Width: 26),
        new("Full response due (public interest extension)", ImportCells.DayNote + " Only when a public interest extension is taken.", Width: 16),
        new("Response sent", ImportCells.DayNote, Width: 14),
        new("Internal review asked for", ImportCells.DayNote, Width: 14),
        new("Internal review extended to 40 working days", ImportCells.YesNoNote + " Blank: No.", Allowed: ["Yes", "No"], Width: 14),
        new("Internal review done", ImportCells.DayNote, Width: 14),
        new("Complaint to the ICO", ImportCells.DayNote, Width: 14),
        new("Closed", ImportCells.DayNote, Width: 14),
        new("Notes", "Up to 4,000 characters.", Width: 40),
        .. SheetHandling.Columns,
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<FoiRequest>.LoadAsync(batch.Db.FoiRequests,
            r => new { r.Id, r.Reference, r.RetiredAt, r.DoNotConfirmOrDeny },
            r => new StoredKey(r.Id, r.Reference, r.RetiredAt != null, r.DoNotConfirmOrDeny),
            rows.Select(r => r[ReferenceColumn]), cancellationToken);
        var people = await SheetReferences.PeopleAsync(batch.Db, cancellationToken);
        var today = UkTime.Today(batch.Db.Clock);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var reference = cells.Required(ReferenceColumn, "Enter the request's reference");
            if (reference is null || !existing.TryMatch(cells, ReferenceColumn, reference, "reference", RowDescribes, out var request))
            {
                continue;
            }
            var assigneeId = people.Find(cells, AssigneeColumn, request?.AssigneeId, out var assigneeFound);
            var form = new FoiRequestForm
            {
                Reference = request?.Reference ?? reference,
                Summary = cells.Text(SummaryColumn),
                ReceivedOn = DateInput.From(cells.Day(ReceivedColumn)),
                RequesterCategory = cells.Choice(CategoryColumn, Categories),
                Legislation = cells.Choice(LegislationColumn, Laws),
                Status = cells.Choice(StatusColumn, Statuses) ?? FoiRequestStatus.Received,
                AssigneeId = assigneeId,
                ScopeFrom = DateInput.From(cells.Day(ScopeFromColumn)),
                ScopeTo = DateInput.From(cells.Day(ScopeToColumn)),
                ScopeKinds = [.. cells.Several(KindsColumn, Kinds)],
                ExtendedDueOn = DateInput.From(cells.Day(ExtendedColumn)),
                RespondedOn = DateInput.From(cells.Day(RespondedColumn)),
                InternalReviewRequestedOn = DateInput.From(cells.Day(ReviewColumn)),
                InternalReviewExtended = cells.YesNo(ReviewExtendedColumn) ?? false,
                InternalReviewDoneOn = DateInput.From(cells.Day(ReviewDoneColumn)),
                IcoComplaintOn = DateInput.From(cells.Day(IcoColumn)),
                ClosedOn = DateInput.From(cells.Day(ClosedColumn)),
                Notes = cells.Text(NotesColumn),
            };
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, request);
            if (!assigneeFound || !cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, request);
            var modelState = new ModelStateDictionary();
            if (!form.ApplyTo(batch.Db, draft, today, modelState))
            {
                cells.Report(modelState, ColumnsByField);
                continue;
            }
            Staging.Stage(this, batch, reference, request, draft);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await SheetReferences.PeopleAsync(db, cancellationToken);
        await foreach (var r in db.FoiRequests.AsNoTracking().Where(r => r.RetiredAt == null).OrderBy(r => r.Reference)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                r.Reference, r.Summary, ImportCells.Day(r.ReceivedOn), Categories.Name(r.RequesterCategory), Laws.Name(r.Legislation),
                Statuses.Name(r.Status), people.NameOf(r.AssigneeId), ImportCells.Day(r.ScopeFrom), ImportCells.Day(r.ScopeTo),
                ImportCells.Several(FoiFields.Kinds.Where(k => r.ScopeKinds.HasFlag(FoiFields.FlagOf(k))).Select(Kinds.Name)),
                ImportCells.Day(r.ExtendedDueOn), ImportCells.Day(r.RespondedOn), ImportCells.Day(r.InternalReviewRequestedOn),
                ImportCells.YesNo(r.InternalReviewExtended), ImportCells.Day(r.InternalReviewDoneOn), ImportCells.Day(r.IcoComplaintOn),
                ImportCells.Day(r.ClosedOn), r.Notes, .. SheetHandling.Cells(r),
            ];
        }
    }
}
